import type { ClassId, Pack } from '../../policy/index.js';
import { countOutcomes } from '../count-outcomes.js';
import type { FileResult, ScanRecord } from '../types.js';
import { escapeHtml as h } from './escape-html.js';
import { REPORT_CSS } from './report-styles.js';
import { type Bar, svgBars } from './svg-bars.js';

const ROMAN: Record<ClassId, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };
const COLORS = { I: 'var(--i)', II: 'var(--ii)', III: 'var(--iii)', IV: 'var(--iv)', none: 'var(--none)', ng: 'var(--ng)' };
const MAX_ROWS = 500;

/**
 * The last scan as a self-contained HTML page a principal reads and prints: counts by class and by
 * folder (inline SVG), the misplaced files with their reasons and what to do, and the files that
 * could not be inspected. No file contents: the scan kept none.
 */
export function renderReport(record: ScanRecord, pack: Pack): string {
  const { totals } = record;
  // Counted as the terminal summary counts them: each file once (see countOutcomes).
  const outcomes = countOutcomes(record.files);
  const misplaced = record.files.filter((f) => f.violation);
  const uninspected = outcomes.cannotInspect;
  const byName = uninspected.filter((f) => f.class).length;
  const cloudCitations = pack.rulings.get('cloud_store')?.get('I')?.citations ?? [];
  const clause = cloudCitations.map((id) => pack.clauses.get(id)).find((c) => c && !c.id.startsWith('第3表'));
  const remedy = pack.meta.classify?.remedy?.ja ?? 'クラウドから削除し、校務系のシステムに移してください。';
  const date = new Date(record.finishedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
  const classBars: Bar[] = [
    ...(['I', 'II', 'III', 'IV'] as ClassId[]).map((c) => ({
      label: `重要性分類${ROMAN[c]}`,
      segments: [{ value: outcomes.byClass[c], color: COLORS[c], name: c }],
    })),
    {
      label: '分類できなかった',
      segments: [{ value: outcomes.unclassified.length, color: COLORS.none, name: '不明' }],
    },
    {
      label: '内容を確認できなかった',
      segments: [{ value: outcomes.uninspected.length, color: COLORS.ng, name: '確認できない' }],
    },
    { label: '対象外', segments: [{ value: outcomes.notDocuments.length, color: COLORS.none, name: '文書ではない' }] },
  ];
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>情報資産スキャン報告 ${h(date)}</title><style>${REPORT_CSS}</style></head>
<body>
<h1>クラウドに保存された情報資産の確認結果</h1>
<div class="meta">${h(pack.meta.name.ja)} ・ 確認日時 ${h(date)} ・ 対象 ${h(record.source.replace(/^local:/, ''))}</div>
<div class="cards">
  <div class="card${misplaced.length ? ' alert' : ''}"><div>移動が必要なファイル（分類Ⅰ・Ⅱ）</div><div class="n">${misplaced.length}</div></div>
  <div class="card"><div>確認できなかったファイル</div><div class="n">${uninspected.length}</div></div>
  <div class="card"><div>確認したファイル</div><div class="n">${totals.files}</div></div>
</div>
${misplaced.length ? `<div class="todo"><strong>すべきこと:</strong> ${h(remedy)}</div>` : '<div class="todo">クラウドに保存してはいけない情報（重要性分類Ⅰ・Ⅱ）は見つかりませんでした。</div>'}
${clause ? `<blockquote>${h(clause.id)} ${h(clause.text)}</blockquote>` : ''}
<h2>重要性分類ごとのファイル数</h2>
${svgBars('重要性分類ごとのファイル数', classBars)}
${outcomes.byNameOnly.length ? `<p class="meta">分類したうち ${outcomes.byNameOnly.length} 件は内容を読まず、ファイル名から判断しました。</p>` : ''}
<h2>フォルダごとの状況</h2>
<div class="legend"><span><i style="background:var(--i)"></i>移動が必要（Ⅰ・Ⅱ）</span><span><i style="background:var(--iii)"></i>保存してよい（Ⅲ・Ⅳ）</span><span><i style="background:var(--none)"></i>分類不明・確認できない</span></div>
${svgBars('フォルダごとの状況', folderBars(record.files))}
<h2>移動が必要なファイル（${misplaced.length}件）</h2>
${misplaced.length ? fileTable(misplaced.slice(0, MAX_ROWS), true) : '<p>ありません。</p>'}
${misplaced.length > MAX_ROWS ? `<p>ほか ${misplaced.length - MAX_ROWS} 件（mamoru scan --jsonl で全件を確認できます）。</p>` : ''}
<h2>分類できなかったファイル（${outcomes.unclassified.length}件）</h2>
${outcomes.unclassified.length ? `<p>内容を読みましたが、第2表のどの情報にも当たりませんでした。内容を確かめ、分類Ⅰ・Ⅱであれば移動してください。</p>${fileTable(outcomes.unclassified.slice(0, MAX_ROWS), false)}` : '<p>ありません。</p>'}
<h2>確認できなかったファイル（${uninspected.length}件）</h2>
${uninspected.length ? `<p>パスワード保護・破損・大きすぎる等の理由で内容を確認できませんでした${byName ? `（うち ${byName} 件はファイル名から分類しています）` : ''}。作成者が内容を確かめ、分類Ⅰ・Ⅱであれば移動してください。</p>${fileTable(uninspected.slice(0, MAX_ROWS), byName > 0)}` : '<p>ありません。</p>'}
<p class="meta">この報告はファイルの内容を保存していません。理由欄の番号等は一部を伏せ字にしています（例: 090-●●●●-5678）。スキャンID ${h(record.id)}</p>
</body></html>
`;
}

function folderBars(files: FileResult[]): Bar[] {
  const folders = new Map<string, { bad: number; ok: number; unknown: number }>();
  for (const f of files) {
    const slash = f.path.indexOf('/');
    const folder = slash < 0 ? '（直下）' : f.path.slice(0, slash);
    const entry = folders.get(folder) ?? { bad: 0, ok: 0, unknown: 0 };
    if (f.violation) entry.bad++;
    else if (f.class) entry.ok++;
    else entry.unknown++;
    folders.set(folder, entry);
  }
  return [...folders]
    .sort((a, b) => b[1].bad - a[1].bad || b[1].ok + b[1].unknown - (a[1].ok + a[1].unknown))
    .slice(0, 15)
    .map(([label, n]) => ({
      label,
      segments: [
        { value: n.bad, color: COLORS.I, name: '移動が必要' },
        { value: n.ok, color: COLORS.III, name: '保存してよい' },
        { value: n.unknown, color: COLORS.none, name: '分類不明・確認できない' },
      ],
    }));
}

function fileTable(files: FileResult[], withClass: boolean): string {
  const rows = files
    .map(
      (f) =>
        `<tr><td class="path">${h(f.path)}</td>${withClass ? `<td>${f.class ? `<span class="cls cls-${f.class}">${ROMAN[f.class]}</span>${f.asset ? `<br>${h(f.asset.name)}` : ''}` : ''}</td>` : ''}<td><ul class="reasons">${f.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul></td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>ファイル</th>${withClass ? '<th>分類</th>' : ''}<th>理由</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
