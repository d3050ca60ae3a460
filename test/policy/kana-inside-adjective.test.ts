import { describe, expect, test } from 'vitest';
import { getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

const pack = getPack('kumamoto');

describe('no word by reading starts inside an adjective ending', () => {
  test('いそう in ほし|い|そう is not 移送 (transport)', () => {
    expect(parseQuestion(pack, '担当者はメールで送ってほしいそうです。').actions).toEqual(['email_external']);
  });
});
