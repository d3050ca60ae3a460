/**
 * Copies handed out of two documents together (「学校紹介パンフと、卒業生の進路先一覧を説明会で配る」):
 * the bundle is handled at the higher class (2-2(5)③), and it goes where the open document goes.
 */
import type { Pack } from './compile-pack.js';
import type { ActionId, ClassId } from './contract.js';
import type { Source } from './rule-sources.js';
import type { Understood } from './understood.js';

/** The row that says who may see a class at all (第3表 取扱い者制限 through ホームページ等での公開). */
const OPEN_ACTION: ActionId = 'publish';
/** The acts by which copies leave the teacher's hands. */
const HANDING: ActionId[] = ['copy', 'provide_external'];

/**
 * A document anyone may see (its class may be published, 第2表 Ⅳ: 学校要覧, 配布プリント) is handed
 * out beside one that may not (Ⅰ・Ⅱ): the copies reach that document's audience, whoever it is, and
 * the other rides along to people the standard does not let see it. The source rules it as the
 * publishing row does for the bundle's class (Ⅰ・Ⅱ 禁止, 第3表), reported as giving it outside.
 */
export function handedOutBundle(pack: Pack, u: Understood, cls: ClassId): Source | null {
  if (!u.handedOut || !u.actions.some((a) => HANDING.includes(a))) return null;
  const open = pack.rulings.get(OPEN_ACTION);
  const bundle = open?.get(cls);
  if (!open || bundle?.decision !== 'prohibited') return null;
  const records = u.items.filter((i) => i.kind === 'record');
  const opens = records.some((i) => open.get(i.class)?.decision === 'allowed');
  if (!opens || !records.some((i) => i.class === cls)) return null;
  return { action: 'provide_external', situation: null, ruling: { ...bundle, conditions: [] } };
}
