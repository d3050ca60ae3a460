import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** A key id derived from a name, shaped like the Bot Framework's (base64url of a SHA-1). */
export const kidOf = (name: string): string => createHash('sha1').update(name).digest('base64url');

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A JWT signed RS256 with the key, as Google's and the Bot Framework's token services issue them. */
export function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid, x5t: key.kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key.privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}
