// startBot for the scripts a person runs (npm start, npm run demo:cloud): a port that is taken is
// said in words, with how to choose another, instead of a stack trace.
import { ServerError, startBot } from '../../dist/bot/start-bot.js';

/** The Playground's port when MAMORU_PLAYGROUND_PORT is not set. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

/**
 * Starts mamoru; when its port cannot be opened, prints which one and how to pick others (PORT for
 * mamoru, MAMORU_PLAYGROUND_PORT for the Playground's page), runs `cleanup` and exits 1.
 */
export async function startBotOrExplain(options, { command, cleanup = async () => {} }) {
  try {
    return await startBot(options);
  } catch (error) {
    if (!(error instanceof ServerError)) throw error;
    await cleanup();
    const other = error.port === 65535 ? 3978 : error.port + 1;
    const why =
      error.code === 'PORT_IN_USE'
        ? `port ${error.port} (${error.host}) is already in use: is mamoru already running in another terminal?`
        : `port ${error.port} (${error.host}) may not be opened by this user: choose one from 1024 up.`;
    console.error(`mamoru could not start: ${why}
ポート ${error.port} は使えません。別のポートを PORT で選んでください:

  PORT=${other} ${command}

The Agents Playground's page has a port of its own, MAMORU_PLAYGROUND_PORT (default ${DEFAULT_PLAYGROUND_PORT}; a free
one is taken when that one is busy). To choose both:

  PORT=${other} MAMORU_PLAYGROUND_PORT=${DEFAULT_PLAYGROUND_PORT + 1} ${command}
`);
    process.exit(1);
  }
}
