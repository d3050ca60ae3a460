import type { DriveItem } from '../types.js';

/** What a walk needs to know about a folder to build paths: its name and its parent. */
export interface FolderInfo {
  name: string;
  parentId?: string;
  /** Set when the service already gave the full path (Graph's parentReference.path). */
  path?: string;
}

/** Upper bound on folder depth while resolving a path (OneDrive and Drive both allow deep trees, not this deep). */
const MAX_DEPTH = 100;
/** Upper bound on the per-walk memory of seen items; past it, repeats are no longer suppressed. */
const MAX_SEEN = 2_000_000;

/**
 * The memory of one walk: folder paths learned from the feed (or looked up), and which item
 * versions were already handed out, so an item repeated in the feed is passed on only when it
 * changed (the later one wins).
 */
export class WalkState {
  private readonly paths = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string | undefined>>();
  private readonly seen = new Map<string, string>();

  constructor(private readonly lookup: (id: string) => Promise<FolderInfo | undefined>) {}

  /** Records a folder's (or the root's) path so its children need no lookup. */
  knowPath(id: string, path: string): void {
    this.paths.set(id, path);
  }

  /** The path of folder `id`, from what was seen, else by asking the service (bounded depth, cached). */
  async pathOf(id: string, depth = 0): Promise<string | undefined> {
    const known = this.paths.get(id);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return undefined;
    let promise = this.pending.get(id);
    if (!promise) {
      promise = this.resolve(id, depth);
      this.pending.set(id, promise);
    }
    return promise;
  }

  private async resolve(id: string, depth: number): Promise<string | undefined> {
    const info = await this.lookup(id);
    if (!info) return undefined;
    let path = info.path;
    if (path === undefined) {
      const parent = info.parentId === undefined ? '' : await this.pathOf(info.parentId, depth + 1);
      path = info.parentId === undefined ? '' : `${parent ?? ''}/${info.name}`;
    }
    this.paths.set(id, path);
    this.pending.delete(id);
    return path;
  }

  /**
   * Drops repeats within one page (the later one wins, in its later position) and items already
   * handed out earlier in this walk in the same version.
   */
  fresh(items: DriveItem[]): DriveItem[] {
    const byId = new Map<string, DriveItem>();
    for (const item of items) {
      byId.delete(item.id);
      byId.set(item.id, item);
    }
    const out: DriveItem[] = [];
    for (const item of byId.values()) {
      const version = `${item.deleted ? 'x' : ''}${item.etag ?? ''}|${item.contentTag ?? ''}|${item.path}|${item.sharing ?? ''}`;
      if (this.seen.get(item.id) === version) continue;
      if (this.seen.size < MAX_SEEN) this.seen.set(item.id, version);
      out.push(item);
    }
    return out;
  }
}
