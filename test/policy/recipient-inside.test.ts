import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyzeQuestion } from '../../policy/understand/analyze-question.js';
import { lexiconFor } from '../../policy/understand/lexicon.js';
import { recipientsSaid } from '../../policy/understand/recipients.js';

const pack = getPack('kumamoto');
const sides = (question: string) => recipientsSaid(pack, lexiconFor(pack), analyzeQuestion(question, 'ja')).map((r) => r.side);

describe('whom a thing is handed to: inside the school or outside (第3表 複製・配布, 2-2(9))', () => {
  test('the head of the noun before に/へ says a person of the school; any part said from outside wins', () => {
    expect(sides('職員住所録を新しく着任された先生方へお渡ししてよろしいでしょうか。')).toEqual(['inside']);
    expect(sides('生徒の成績一覧を学年の先生に配る')).toEqual(['inside']);
    expect(sides('子どもたちの家の電話番号と住所が載っている一覧を、学童の先生に渡してもいいですか。')).toEqual(['outside']);
    expect(sides('職員会議の資料、保護者の役員さんにも渡しておこうかな')).toEqual(['outside']);
    expect(sides('校務分掌表を新任研修の外部講師に渡してもいい？')).toEqual(['outside']);
    expect(sides('学校紹介のパンフ、塾の先生に何部か渡してもいいですか')).toEqual(['outside']);
  });

  test('handed to staff is copied and handed out inside the school: Ⅰ・Ⅱ need the permission', () => {
    const d = ask(pack, '職員住所録を新しく着任された先生方へお渡ししてよろしいでしょうか。');
    expect(d.action).toBe('copy');
    expect(d.decision).toBe('permit_required');
    const e = ask(
      pack,
      '卒業生の進路先一覧（氏名入り）を、来年度の募集パンフレット作成の資料として校内の広報担当に渡したいです。渡してよいでしょうか。',
    );
    expect(e.action).toBe('copy');
    expect(e.decision).toBe('permit_required');
  });

  test('handed to someone from outside stays given outside', () => {
    expect(ask(pack, '学校紹介のパンフ、塾の先生に何部か渡してもいいですか').action).toBe('provide_external');
    expect(ask(pack, '校務分掌表、印刷して公民館の人に渡してもよかやろ？').action).toBe('provide_external');
  });
});
