import { type RuledDecision, stricter } from './contract.js';
import type { Ruling } from './pack-types.js';

/** A table cell or a body clause, as it rules one action for one class. */
export interface RuleSource {
  decision: RuledDecision;
  conditions: string[];
  citations: string[];
  except?: string;
}

/**
 * Merges one action's table cell with the clauses that refine it: the stricter decision applies,
 * conditions and citations are the union. A prohibition keeps only what prohibits, and the clauses
 * that state its exception (2-2(9)② for FAX).
 */
export function rule(sources: RuleSource[]): Ruling {
  const merged = merge(sources);
  const prohibiting = sources.filter((s) => s.decision === 'prohibited');
  const condition = prohibiting[0]?.except;
  // Lifted only when every prohibition names the same exception; a plain 禁止 beside it stays.
  if (!condition || !prohibiting.every((s) => s.except === condition)) return merged;
  const lifted = merge(
    sources.map((s) =>
      s.except ? { decision: 'conditional' as const, conditions: [...s.conditions, condition], citations: s.citations } : s,
    ),
  );
  const stating = sources.filter((s) => s.except === condition || s.conditions.includes(condition));
  return {
    ...merged,
    citations: [...new Set(stating.flatMap((s) => s.citations))],
    except: { condition, ruling: lifted },
  };
}

function merge(sources: RuleSource[]): Ruling {
  const decision = sources.reduce<RuledDecision>((acc, s) => stricter(acc, s.decision), 'allowed');
  const kept = decision === 'prohibited' ? sources.filter((s) => s.decision === 'prohibited') : sources;
  return {
    decision,
    conditions: [...new Set(kept.flatMap((s) => s.conditions))],
    citations: [...new Set(kept.flatMap((s) => s.citations))],
  };
}
