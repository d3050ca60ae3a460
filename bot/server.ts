import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ChannelFront, ChannelModule } from './channels/index.js';
import { MAX_BODY } from './channels/index.js';
import type { Logger } from './core/index.js';
import { serverErrorOf } from './errors.js';

export interface ServerOptions {
  port: number;
  /** 127.0.0.1 in local mode (no credentials), else all interfaces. */
  host: string;
  /** The channels' fronts, each served on its path. */
  fronts: ChannelFront[];
  /** Channels the configuration leaves off: their path answers 404 with how to turn them on. */
  off?: Pick<ChannelModule, 'path' | 'notConfigured'>[];
  log: Logger;
}

/**
 * The HTTP server: each channel at POST on its path (Teams /api/messages, Google Chat
 * /api/google-chat), GET /healthz. A bad request gets a clear 4xx and never reaches the bot; no
 * request can crash the process.
 */
export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const localMode = options.fronts.some((front) => front.localMode);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: localMode ? 'local' : 'authenticated' });
  });
  for (const front of options.fronts) {
    // The front reads the body itself: Google Chat checks the token before it parses anything.
    app.post(front.path, async (req, res, next) => {
      try {
        await front.handle(req, res);
      } catch (error) {
        next(error);
      }
    });
  }
  for (const channel of options.off ?? []) {
    app.post(channel.path, (_req, res) => {
      res.status(404).json({ error: channel.notConfigured });
    });
  }
  app.use((req, res) => {
    res.status(404).json({ error: `no route for ${req.method} ${req.path}` });
  });
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'the body is not valid JSON' });
      return;
    }
    if (error.type === 'entity.too.large') {
      res.status(413).json({ error: `the body is larger than ${MAX_BODY}` });
      return;
    }
    options.log.error({ err: error }, 'request failed');
    if (!res.headersSent) res.status(500).json({ error: 'internal error' });
  });
  return app;
}

/**
 * Starts listening; resolves once the port is bound. A port another program holds rejects with a
 * ServerError naming it (express 5 calls this callback with the error instead of listening).
 */
export function listen(options: ServerOptions): Promise<Server> {
  const app = createServer(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host, (error?: Error) => {
      if (error) reject(serverErrorOf(error, options.port, options.host));
      else resolve(server);
    });
  });
}
