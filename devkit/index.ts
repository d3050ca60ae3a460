/**
 * Local stand-ins for the services mamoru talks to, for tests and demos that run offline:
 * Google's token certificates and Chat API, and a JWT signer for test keys. Never used by
 * mamoru itself at run time.
 */
export { type ChatApiCall, FakeGoogleChat } from './fake-google-chat.js';
export { FAKE_GRAPH_TOKEN, type FakeFile, FakeGraph, type FakeGraphOptions, fakeCredential } from './fake-graph.js';
export { newSigningKey, type SigningKey, signJwt } from './sign-jwt.js';
