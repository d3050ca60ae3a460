/** Coded errors of the scan layer; the CLI chooses the words a person sees. */

export type ScanErrorCode = 'SOURCE_NOT_FOUND' | 'SOURCE_UNSUPPORTED' | 'NO_SCAN' | 'SCAN_UNREADABLE';

export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScanError';
  }
}
