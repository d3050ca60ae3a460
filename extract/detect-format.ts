import { ExtractError } from './errors.js';
import type { Format } from './types.js';

const BY_EXTENSION: Record<string, Format> = {
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xltx: 'xlsx',
  pptx: 'pptx',
  pptm: 'pptx',
  potx: 'pptx',
  pdf: 'pdf',
  csv: 'csv',
  tsv: 'tsv',
  txt: 'txt',
  text: 'txt',
  log: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

const LEGACY = new Set(['doc', 'xls', 'ppt', 'rtf', 'jtd', 'odt', 'ods', 'odp']);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const BY_MIME_TYPE: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
};

/**
 * The name to read a file under: its own, or, when it has no extension mamoru reads, the name
 * with the extension its MIME type stands for (a cloud upload called 名簿 that is an xlsx).
 */
export function readableName(name: string, mimeType?: string): string {
  if (isReadableName(name) || !mimeType) return name;
  const ext = BY_MIME_TYPE[mimeType.split(';')[0]!.trim().toLowerCase()];
  return ext ? `${name}.${ext}` : name;
}

/** Whether mamoru reads files of this name at all (others are listed as not inspected). */
export function isReadableName(name: string): boolean {
  const ext = extensionOf(name);
  return ext in BY_EXTENSION || LEGACY.has(ext);
}

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE compound file holds an encrypted OOXML package (how Office stores a password-protected file). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * The format to read a file as, from its extension checked against its first bytes.
 * Throws ENCRYPTED for a password-protected Office file, UNSUPPORTED for other formats.
 */
export function detectFormat(name: string, bytes: Uint8Array): Format {
  const ext = extensionOf(name);
  const format = BY_EXTENSION[ext];
  if (startsWith(bytes, CFB)) {
    if (isEncryptedPackage(bytes)) throw new ExtractError('ENCRYPTED', 'an encrypted Office package (password to open)');
    throw new ExtractError(
      'UNSUPPORTED',
      'an old binary Office file (.doc/.xls/.ppt): save it as .docx/.xlsx/.pptx to inspect it',
    );
  }
  if (LEGACY.has(ext)) throw new ExtractError('UNSUPPORTED', `.${ext} files are not read: save as .docx/.xlsx/.pptx/.pdf`);
  if (!format) throw new ExtractError('UNSUPPORTED', `.${ext || '(no extension)'} is not a document format mamoru reads`);
  if ((format === 'docx' || format === 'xlsx' || format === 'pptx') && !startsWith(bytes, ZIP))
    throw new ExtractError('CORRUPT', `a .${ext} file must be a zip package, and this one is not`);
  if (format === 'pdf' && !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'))
    throw new ExtractError('CORRUPT', 'no %PDF- header: not a PDF file');
  return format;
}
