/**
 * Need-to-know of 第3表 外部への情報提供 (2-2(5)①④): a class Ⅰ・Ⅱ item handed to a contractor
 * together with the lower-class document the contractor works on (卒業アルバムの原稿と卒業証書授与台帳を
 * 写真屋さんに, ユニフォーム注文表（名前）と治療中の子の一覧を業者に) is given beyond what that work
 * needs: the condition 業務として必要な提供に限る (provision_basis) is, as told, not met. What a
 * contractor's work may need (the lexicon's `contractor_needs`: addresses and names to deliver or
 * print) stays conditional (卒業アルバムの写真と住所録を業者に).
 */

import type { CatalogItem } from '../schema.js';
import type { Lexicon } from './lexicon.js';

const HIGH = new Set(['I', 'II']);

export function needlessToContractor(
  items: readonly CatalogItem[],
  actions: readonly string[],
  normalized: string,
  lexicon: Lexicon,
): boolean {
  if (!actions.includes('provide_external')) return false;
  const needs = lexicon.contractor_needs;
  if (!lexicon.contractors.some((w) => normalized.includes(w))) return false;
  const high = items.filter((i) => HIGH.has(i.class));
  const work = items.filter((i) => !HIGH.has(i.class));
  if (high.length === 0 || work.length === 0) return false;
  // Contact details a delivery or a print may need are named (住所, 連絡先): the work may need them.
  if (needs.words.some((w) => normalized.includes(w))) return false;
  return high.every((i) => !needs.groups.includes(i.group));
}
