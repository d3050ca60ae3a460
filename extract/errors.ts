/** Coded errors of extraction: each one means "cannot inspect" with a reason a person can act on. */

export type ExtractErrorCode =
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'PDF_BOMB'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'UNSUPPORTED'
  | 'BINARY'
  | 'ENCODING'
  | 'TIMEOUT'
  | 'NO_TEXT'
  | 'READ_FAILED'
  | 'TOO_DEEP'
  | 'TOO_MANY_FILES'
  | 'OCR_OFF'
  | 'OCR_UNAVAILABLE'
  | 'OCR_BUDGET'
  | 'IMAGE_NO_TEXT';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/** The reason shown to a person, Japanese first, for each code. */
export const EXTRACT_REASONS: Record<ExtractErrorCode, string> = {
  TOO_LARGE: 'ファイルが大きすぎるため内容を確認していません',
  ZIP_BOMB: '展開後のサイズが異常に大きい（zip爆弾の疑い）ため展開していません',
  PDF_BOMB: 'PDFの中の圧縮データが展開後に異常に大きくなる（圧縮爆弾の疑い）ため展開していません',
  ENCRYPTED: 'パスワードで保護（暗号化）されているため内容を確認できません',
  CORRUPT: 'ファイルが壊れているか途中で切れているため読めません',
  UNSUPPORTED: 'この形式は内容を確認できません',
  BINARY: 'テキストファイルではありません（バイナリデータ）',
  ENCODING: '文字コードを判定できません',
  TIMEOUT: '時間内に読み終わらなかったため確認を打ち切りました',
  NO_TEXT: '文字の情報がない（スキャンした画像だけの）PDFで、文字認識（OCR）でも文字を読み取れなかったため内容を確認できません',
  READ_FAILED: 'ファイルを読み込めませんでした',
  TOO_DEEP: 'zip の中の zip（添付の中の添付）が深すぎるため、その先は開いていません',
  TOO_MANY_FILES: '中のファイルの数が上限を超えるため展開していません',
  OCR_OFF: '画像（スキャン）の文字認識（OCR）が設定で無効のため内容を確認していません',
  OCR_UNAVAILABLE:
    '文字認識（OCR）のプログラムがこのサーバーにないため画像の文字を読めません（tesseract-ocr・tesseract-ocr-jpn・poppler-utils を入れてください）',
  OCR_BUDGET: '文字認識（OCR）の時間またはページ数の上限に達したため、全体を確認できていません',
  IMAGE_NO_TEXT: '画像に文字が見つからないため文書としては確認していません（写真などの中身は判断していません）',
};

/** Wraps anything a parser threw as CORRUPT, keeping coded errors as they are. */
export function asExtractError(error: unknown): ExtractError {
  if (error instanceof ExtractError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractError('CORRUPT', `could not parse the file: ${detail.slice(0, 200)}`);
}
