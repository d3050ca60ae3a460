import type { ExtractContext } from './context.js';
import { ExtractError } from './errors.js';
import { checkBounds, listZip, readEntry } from './read-zip.js';
import type { EmbeddedFile, Extracted, ExtractLimits } from './types.js';

/** What macOS and Windows add to an archive that is not a file the user put there. */
const NOT_A_FILE = /(^|\/)(__MACOSX\/|\._|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/**
 * A zip archive, listed from its central directory: its entries become files to inspect one by
 * one. The limits hold for the archive and every zip inside it together: entries counted, bytes
 * inflated, each entry's ratio; an entry whose header lies about its size is stopped as it inflates.
 * An encrypted entry is reported on its own (its neighbours are still read).
 */
export function extractZip(data: Uint8Array, limits: ExtractLimits, context: ExtractContext): Extracted {
  const entries = listZip(data, limits).filter((e) => !e.name.endsWith('/') && !NOT_A_FILE.test(e.name));
  context.used.entries += entries.length;
  if (context.used.entries > limits.maxZipEntries)
    throw new ExtractError('TOO_MANY_FILES', `${context.used.entries} zip entries in this file (limit ${limits.maxZipEntries})`);
  checkBounds(
    entries.filter((e) => !e.encrypted),
    { ...limits, maxInflatedBytes: limits.maxInflatedBytes - context.used.inflatedBytes },
  );
  const embedded: EmbeddedFile[] = entries.map((entry) => ({
    name: entry.name,
    kind: 'entry',
    size: entry.size,
    read: () => {
      if (entry.encrypted) throw new ExtractError('ENCRYPTED', `zip entry ${entry.name} is encrypted`);
      context.used.inflatedBytes += entry.size;
      if (context.used.inflatedBytes > limits.maxInflatedBytes)
        throw new ExtractError('ZIP_BOMB', `the zips inflate to more than ${limits.maxInflatedBytes} bytes in all`);
      return readEntry(data, entry);
    },
  }));
  return {
    format: 'zip',
    text: '',
    truncated: false,
    headings: [],
    tables: [],
    properties: {},
    headerFooter: [],
    labels: [],
    embedded,
  };
}
