import express, { type Request, type Response } from 'express';

/** Bodies larger than this are refused (413): a Teams activity or a Chat event is a few kilobytes. */
export const MAX_BODY = '1mb';

const parse = express.json({ limit: MAX_BODY, type: () => true });

/**
 * Reads a request's JSON body into `req.body`, whatever its content type. A body that is not JSON
 * or is too large rejects with express's error, which the server answers 400 or 413. A front calls
 * it once it has decided to read the body (Google Chat checks the token first).
 */
export function readJson(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    parse(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
  });
}
