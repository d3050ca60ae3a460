/**
 * Local stand-ins for the services mamoru talks to, for the tests, the demos and the benchmarks,
 * all offline: Microsoft Graph (OneDrive/SharePoint), Google Workspace (Directory and Drive),
 * Google Chat (its certificates and API), the Bot Framework (its connector and its OpenID keys),
 * and a JWT signer for test keys. One fake per service, here only; never used by mamoru itself.
 */
export { cardActions, cardOf, cardTexts, FakeConnector, type SentActivity } from './fake-connector.js';
export {
  type DriveRequest,
  FakeDrive,
  type FakeDriveFile,
  type FakeDriveOptions,
  fakeGoogleAuth,
} from './fake-drive.js';
export { type ChatApiCall, FakeGoogleChat } from './fake-google-chat.js';
export {
  FAKE_GRAPH_TOKEN,
  type FakeFile,
  FakeGraph,
  type FakeGraphOptions,
  fakeCredential,
  type RecordedRequest,
} from './fake-graph.js';
export { FakeOpenId } from './fake-openid.js';
export { kidOf, newSigningKey, type SigningKey, signJwt } from './sign-jwt.js';
