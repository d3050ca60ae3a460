import type { DriveItem } from '../../connectors/index.js';
import { extensionOf, isImageName, isReadableName, readableName } from '../../extract/index.js';
import { classifyDocument, type Pack } from '../../policy/index.js';

/** Formats in which schools keep their lists and records: the likeliest place for class Ⅰ・Ⅱ. */
const OFFICE = new Set(['docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'csv', 'pdf', 'odt', 'ods', 'odp', 'rtf']);

/**
 * How likely a listed file is a violation, from what the listing shows (0–10, higher first): a
 * name or folder the catalog knows (名簿, 通知表, 【重要性分類Ⅰ】 …), a link anyone can open, an
 * office format. A first scan that takes days under the tenant's quota reads these first.
 * Deletions are cheap and may resolve findings: they go early too.
 */
export function priorityOf(pack: Pack, item: DriveItem): number {
  if (item.deleted) return 6;
  let score = 0;
  const name = item.readAs ?? readableName(item.name, item.mimeType);
  const ext = extensionOf(name);
  if (OFFICE.has(ext)) score += 2;
  else if (isReadableName(name) && !isImageName(name)) score += 1;
  if (item.sharing === 'anonymous') score += 4;
  else if (item.sharing === 'organization') score += 1;
  const named = classifyDocument(pack, { name: item.name, path: item.path, text: '', labels: item.labels, nameOnly: true });
  if (named.class === 'I' || named.class === 'II') score += named.confidence >= 0.95 ? 4 : 3;
  return Math.min(10, score);
}
