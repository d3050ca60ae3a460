/** Google Drive: My Drives through domain-wide delegation and shared drives, change walks, bounded downloads. */
export { createGoogleConnector, type GoogleConnectorOptions } from './create-google-connector.js';
export { GOOGLE_SCOPES, googleAuthOf } from './google-auth-of.js';
export type { GoogleAuthClient } from './google-clients.js';
export type { GoogleDriveScope } from './list-google-drives.js';
