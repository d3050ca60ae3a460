import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A line opened by a bullet (■, □, ○, ★ as much as ・ or ●) is a section of the document, not its
 * title: a 学年だより whose 「■ 今後の予定」 lists the 期末考査 is no exam, while an exam paper titled
 * 期末考査 still is one.
 */
const NEWSLETTER = [
  '学年だより 第5号（2学年）',
  '朝夕の冷え込みが厳しくなってきました。11月は2学期期末考査に向けて大切な時期です。',
  '■ 今後の予定　11/20(水) 期末考査1日目　11/26(火) 三者面談開始　12/20(金) 終業式',
  '■ 修学旅行について　班別行動の計画を立てています。保護者の皆様には説明会へのご参加をお願いします。',
].join('\n');

describe('bulleted sections are no titles', () => {
  it.each(['■', '□', '○', '★', '▼'])('a newsletter listing the 期末考査 under 「%s 今後の予定」 is no exam', (bullet) => {
    const text = NEWSLETTER.replaceAll('■', bullet);
    const r = classifyDocument(getPack('kumamoto'), { name: 'gakunen_dayori_no5.docx', type: 'docx', text });
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });

  it('an exam paper titled 期末考査 is still the exam (Ⅱ)', () => {
    const text = ['令和6年度 2学期期末考査 数学Ⅰ', '第1問 次の2次関数の最大値・最小値を求めよ。'].join('\n');
    const r = classifyDocument(getPack('kumamoto'), { name: 'R6_2期末_数学.docx', type: 'docx', text });
    expect(r.class).toBe('II');
  });
});
