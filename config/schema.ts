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

/** OCR of images and scanned PDFs (tesseract jpn+eng): how much time and how many pages it may take. */
export const OCR_DEFAULTS = { enabled: true, seconds_per_file: 60, seconds_per_scan: 1800, max_pages: 20 };
const ocr = z
  .strictObject({
    enabled: z.boolean().default(OCR_DEFAULTS.enabled),
    /** One file's OCR (all its pages and images): past it, the file is "cannot inspect". */
    seconds_per_file: z.number().positive().max(600).default(OCR_DEFAULTS.seconds_per_file),
    /** A whole scan's OCR: once spent, images and scanned PDFs are "cannot inspect" until the next scan. */
    seconds_per_scan: z.number().min(0).max(86_400).default(OCR_DEFAULTS.seconds_per_scan),
    /** Pages of one scanned PDF read; a longer one is "cannot inspect" unless the pages read decide. */
    max_pages: z.number().int().min(1).max(300).default(OCR_DEFAULTS.max_pages),
  })
  .default(OCR_DEFAULTS);

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
      ocr,
    })
    .default({ max_download_mb: 20, concurrency: 4, ocr: OCR_DEFAULTS }),
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
export type OcrConfig = MamoruConfig['scan']['ocr'];

/** The config's `notify` as the store takes it. */
export function digestRouteOf(config: MamoruConfig | undefined): {
  schoolRoles: ('principal' | 'security_staff')[];
  boardCopy: boolean;
} {
  return { schoolRoles: config?.notify.digest_to ?? ['principal'], boardCopy: config?.notify.board_copy ?? false };
}
