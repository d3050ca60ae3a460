import { Cron } from 'croner';
import { z } from 'zod/v4';

const cron = z.string().refine((expr) => {
  try {
    new Cron(expr, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}, 'not a cron expression (e.g. "0 6 * * 1-5" for 6:00 on weekdays)');

const graph = z.strictObject({
  type: z.literal('graph'),
  /** Graph's base URL: national clouds, or a local fake in tests. */
  base_url: z.url().default('https://graph.microsoft.com/v1.0'),
  /** Walk SharePoint sites' document libraries as well as OneDrives. */
  sites: z.boolean().default(true),
  /** Read sensitivity labels (one extra call per file: only when the pack maps labels). */
  labels: z.boolean().default(false),
});

const google = z.strictObject({
  type: z.literal('google'),
  /** The Workspace admin the service account impersonates to list users and shared drives. */
  admin_email: z.email(),
  customer: z.string().default('my_customer'),
  /** The Google APIs' root URL: a local fake in tests. */
  root_url: z.url().optional(),
  labels: z.boolean().default(false),
});

const local = z.strictObject({ type: z.literal('local'), path: z.string().min(1) });

/** mamoru's configuration file (MAMORU_CONFIG): sources, schedule, pack, roster. Secrets never go here. */
export const configSchema = z.strictObject({
  policy: z.string().default('kumamoto'),
  roster: z.string().optional(),
  schedule: z
    .strictObject({ scan: cron.optional(), timezone: z.string().default('Asia/Tokyo') })
    .default({ timezone: 'Asia/Tokyo' }),
  scan: z
    .strictObject({
      max_download_mb: z.number().positive().max(200).default(20),
      concurrency: z.number().int().min(1).max(16).default(4),
    })
    .default({ max_download_mb: 20, concurrency: 4 }),
  sources: z.array(z.discriminatedUnion('type', [graph, google, local])).default([]),
  /** Where each school's scan digest goes; files of people not on the roster always go to the board. */
  notify: z
    .strictObject({
      /** principal (学校情報セキュリティ管理者, and delegates) and/or security_staff (学校情報セキュリティ担当者). */
      digest_to: z
        .array(z.enum(['principal', 'security_staff']))
        .min(1)
        .default(['principal']),
      /** The board's security officers (board_security) get every school's digest as well. */
      board_copy: z.boolean().default(false),
    })
    .default({ digest_to: ['principal'], board_copy: false }),
});

export type MamoruConfig = z.infer<typeof configSchema>;
export type SourceConfig = MamoruConfig['sources'][number];

/** The config's `notify` as the store takes it. */
export function digestRouteOf(config: MamoruConfig | undefined): {
  schoolRoles: ('principal' | 'security_staff')[];
  boardCopy: boolean;
} {
  return { schoolRoles: config?.notify.digest_to ?? ['principal'], boardCopy: config?.notify.board_copy ?? false };
}
