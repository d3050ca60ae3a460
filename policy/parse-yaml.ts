import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { PackIssue } from './errors.js';

/** A YAML file parsed with positions, so problems can name their line. */
export interface ParsedYaml {
  name: string;
  doc: Document;
  lines: LineCounter;
  /** YAML syntax errors, located. */
  errors: PackIssue[];
}

export function parseYaml(name: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const errors = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    return { file: name, path: '', line: at.line, column: at.col, message: error.message };
  });
  return { name, doc, lines, errors };
}

/** Where a path inside the document is (or its nearest existing parent): `catalog.yaml:41:7 items[3].class`. */
export function locateIssue(file: ParsedYaml, path: readonly PropertyKey[], message: string): PackIssue {
  const keys = path.map((key) => (typeof key === 'symbol' ? String(key) : key)) as (string | number)[];
  let node: unknown;
  for (let depth = keys.length; depth >= 0 && !isNode(node); depth--) {
    node = depth === 0 ? file.doc.contents : file.doc.getIn(keys.slice(0, depth), true);
  }
  const offset = isNode(node) ? node.range?.[0] : undefined;
  const pos = offset === undefined ? undefined : file.lines.linePos(offset);
  return { file: file.name, path: formatPath(keys), line: pos?.line, column: pos?.col, message };
}

function formatPath(keys: (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
