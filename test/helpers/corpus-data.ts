/** Made-up people and places for the test corpus, from a seeded generator so every run is the same. */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  '山田',
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '松本',
  '井上',
  '木村',
  '林',
  '清水',
  '森',
  '池田',
  '橋本',
  '石川',
];
const GIVEN = [
  '太郎',
  '花子',
  '健太',
  '美咲',
  '翔太',
  '陽菜',
  '大輝',
  '結衣',
  '蓮',
  '葵',
  '悠斗',
  '凛',
  '颯太',
  'さくら',
  '湊',
  '芽依',
];
const KANA: Record<string, string> = { 山田: 'やまだ', 佐藤: 'さとう', 鈴木: 'すずき', 高橋: 'たかはし', 田中: 'たなか' };
const WARDS = ['熊本市中央区手取本町', '熊本市東区東本町', '熊本市西区春日', '熊本市南区城南町', '熊本市北区植木町'];

export class People {
  constructor(private readonly r: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.r() * list.length)]!;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }

  name(): string {
    return `${this.pick(FAMILY)}　${this.pick(GIVEN)}`;
  }

  kana(name: string): string {
    return KANA[name.split('　')[0]!] ?? 'ふりがな';
  }

  mobile(fullWidth = false): string {
    const n = `0${this.pick(['90', '80', '70'])}-${this.int(1000, 9999)}-${this.int(1000, 9999)}`;
    return fullWidth ? toFullWidth(n) : n;
  }

  landline(): string {
    return `096-${this.int(200, 399)}-${this.int(1000, 9999)}`;
  }

  address(): string {
    return `${this.pick(WARDS)}${this.int(1, 9)}-${this.int(1, 30)}-${this.int(1, 20)}`;
  }

  postal(): string {
    return `〒86${this.int(0, 9)}-${String(this.int(0, 9999)).padStart(4, '0')}`;
  }
}

export function toFullWidth(text: string): string {
  return text.replace(/[0-9-]/g, (ch) => (ch === '-' ? '－' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}
