import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A file's first lines say whom it is about only when they name one pupil or two: a class newsletter
 * that opens by congratulating several pupils and later announces 個人面談 tells nothing about them.
 */
const NEWSLETTER = [
  '学級だより　第7号　2年1組',
  '陸上記録会で、石原さんが100m走1位、坂口くんと北村さんが走り幅跳びで入賞しました。よくがんばりました。',
  '寒くなり、体調をくずす人が出てきました。早寝・早起きを心がけましょう。',
  '来週から個人面談が始まります。配布した日程表をご確認ください。',
].join('\n');

describe.each(['kumamoto', 'kurume'])('first lines naming several pupils (%s)', (policy) => {
  it('a newsletter congratulating pupils, then announcing 個人面談, is no record about them', () => {
    const r = classifyDocument(getPack(policy), { name: 'dayori_07.txt', type: 'txt', text: NEWSLETTER });
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});
