import { ConnectorError } from '../errors.js';
import { WalkState } from '../shared/index.js';
import type { ChangePage, DriveItem, DriveRef } from '../types.js';
import type { GraphHttp } from './graph-http.js';
import { readLabels } from './read-labels.js';
import { pathFromParentReference, toDriveItem } from './to-drive-item.js';
import { DELTA_SELECT, type GraphDriveItem, type ODataPage } from './wire.js';

export interface GraphWalkOptions {
  /** Upper bound on delta pages in one walk (default 100,000). */
  maxPages?: number;
  /** Call extractSensitivityLabels for each Office/PDF file (one POST per file: off by default). */
  sensitivityLabels?: boolean;
  /** Sensitivity label id → display name; ids are reported when a name is unknown. */
  labelNames?: Record<string, string>;
  /** Delta page size hint ($top); the service's default when unset. */
  pageSize?: number;
  signal?: AbortSignal;
  /** A page's `resume` token: the walk goes on from the page after it. */
  resume?: string;
}

interface GraphResume {
  /** The @odata.nextLink to ask next. */
  u: string;
  r: boolean;
  f: boolean;
}

/** Asks for deletions as `deleted` facets and for items whose sharing changed. */
const PREFER = 'deltashowremovedasdeleted, deltatraversepermissiongaps, deltashowsharingchanges';

/**
 * Walks one drive's delta feed from `cursor` (a deltaLink) or from scratch, following
 * @odata.nextLink until @odata.deltaLink, which the last page carries as its cursor. A 410 Gone
 * restarts with a full enumeration (from the Location header when given) and marks the walk
 * resynced; it is followed once per walk.
 */
export async function* listGraphChanges(
  http: GraphHttp,
  drive: DriveRef,
  cursor: string | undefined,
  options: GraphWalkOptions = {},
): AsyncGenerator<ChangePage> {
  const { signal } = options;
  const maxPages = options.maxPages ?? 100_000;
  const driveId = encodeURIComponent(drive.driveId);
  const fresh = `/drives/${driveId}/root/delta?$select=${DELTA_SELECT}${options.pageSize ? `&$top=${options.pageSize}` : ''}`;
  const owner = drive.kind === 'onedrive' ? drive.ownerEmail : undefined;
  const walk = new WalkState(async (id) => {
    try {
      const raw = await http.json<GraphDriveItem>(
        'item',
        `/drives/${driveId}/items/${encodeURIComponent(id)}?$select=id,name,root,parentReference`,
        {
          signal,
        },
      );
      if (raw.root) return { name: '', path: '' };
      const parent = pathFromParentReference(raw.parentReference?.path);
      return parent === undefined
        ? { name: raw.name ?? '', parentId: raw.parentReference?.id }
        : { name: raw.name ?? '', path: `${parent}/${raw.name}` };
    } catch (error) {
      if (error instanceof ConnectorError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  });

  const resumed = options.resume ? readResume(options.resume) : undefined;
  let url = resumed?.u ?? cursor ?? fresh;
  let resynced = resumed?.r ?? false;
  const fullWalk = resumed?.f ?? cursor === undefined;
  for (let count = 0; ; count++) {
    if (count >= maxPages)
      throw new ConnectorError(
        'TOO_MANY_PAGES',
        `the delta walk of ${drive.name} passed ${maxPages} pages; raise maxPages for this drive`,
      );
    let page: ODataPage<GraphDriveItem>;
    try {
      page = await http.json<ODataPage<GraphDriveItem>>('delta', url, { headers: { prefer: PREFER }, signal });
    } catch (error) {
      if (error instanceof ConnectorError && error.code === 'CURSOR_EXPIRED' && !resynced) {
        resynced = true;
        url = error.location ?? fresh;
        continue;
      }
      throw error;
    }
    const items = walk.fresh(await toItems(http, walk, drive, page.value ?? [], owner, options));
    const full = fullWalk || resynced;
    const next = page['@odata.nextLink'];
    if (next) {
      const resume: GraphResume = { u: next, r: resynced, f: full };
      yield { items, resynced, full, resume: JSON.stringify(resume) };
      url = next;
      continue;
    }
    const deltaLink = page['@odata.deltaLink'];
    if (!deltaLink)
      throw new ConnectorError('BAD_RESPONSE', `Graph ended the delta feed of ${drive.name} without a deltaLink; retry the scan`);
    yield { items, cursor: deltaLink, resynced, full };
    return;
  }
}

function readResume(token: string): GraphResume {
  try {
    const parsed = JSON.parse(token) as GraphResume;
    if (typeof parsed.u === 'string') return parsed;
  } catch {
    // fall through
  }
  throw new ConnectorError(
    'BAD_RESPONSE',
    'the stored place to resume the delta walk from is not readable; the walk starts again',
  );
}

async function toItems(
  http: GraphHttp,
  walk: WalkState,
  drive: DriveRef,
  raws: GraphDriveItem[],
  owner: string | undefined,
  options: GraphWalkOptions,
): Promise<DriveItem[]> {
  const out: DriveItem[] = [];
  for (const raw of raws) {
    if (raw.root) {
      walk.knowPath(raw.id, '');
      continue;
    }
    const path = await pathOf(walk, raw);
    if ((raw.folder || raw.package) && !raw.deleted) walk.knowPath(raw.id, path);
    out.push(toDriveItem(raw, path, owner));
  }
  if (options.sensitivityLabels) await readLabels(http, drive, out, options.labelNames ?? {}, options.signal);
  return out;
}

/** Delta leaves parentReference.path out, so paths come from the folders seen (or looked up). */
async function pathOf(walk: WalkState, raw: GraphDriveItem): Promise<string> {
  const name = raw.name ?? '';
  const given = pathFromParentReference(raw.parentReference?.path);
  if (given !== undefined) return `${given}/${name}`;
  const parentId = raw.parentReference?.id;
  // A deleted item's parent may be gone too: no lookups for it.
  const parent = parentId && !raw.deleted ? await walk.pathOf(parentId) : undefined;
  return `${parent ?? ''}/${name}`;
}
