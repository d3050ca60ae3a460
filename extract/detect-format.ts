import { ExtractError } from './errors.js';
import { isSpreadsheetXml } from './extract-spreadsheet-xml.js';
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
  doc: 'doc',
  dot: 'doc',
  xls: 'xls',
  xlt: 'xls',
  ppt: 'ppt',
  pps: 'ppt',
  pot: 'ppt',
  rtf: 'rtf',
  odt: 'odt',
  ott: 'odt',
  ods: 'ods',
  ots: 'ods',
  odp: 'odp',
  eml: 'eml',
  msg: 'msg',
  zip: 'zip',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  jpe: 'image',
  tif: 'image',
  tiff: 'image',
  bmp: 'image',
  gif: 'image',
};

/** Formats that are documents but that mamoru cannot open (listed as not inspected, never skipped). */
const LEGACY = new Set(['jtd', 'jtdc', 'jaw', 'jbw', 'odg', 'xps', 'oxps', 'pages', 'numbers', 'key', 'hwp']);

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
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'message/rfc822': 'eml',
  'application/vnd.ms-outlook': 'msg',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tif',
  'image/bmp': 'bmp',
  'image/gif': 'gif',
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

/** Whether a file of this name is an image, read only by OCR. */
export function isImageName(name: string): boolean {
  return BY_EXTENSION[extensionOf(name)] === 'image';
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

/** The first non-blank characters, to tell HTML, RTF and XML saved under an Office name. */
function head(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.subarray(start, start + 512))
    .toString('latin1')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
}

const FAMILY: Partial<Record<Format, 'word' | 'excel' | 'powerpoint'>> = {
  doc: 'word',
  docx: 'word',
  rtf: 'word',
  odt: 'word',
  xls: 'excel',
  xlsx: 'excel',
  ods: 'excel',
  csv: 'excel',
  ppt: 'powerpoint',
  pptx: 'powerpoint',
  odp: 'powerpoint',
};
const OLE_FORMAT = { word: 'doc', excel: 'xls', powerpoint: 'ppt' } as const;
const ZIP_FORMAT = { word: 'docx', excel: 'xlsx', powerpoint: 'pptx' } as const;

/**
 * The format to read a file as, from its extension checked against its first bytes. A file saved
 * under another Office name (a .doc that is RTF or HTML, an .xls that is an HTML table as school
 * systems export them, an .xls that is an Excel 2003 XML Spreadsheet, a renamed .docx) is read as
 * what its bytes are. Throws ENCRYPTED for a
 * password-protected Office file, UNSUPPORTED for other formats.
 */
export function detectFormat(name: string, bytes: Uint8Array): Format {
  const ext = extensionOf(name);
  const format = BY_EXTENSION[ext];
  const family = format ? FAMILY[format] : undefined;
  if (startsWith(bytes, CFB)) {
    if (isEncryptedPackage(bytes)) throw new ExtractError('ENCRYPTED', 'an encrypted Office package (password to open)');
    if (family) return OLE_FORMAT[family];
    if (format === 'msg') return 'msg';
    throw new ExtractError('UNSUPPORTED', `an OLE compound file named .${ext || '(no extension)'}: not a format mamoru reads`);
  }
  if (LEGACY.has(ext)) throw new ExtractError('UNSUPPORTED', `.${ext} files are not read: save as .docx/.xlsx/.pptx/.pdf`);
  if (!format) throw new ExtractError('UNSUPPORTED', `.${ext || '(no extension)'} is not a document format mamoru reads`);
  if (family && family !== 'excel' && head(bytes).startsWith('{\\rtf')) return 'rtf';
  if (family === 'excel' && isSpreadsheetXml(bytes)) return 'xmlss';
  if (family && /^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<meta|<table)/.test(head(bytes))) return 'html';
  if (format === 'doc' || format === 'xls' || format === 'ppt') {
    if (startsWith(bytes, ZIP)) return ZIP_FORMAT[family!];
    throw new ExtractError('CORRUPT', `a .${ext} file must be an OLE compound file, and this one is not`);
  }
  if ((format === 'docx' || format === 'xlsx' || format === 'pptx') && !startsWith(bytes, ZIP))
    throw new ExtractError('CORRUPT', `a .${ext} file must be a zip package, and this one is not`);
  if ((format === 'odt' || format === 'ods' || format === 'odp' || format === 'zip') && !startsWith(bytes, ZIP))
    throw new ExtractError('CORRUPT', `a .${ext} file must be a zip file, and this one is not`);
  if (format === 'pdf' && !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'))
    throw new ExtractError('CORRUPT', 'no %PDF- header: not a PDF file');
  return format;
}
