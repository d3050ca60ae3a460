import { AuditKeyError, type AuditOptions, auditOptionsOf } from '../store/index.js';
import { commandConfig } from './config.js';
import { UsageError } from './errors.js';

/**
 * The audit key and anchor from this process's environment (MAMORU_AUDIT_KEY or
 * MAMORU_AUDIT_KEY_FILE, MAMORU_AUDIT_ANCHOR); a key that cannot be used is a usage error that
 * says how to fix it, never what the key is.
 */
export function auditFromEnv(): AuditOptions {
  const settings = commandConfig().audit;
  try {
    return auditOptionsOf(settings);
  } catch (error) {
    if (!(error instanceof AuditKeyError)) throw error;
    throw new UsageError(
      {
        both_set:
          'MAMORU_AUDIT_KEY と MAMORU_AUDIT_KEY_FILE はどちらか一方だけを設定してください (set MAMORU_AUDIT_KEY or MAMORU_AUDIT_KEY_FILE, not both)',
        unreadable: `MAMORU_AUDIT_KEY_FILE のファイル ${settings.keyFile} を読めません (cannot read the audit key file)`,
        too_short:
          '監査ログの鍵は 32 バイト以上にしてください。例: openssl rand -hex 32 (the audit key must be at least 32 bytes)',
      }[error.code],
    );
  }
}
