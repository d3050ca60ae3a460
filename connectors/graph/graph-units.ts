/**
 * What a request costs in SharePoint resource units, as Microsoft documents it for Graph ("Avoid
 * getting throttled or blocked in SharePoint Online"): 1 for a single item (get item, a download,
 * a delta with a token), 2 for a multi-item query (a delta without one, listing a site's drives)
 * and for create/update (extractSensitivityLabels is a POST). Every delta page is counted at 2,
 * the higher cost, since a first page has no token. Directory requests (`/users`) are metered by
 * Entra ID, not SharePoint: no units.
 */
const UNITS: Record<string, number> = {
  users: 0,
  drive: 1,
  sites: 2,
  drives: 2,
  delta: 2,
  item: 1,
  content: 1,
  labels: 2,
};

export function graphUnits(kind: string): number {
  return UNITS[kind] ?? 1;
}
