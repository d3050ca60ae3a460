import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SigningKey } from '../../devkit/index.js';

export { newSigningKey, type SigningKey, signJwt } from '../../devkit/index.js';

/**
 * A local stand-in for the Bot Framework's OpenID metadata (login.botframework.com): the
 * configuration document and the signing keys, with the channel endorsements Teams publishes.
 */
export class FakeOpenId {
  private server?: Server;
  url = '';
  constructor(
    private readonly keys: SigningKey[],
    private readonly endorsements = ['msteams'],
  ) {}

  get metadataUrl(): string {
    return `${this.url}v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            issuer: 'https://api.botframework.com',
            jwks_uri: `${this.url}v1/.well-known/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      } else if (req.url === '/v1/.well-known/keys') {
        const keys = this.keys.map((k) => {
          const jwk = k.publicKey.export({ format: 'jwk' });
          return { kty: 'RSA', use: 'sig', kid: k.kid, x5t: k.kid, n: jwk.n, e: jwk.e, endorsements: this.endorsements };
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export const kidOf = (name: string) => createHash('sha1').update(name).digest('base64url');
