/** Collects extracted lines up to a character limit, so a huge document cannot fill memory. */
export class TextSink {
  readonly lines: string[] = [];
  chars = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  get full(): boolean {
    return this.truncated;
  }

  push(line: string): void {
    if (this.truncated) return;
    const trimmed = line.replace(/[ \t\u3000]+$/u, '');
    if (trimmed.trim() === '') return;
    if (this.chars + trimmed.length > this.maxChars) {
      this.truncated = true;
      this.lines.push(trimmed.slice(0, Math.max(0, this.maxChars - this.chars)));
      this.chars = this.maxChars;
      return;
    }
    this.lines.push(trimmed);
    this.chars += trimmed.length + 1;
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/** The first row with at least two filled cells: a title row above it is not the header. */
export function guessHeaderRow(rows: string[][]): number {
  const limit = Math.min(rows.length, 15);
  for (let i = 0; i < limit; i++) {
    if (rows[i]!.filter((cell) => cell.trim() !== '').length >= 2) return i;
  }
  return 0;
}
