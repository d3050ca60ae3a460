/** Coded errors of the app-package layer. The words a person sees are chosen at the front (the CLI). */

export type ManifestErrorCode = 'TEMPLATE_NOT_FOUND' | 'TEMPLATE_INVALID';

/** The template cannot become an app package; `problems` lists each one, prefixed with its file. */
export class ManifestError extends Error {
  constructor(
    readonly code: ManifestErrorCode,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  ${p}`).join('\n')}` : message);
    this.name = 'ManifestError';
  }
}
