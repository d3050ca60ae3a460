import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from './core/index.js';
import { serverErrorOf } from './errors.js';
import type { ChatFront } from './google-chat/index.js';
import { activityProblem } from './teams/activity-schema.js';
import type { TeamsFront } from './teams/index.js';

export interface ServerOptions {
  port: number;
  /** 127.0.0.1 in local mode (no credentials), else all interfaces. */
  host: string;
  teams: TeamsFront;
  /** The Google Chat front, when Google Chat is configured. */
  chat?: ChatFront;
  log: Logger;
}

/** Bodies larger than this are refused: a Teams activity is a few kilobytes. */
const MAX_BODY = '1mb';

/**
 * The HTTP server: Teams at POST /api/messages, GET /healthz. A bad request gets a clear 4xx
 * and never reaches the bot; no request can crash the process.
 */
export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: options.teams.localMode ? 'local' : 'authenticated' });
  });
  app.post('/api/messages', express.json({ limit: MAX_BODY, type: () => true }), async (req, res, next) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: problem });
      return;
    }
    try {
      await options.teams.process(req, res);
    } catch (error) {
      next(error);
    }
  });
  const chat = options.chat;
  app.post(
    '/api/google-chat',
    // The token is verified before the body is even parsed.
    async (req, res, next) => {
      if (!chat) {
        res
          .status(404)
          .json({ error: 'Google Chat is not configured: set MAMORU_GOOGLE_CHAT_AUDIENCE (see docs/google-chat.md)' });
        return;
      }
      try {
        if (await chat.authorize(req.headers.authorization)) next();
        else res.status(401).json({ error: 'unauthorized' });
      } catch (error) {
        next(error);
      }
    },
    express.json({ limit: MAX_BODY, type: () => true }),
    async (req, res, next) => {
      try {
        const { status, json } = await chat!.handle(req.body);
        res.status(status).json(json);
      } catch (error) {
        next(error);
      }
    },
  );
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
