/** Microsoft Graph: OneDrive and SharePoint drives, delta walks, bounded downloads. */
export { createGraphConnector, type GraphConnectorOptions } from './create-graph-connector.js';
export { graphCredentialOf } from './graph-credential-of.js';
export { graphUnits } from './graph-units.js';
export type { GraphDriveScope } from './list-graph-drives.js';
