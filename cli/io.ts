import type { EXIT } from './errors.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  isTTY: Boolean(process.stdout.isTTY),
};

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
