import { describe, expect, it } from 'vitest';
import { classifyDocument, detectPersonalData, getPack } from '../../policy/index.js';

/**
 * Mobile numbers OCR reads off a photographed contact list: a hyphen read as a dot, the leading 0
 * lost or read as a letter (fo90-0000-5947), both separators kept.
 */
const PHOTO = [
  'ex ie 。 |',
  '090.0000-1692',
  'Feeeemrmn 90.0000-9948',
  '3 tof cs |江辺逢子leeeeewm" oto 90-0000-6822 |',
  'pa fata Be _[eemnneerne« fo90-0000-5947 |',
].join('\n');

describe('mobile numbers misread by OCR', () => {
  it('counts them in a photo, and the photo is a contact list (class I)', () => {
    const r = classifyDocument(getPack('kumamoto'), { name: 'IMG_2100.jpg', text: PHOTO, ocr: { pages: 1 } });
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.evidence.find((e) => e.kind === 'mobile')?.count).toBe(4);
  });

  it('reads a number written with dots in any text', () => {
    expect(detectPersonalData('連絡先 090.1234.5678').get('mobile')?.count).toBe(1);
  });

  it('reads no lost 0 in text read from the file itself', () => {
    expect(detectPersonalData('品番 90-1234-5678、80-2345-6789').has('mobile')).toBe(false);
  });

  it('reads no mobile number in a dotted decimal or a date', () => {
    expect(detectPersonalData('2024.1234.5678 / 36.5', { ocr: true }).has('mobile')).toBe(false);
  });
});
