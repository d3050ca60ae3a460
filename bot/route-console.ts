import { format } from 'node:util';
import type { Logger } from './core/index.js';

/**
 * Sends what libraries print on the console (botbuilder prints a stack trace, or a public key, for
 * each refused token) to the structured log: one line each, the first line of the message, cut
 * short. For the server process only: unauthenticated traffic must not flood the log.
 */
export function routeConsoleToLog(log: Logger): void {
  const line = (args: unknown[]) => {
    const first = args[0] instanceof Error ? `${args[0].name}: ${args[0].message}` : format(...args);
    return first.split('\n')[0]!.slice(0, 200);
  };
  console.error = (...args: unknown[]) => log.warn({ from: 'console' }, line(args));
  console.warn = (...args: unknown[]) => log.warn({ from: 'console' }, line(args));
  console.log = (...args: unknown[]) => log.info({ from: 'console' }, line(args));
}
