import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * An entrance exam's questions before the exam (入学者選抜問題, Ⅱ) are told by the selection's name and
 * a question's instruction in one file (答えなさい, 述べなさい), whatever the draft is called; a notice
 * of the selection asks nothing of a candidate.
 */
const classify = (name: string, text: string) => classifyDocument(getPack('kumamoto'), { name, type: 'docx', text });

describe('an entrance exam’s questions', () => {
  it('a draft of 適性検査 questions is 入学者選抜問題 (Ⅱ)', () => {
    const text = [
      '令和9年度 適性検査Ⅱ（問題案 第3稿）取扱注意',
      '【問題1】 白川の水質調査の資料を読み、次の問いに答えなさい。',
      '(1) 表1から読み取れることを80字以内で書きなさい。',
    ].join('\n');
    const r = classify('適性検査Ⅱ_問題案_第3稿.docx', text);
    expect(r.class, r.reasons.join('\n')).toBe('II');
    expect(r.asset?.id).toBe('entrance_exam_questions');
  });

  it('a composition task of 入学者選抜 is 入学者選抜問題 (Ⅱ)', () => {
    const text = ['令和9年度入学者選抜 作文課題（案）取扱注意', '課題：「働くこと」と「学ぶこと」について600字で述べなさい。'];
    expect(classify('R9_作文課題_案.pdf', text.join('\n')).class).toBe('II');
  });

  it('a notice of the selection is not', () => {
    const text = [
      '令和9年度 入学者選抜 実施要項',
      '適性検査は2月5日に実施します。受検票を必ず持参してください。',
      '出願は1月15日までに中学校を通して行ってください。',
    ].join('\n');
    expect(classify('入学者選抜_実施要項.docx', text).class).not.toBe('II');
  });
});
