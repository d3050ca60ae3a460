import type { ClassId } from '../policy/index.js';
import type { FileResult } from './types.js';

/**
 * A scan's files counted once each, the same way in the terminal summary and in the HTML report:
 * a file with a class (from its content, or from its name when its content was not read) counts
 * under that class only; the others are unclassified (read, no class found), uninspected (could
 * not be read) or not documents (skipped). The four kinds and the classes add up to every file.
 */
export interface ScanOutcomes {
  byClass: Record<ClassId, number>;
  /** Read, but no item of the catalog (第2表) matched. */
  unclassified: FileResult[];
  /** Could not be read (password, corrupt, too large, an old format …), and no class from the name either. */
  uninspected: FileResult[];
  /** Not documents (images, symlinks …), with no class from the name. */
  notDocuments: FileResult[];
  /** Files with a class whose content was not read: judged by their name alone. */
  byNameOnly: FileResult[];
  /** Every file that could not be read, with a class from its name or without: the ones to check by hand. */
  cannotInspect: FileResult[];
}

export function countOutcomes(files: FileResult[]): ScanOutcomes {
  const outcomes: ScanOutcomes = {
    byClass: { I: 0, II: 0, III: 0, IV: 0 },
    unclassified: [],
    uninspected: [],
    notDocuments: [],
    byNameOnly: [],
    cannotInspect: files.filter((f) => f.status === 'cannot_inspect'),
  };
  for (const f of files) {
    if (f.class) {
      outcomes.byClass[f.class]++;
      if (f.status !== 'ok') outcomes.byNameOnly.push(f);
    } else if (f.status === 'ok') outcomes.unclassified.push(f);
    else if (f.status === 'cannot_inspect') outcomes.uninspected.push(f);
    else outcomes.notDocuments.push(f);
  }
  return outcomes;
}
