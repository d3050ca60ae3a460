import { readFileSync } from 'node:fs';
import type { TeamsUser } from './teams-user.js';

/**
 * The demo roster with the board's people added (the CSIRT's desk, the education information
 * security officer) and the principal of 第二小学校 and one of her teachers on Teams, for the
 * incident chain.
 */
export const INCIDENT_ROSTER = `${readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8')
  .trimEnd()
  .replace(
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,',
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,5d2e8f10-7a3b-4c6d-9e0f-1a2b3c4d5e60,',
  )}
ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968,
csirt@board.example.jp,高橋 CSIRT,,csirt,2f3e4d5c-6b7a-4890-8a1b-2c3d4e5f6a7b,
center@board.example.jp,井上 所長,,board_security,4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d,
ichiro.kimura@school.example.jp,木村 一郎,熊本市立第三中学校,principal,6c5d4e3f-2a1b-4c0d-8e9f-0a1b2c3d4e5f,
mai.hayashi@school.example.jp,林 舞,熊本市立第三中学校,teacher,7d6e5f4a-3b2c-4d1e-9f0a-1b2c3d4e5f60,
`;

const user = (id: string, name: string, aadObjectId: string): TeamsUser => ({
  id: `29:${id}`,
  name,
  aadObjectId,
  conversation: `a:personal-${id}`,
});

/** 高橋, the education centre's incident desk (`csirt`). */
export const CSIRT = user('csirt-takahashi', '高橋 CSIRT', '2f3e4d5c-6b7a-4890-8a1b-2c3d4e5f6a7b');
/** 井上, 教育情報セキュリティ責任者 (`board_security`). */
export const BOARD = user('board-inoue', '井上 所長', '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d');
/** 佐藤, principal of 熊本市立第二小学校 (another school). */
export const OTHER_PRINCIPAL = user('principal-yoko', '佐藤 陽子', '5d2e8f10-7a3b-4c6d-9e0f-1a2b3c4d5e60');
/** 森, a teacher at 熊本市立第二小学校. */
export const KEN = user('teacher-ken', '森 健', '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968');

/** 伊藤, the 教育CISO (in the demo roster). */
export const CISO = user('ciso-ito', '伊藤 健二', '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f');

/** 林, a teacher at 熊本市立第三中学校, whose principal (木村) never adds mamoru. */
export const HAYASHI = user('teacher-hayashi', '林 舞', '7d6e5f4a-3b2c-4d1e-9f0a-1b2c3d4e5f60');

/** A Monday, 10:00 in Japan: school hours (mon–fri 08:00–17:00 in both packs). */
export const MONDAY_10 = new Date('2030-06-03T01:00:00Z');
