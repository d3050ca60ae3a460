/** A text matched as itself inside a RegExp (「.」「(」 and the like escaped). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
