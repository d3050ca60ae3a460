import type { Pack } from '../compile-pack.js';
import type { ClassId } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import type { DetectorKind } from './detector-kinds.js';

export const ROMAN: Record<ClassId, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };

export const DETECTOR_NAMES: Record<DetectorKind, string> = {
  phone: '電話番号',
  mobile: '携帯電話番号',
  postal_address: '郵便番号付きの住所',
  address: '住所',
  birthdate: '生年月日',
  email: 'メールアドレス',
  my_number: 'マイナンバー（個人番号）',
  credential: 'パスワード・暗号キー',
};

/** 「住所録（第2表 Ⅰ）」: an item with the table it comes from and its class. */
export function itemLabel(pack: Pack, item: CatalogItem): string {
  return `${item.name.ja}（${pack.meta.catalog_citation} ${ROMAN[item.class]}）`;
}

export function joinWords(words: string[], max = 5): string {
  const shown = words.slice(0, max).join('・');
  return words.length > max ? `${shown} ほか` : shown;
}
