/** The report's stylesheet: readable on screen, A4 on paper, no external resources. */
export const REPORT_CSS = `
:root { --i: #b3261e; --ii: #e8710a; --iii: #1a73e8; --iv: #188038; --none: #9aa0a6; --ng: #5f6368; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; margin: 0 auto; max-width: 1000px; padding: 24px; color: #202124; line-height: 1.6; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; border-left: 6px solid var(--ii); padding-left: 8px; margin-top: 32px; }
.meta { color: #5f6368; font-size: .9rem; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { flex: 1 1 180px; border: 1px solid #dadce0; border-radius: 8px; padding: 12px 16px; }
.card .n { font-size: 2rem; font-weight: bold; }
.card.alert { border-color: var(--i); background: #fce8e6; }
.legend span { display: inline-block; margin-right: 12px; font-size: .85rem; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #dadce0; padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: #f1f3f4; }
td.path { word-break: break-all; font-family: monospace; }
.cls { display: inline-block; min-width: 2.2em; text-align: center; color: #fff; border-radius: 4px; padding: 0 4px; font-weight: bold; }
.cls-I { background: var(--i); } .cls-II { background: var(--ii); } .cls-III { background: var(--iii); } .cls-IV { background: var(--iv); }
ul.reasons { margin: 0; padding-left: 1.2em; }
.todo { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 8px; padding: 12px 16px; }
blockquote { margin: 8px 0; padding: 8px 12px; border-left: 4px solid #dadce0; color: #3c4043; }
@media print {
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, .card, svg { break-inside: avoid; }
  .noprint { display: none; }
  @page { size: A4; margin: 15mm; }
}
`;
