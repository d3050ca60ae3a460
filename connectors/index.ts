/** Cloud connectors: transport and walking only (no classification, no storage). */
export { ConnectorError, type ConnectorErrorCode } from './errors.js';
export {
  createGoogleConnector,
  GOOGLE_SCOPES,
  type GoogleAuthClient,
  type GoogleConnectorOptions,
  googleAuthOf,
} from './google/index.js';
export { createGraphConnector, type GraphConnectorOptions, graphCredentialOf, graphUnits } from './graph/index.js';
export { type Clock, type Pacer, type RateInfo, systemClock } from './shared/index.js';
export type {
  ChangePage,
  Connector,
  ConnectorStats,
  DownloadOptions,
  DownloadResult,
  DriveItem,
  DriveKind,
  DriveRef,
  DriveSource,
  SharingScope,
  WalkOptions,
} from './types.js';
