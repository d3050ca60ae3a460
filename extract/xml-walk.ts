/** A small, lenient XML/HTML tag walker: enough to pull text and table cells out of OOXML and HTML. */

export interface XmlVisitor {
  open?(name: string, attrs: string, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
  /** The inside of a `<!-- … -->` comment (HTML keeps text there that a reader of the file can still open). */
  comment?(text: string): void;
}

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[!?][^>]*>|([^<]+)/g;

/** Calls the visitor for every tag and text run, in document order; names keep their prefix (w:t). */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    if (m[2] !== undefined) {
      if (m[1]) visitor.close?.(m[2]);
      else visitor.open?.(m[2], m[3] ?? '', m[4] === '/');
    } else if (m[5] !== undefined) visitor.text?.(m[5]);
    else if (m[0].startsWith('<!--')) visitor.comment?.(m[0].slice(4, -3));
    else if (m[6] !== undefined) visitor.text?.(decodeEntities(m[6]));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** The value of one attribute in a tag's attribute text: attr('w:val', ' w:val="Title"') → 'Title'. */
export function attr(name: string, attrs: string): string | undefined {
  const key = ` ${name}=`;
  const at = ` ${attrs}`.indexOf(key);
  if (at < 0) return undefined;
  const from = at + key.length - 1;
  const quote = attrs[from];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attrs.indexOf(quote, from + 1);
  return end < 0 ? undefined : decodeEntities(attrs.slice(from + 1, end));
}
