import { type Configuration, readProcessConfig } from '../config/index.js';

let current: Configuration | undefined;

/**
 * The configuration of the command being run. `main` reads it once from the environment and sets
 * it for the command; a command called directly (the tests call some in-process, changing the
 * environment between calls) reads it when it asks.
 */
export function commandConfig(): Configuration {
  return current ?? readProcessConfig();
}

/** Runs one command with the configuration main read for it. */
export async function withConfig<T>(config: Configuration, run: () => Promise<T>): Promise<T> {
  current = config;
  try {
    return await run();
  } finally {
    current = undefined;
  }
}
