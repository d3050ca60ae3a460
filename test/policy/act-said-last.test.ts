import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

/** rule-sources.ts strictestOf: between acts ruled alike, the one the sentence ends on is asked. */
describe('between acts ruled alike, the act said last is the one reported', () => {
  test('photographed, then sent by LINE: the LINE (非公式ストレージ・メール), not the phone', () => {
    const d = ask(pack, '通知表 写メして LINEで学年主任に送っとくね');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('personal_cloud');
  });

  test('copied, then carried to the away game: taken out, not copied', () => {
    const d = ask(pack, '遠征に部活動名簿と、部員のアレルギーが書いてある学校生活管理指導表のコピーを持っていきたいです');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
  });

  test('a word that only hands it round (配る) said last does not outrank the channel said before it', () => {
    const d = ask(pack, 'ワークシートを子どもにロイロで配る');
    expect(d.action).toBe('cloud_store');
  });
});
