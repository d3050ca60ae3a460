/** Coded errors of starting the bot's server; the words a person reads are chosen by the entry point. */

export type ServerErrorCode = 'PORT_IN_USE' | 'PORT_DENIED';

export class ServerError extends Error {
  constructor(
    readonly code: ServerErrorCode,
    readonly port: number,
    readonly host: string,
    cause: Error,
  ) {
    super(
      code === 'PORT_IN_USE'
        ? `port ${port} on ${host} is already in use`
        : `port ${port} on ${host} may not be opened by this user`,
      { cause },
    );
    this.name = 'ServerError';
  }
}

/** The listen error as a ServerError when it is one a person can fix by choosing another port. */
export function serverErrorOf(error: Error & { code?: string }, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE') return new ServerError('PORT_IN_USE', port, host, error);
  if (error.code === 'EACCES') return new ServerError('PORT_DENIED', port, host, error);
  return error;
}
