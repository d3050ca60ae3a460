import type { ImportResult, Leaver } from '../store/index.js';

const ROLE = {
  teacher: '教職員',
  principal: '校長',
  security_staff: '情報セキュリティ担当者',
  board_security: '教育委員会',
  ciso: 'CISO',
  csirt: 'CSIRT',
} as Record<string, string>;

/** One person who leaves, with what is still open in their name (4-1(5)), as lines for a terminal. */
function describe(l: Leaver): string[] {
  const { open } = l;
  const counts = [
    open.takeOuts.length && `持ち出し中 ${open.takeOuts.length} 件`,
    open.inForce.length && `期間中の許可 ${open.inForce.length} 件`,
    open.pending.length && `承認待ちの申請 ${open.pending.length} 件`,
    open.certificates.length && `完了証明書待ち ${open.certificates.length} 件`,
    open.standing.length && `包括的許可 ${open.standing.length} 件`,
    open.findings.length && `未解決の点検結果 ${open.findings.length} 件`,
  ].filter(Boolean);
  const why = l.reason === 'leaving' ? '離任の印あり' : '名簿にない';
  return [
    `  - ${l.user.name} <${l.user.email}> ${l.schoolName ?? '（学校なし）'} ${ROLE[l.user.role] ?? l.user.role}（${why}）: ${counts.length > 0 ? counts.join('、') : '開いているものなし'}`,
    ...open.takeOuts.map((p) => `      持ち出し中: ${p.asset_name ?? '—'}（返却予定日 ${p.return_on}）`),
  ];
}

/** What `roster import` says about the people the file no longer lists, in each removals mode. */
export function leaversReport(result: ImportResult, mode: 'report' | 'apply' | undefined): string {
  const { leavers } = result;
  if (leavers.length === 0) return '';
  const lines = leavers.flatMap(describe);
  if (result.applied)
    return `名簿から外れた ${leavers.length} 人を無効にしました（記録は削除していません。承認待ちの申請は取り消し、校長に通知します）:\n${lines.join('\n')}\n`;
  if (mode === 'report')
    return `名簿にない（または離任の印がある）職員 ${leavers.length} 人（まだ何も変えていません。--removals apply で無効にします）:\n${lines.join('\n')}\n`;
  return `名簿にない職員が ${leavers.length} 人います（そのままです）。確認: --removals report、無効にする: --removals apply\n`;
}
