/** The parts of Graph's documented JSON that the connector reads. */

export interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export interface GraphUser {
  id: string;
  mail?: string | null;
  userPrincipalName?: string;
  displayName?: string;
}

export interface GraphDrive {
  id: string;
  name?: string;
  driveType?: 'personal' | 'business' | 'documentLibrary';
  webUrl?: string;
  owner?: { user?: { email?: string; displayName?: string } };
}

export interface GraphSite {
  id: string;
  name?: string;
  displayName?: string;
  webUrl?: string;
  isPersonalSite?: boolean;
}

export interface GraphDriveItem {
  id: string;
  name?: string;
  size?: number;
  eTag?: string;
  cTag?: string;
  webUrl?: string;
  lastModifiedDateTime?: string;
  parentReference?: { driveId?: string; id?: string; path?: string };
  file?: { mimeType?: string };
  folder?: { childCount?: number };
  package?: { type?: string };
  root?: Record<string, never>;
  deleted?: { state?: string };
  shared?: { scope?: 'anonymous' | 'organization' | 'users' | string };
  createdBy?: { user?: { email?: string; displayName?: string } };
}

export interface SensitivityLabelsResult {
  labels?: { sensitivityLabelId?: string; assignmentMethod?: string }[];
}

/** Fields the delta walk asks for: enough for paths, versions, sharing and owners, nothing else. */
export const DELTA_SELECT =
  'id,name,size,eTag,cTag,webUrl,lastModifiedDateTime,parentReference,file,folder,package,root,deleted,shared,createdBy';
