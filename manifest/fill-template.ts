import { ManifestError } from './errors.js';

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Replaces every `{{Name}}` in a template with `values[Name]`; a placeholder without a value is an
 * error rather than text left for Teams to reject later.
 * @example fillTemplate('{"id": "{{MicrosoftAppId}}"}', { MicrosoftAppId: '…' })
 */
export function fillTemplate(text: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) missing.add(name);
    return value ?? whole;
  });
  if (missing.size > 0) {
    throw new ManifestError(
      'TEMPLATE_INVALID',
      `the template has placeholders without a value: ${[...missing].map((n) => `{{${n}}}`).join(', ')}`,
    );
  }
  return filled;
}
