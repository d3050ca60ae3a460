import { admin, type admin_directory_v1 } from '@googleapis/admin';
import { drive, type drive_v3 } from '@googleapis/drive';
import type { Caller } from '../shared/index.js';
import { classifyGoogleError } from './google-call.js';

/** An auth client acting as one user: a JWT with `subject` (domain-wide delegation), or a test's fake. */
export type GoogleAuthClient = NonNullable<drive_v3.Options['auth']>;

export interface GoogleClientsOptions {
  authFor: (subject: string) => GoogleAuthClient;
  adminEmail: string;
  rootUrl?: string;
  caller: Caller;
  version: string;
}

/** Clients cached per impersonated user; beyond this many the oldest is dropped (its token with it). */
const MAX_CLIENTS = 256;

/**
 * The Drive and Directory clients, one Drive client per impersonated user, and `call`, which runs
 * a request through the connector's gate and retries with googleapis' own retries turned off.
 */
export class GoogleClients {
  private readonly drives = new Map<string, drive_v3.Drive>();
  private directoryClient?: admin_directory_v1.Admin;

  constructor(private readonly options: GoogleClientsOptions) {}

  get adminEmail(): string {
    return this.options.adminEmail;
  }

  driveAs(subject: string): drive_v3.Drive {
    let client = this.drives.get(subject);
    if (client) {
      this.drives.delete(subject);
      this.drives.set(subject, client);
      return client;
    }
    client = drive({ version: 'v3', auth: this.options.authFor(subject), ...this.common() });
    this.drives.set(subject, client);
    if (this.drives.size > MAX_CLIENTS) this.drives.delete(this.drives.keys().next().value!);
    return client;
  }

  directory(): admin_directory_v1.Admin {
    this.directoryClient ??= admin({
      version: 'directory_v1',
      auth: this.options.authFor(this.options.adminEmail),
      ...this.common(),
    });
    return this.directoryClient;
  }

  /** Runs one API request (`send` gets the method options to pass on) and returns its data. */
  call<T>(
    kind: string,
    send: (options: { signal: AbortSignal; retry: false }) => Promise<{ data: T }>,
    signal?: AbortSignal,
  ): Promise<T> {
    return this.options.caller.call(
      kind,
      async (attemptSignal) => {
        try {
          return (await send({ signal: attemptSignal, retry: false })).data;
        } catch (error) {
          throw classifyGoogleError(error, kind);
        }
      },
      signal,
    );
  }

  private common() {
    return {
      ...(this.options.rootUrl ? { rootUrl: this.options.rootUrl } : {}),
      userAgentDirectives: [{ product: 'mamoru', version: this.options.version }],
      retry: false,
    };
  }
}
