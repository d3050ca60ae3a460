import { createServer, type Server } from 'node:http';
import { closeServer, listenLocally } from './local-server.js';
import type { SigningKey } from './sign-jwt.js';

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
    this.url = `${await listenLocally(this.server)}/`;
    return this;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
