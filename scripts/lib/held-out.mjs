// Which evaluation sets are held out: named in this checkout's HELD-OUT list (eval/ask or
// eval/scan) or in a HELD-OUT file beside the set itself, so a set scored from another checkout
// (an older build) stays hidden too.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Names listed in a HELD-OUT file (comments dropped), or none when there is no such file. */
const listed = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter(Boolean)
    : [];

/** The held-out names for these set files or corpus folders, given this checkout's list. */
export function heldOutNames(ownList, paths) {
  return new Set([...listed(ownList), ...paths.flatMap((p) => listed(join(dirname(p.replace(/\/+$/, '')), 'HELD-OUT')))]);
}
