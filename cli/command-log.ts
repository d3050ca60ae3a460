import { pino } from 'pino';
import type { Logger } from '../ports/index.js';
import { commandConfig } from './config.js';

/**
 * The log of a command that prints its own summary (`mamoru scan --source graph`): on stderr, so
 * stdout holds the summary alone, and warnings and errors only unless MAMORU_LOG_LEVEL asks for more.
 */
export function commandLogger(): Logger {
  return pino(
    { level: commandConfig().logLevel ?? 'warn', base: { app: 'mamoru' } },
    pino.destination({ dest: 2, sync: true }),
  ) as unknown as Logger;
}
