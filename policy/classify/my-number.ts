/**
 * Whether 12 digits are a valid マイナンバー (個人番号): the last digit is the check digit of the
 * other eleven (weights 2–7 then 2–6 from the right, modulus 11).
 *
 * @example isValidMyNumber('123456789018') // true
 */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = digits.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits.charCodeAt(11) - 48;
}
