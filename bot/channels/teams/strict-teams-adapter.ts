import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { StatusCodes } from 'botframework-schema';
import type { Logger } from '../../core/index.js';

/** jsonwebtoken's errors for a token that is badly signed, malformed or not yet valid. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

type Logic = (context: TurnContext) => Promise<void>;

/** A refusal as the channel sees it: a status and a short body that says nothing of mamoru's insides. */
const refused = (status: number, error: string): InvokeResponse => ({ status, body: { error } });

/** The claims of a bearer JWT, unverified (only to refuse a token that can never expire). */
function claimsOf(authHeader: string): Record<string, unknown> | undefined {
  const payload = /^Bearer [\w-]+\.([\w-]+)\.[\w-]*$/.exec(authHeader)?.[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * TeamsAdapter, answering a request that fails authentication itself, in one log line and without
 * internals: 401 for a missing, forged, malformed or expired token, and for a token without an
 * expiry (jsonwebtoken accepts one; the Bot Framework always sets `exp`); 503 when the signing
 * keys cannot be fetched. CloudAdapter would answer 500, print a stack trace for each request and
 * put the error's message in the body, so that unauthenticated traffic floods the log.
 */
export class StrictTeamsAdapter extends TeamsAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthenticationOptions,
    credentialsFactory: ServiceClientCredentialsFactory | undefined,
    private readonly log: Logger,
    private readonly authenticated: boolean,
  ) {
    super(auth, credentialsFactory);
  }

  override processActivity(authHeader: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  override processActivity(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined>;
  override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    const claims = this.authenticated && typeof auth === 'string' ? claimsOf(auth) : undefined;
    if (claims && typeof claims.exp !== 'number') return this.refuse(401, 'the token has no expiry');
    try {
      return await (typeof auth === 'string'
        ? super.processActivity(auth, activity, logic)
        : super.processActivity(auth, activity, logic));
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) return this.refuse(401, error.message);
      if (error instanceof AuthenticationError && error.statusCode === StatusCodes.UNAUTHORIZED)
        return this.refuse(401, error.message);
      if (error instanceof AuthenticationError || isNetworkError(error))
        return this.refuse(503, (error as Error).message, 'authentication is unavailable');
      throw error;
    }
  }

  private refuse(status: number, reason: string, body = 'unauthorized'): InvokeResponse {
    // The reason is botbuilder's or jsonwebtoken's short message: it never holds the token.
    this.log.warn({ status, reason: reason.slice(0, 160) }, 'teams request refused');
    return refused(status, body);
  }
}

/** fetch's own failures (refused, reset, timed out) while getting the signing keys. */
function isNetworkError(error: unknown): boolean {
  const e = error as { name?: string; code?: string; cause?: { code?: string } };
  return e?.name === 'FetchError' || e?.name === 'AbortError' || Boolean(e?.cause?.code) || /^E[A-Z]+$/.test(e?.code ?? '');
}
