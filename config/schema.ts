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

/**
 * Microsoft's resource units per app per tenant for SharePoint and OneDrive, by the tenant's
 * licences ("Avoid getting throttled or blocked in SharePoint Online", 2024; Microsoft may change
 * them): per minute and per 24 hours.
 */
export const GRAPH_QUOTA_BANDS = [
  { upTo: 1_000, per_minute: 1_200, per_day: 1_200_000 },
  { upTo: 5_000, per_minute: 2_400, per_day: 2_400_000 },
  { upTo: 15_000, per_minute: 3_600, per_day: 3_600_000 },
  { upTo: 50_000, per_minute: 4_800, per_day: 4_800_000 },
  { upTo: Number.POSITIVE_INFINITY, per_minute: 6_000, per_day: 6_000_000 },
] as const;

/** Google Drive API queries per project (and per user) per minute; Drive sets no daily limit on them. */
export const GOOGLE_QUOTA = { per_minute: 12_000, per_day: 0 } as const;

/** The part of the service's limit a scan may use: the rest is headroom for retries and other tools. */
export const QUOTA_SHARE = 0.8;

/**
 * A source's budget: `per_minute` and `per_day` in the service's units (Graph resource units,
 * Drive queries; per_day 0 = none), by default the documented limits for the tenant's size
 * (`licences`, Graph) times `share`.
 */
const quota = z
  .strictObject({
    licences: z.number().int().min(0).optional(),
    per_minute: z.number().int().min(1).optional(),
    per_day: z.number().int().min(0).optional(),
    share: z.number().min(0.05).max(1).default(QUOTA_SHARE),
  })
  .default({ share: QUOTA_SHARE });

const graph = z.strictObject({
  type: z.literal('graph'),
  /** Graph's base URL: national clouds, or a local fake in tests. */
  base_url: z.url().default('https://graph.microsoft.com/v1.0'),
  /** Walk SharePoint sites' document libraries as well as OneDrives. */
  sites: z.boolean().default(true),
  /** Read sensitivity labels (one extra call per file: only when the pack maps labels). */
  labels: z.boolean().default(false),
  quota,
});

const google = z.strictObject({
  type: z.literal('google'),
  /** The Workspace admin the service account impersonates to list users and shared drives. */
  admin_email: z.email(),
  customer: z.string().default('my_customer'),
  /** The Google APIs' root URL: a local fake in tests. */
  root_url: z.url().optional(),
  labels: z.boolean().default(false),
  quota,
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

export const SCAN_DEFAULTS = { files_in_flight: 8, job_seconds: 30 };

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
      /** Files read at once by one process (downloads overlap with classification): both cores busy. */
      files_in_flight: z.number().int().min(1).max(64).default(SCAN_DEFAULTS.files_in_flight),
      /**
       * With workers: how long a job may run before pg-boss gives it to another worker. A job
       * stops taking files at half of it, so a killed worker's files are taken back within about
       * this plus pg-boss's maintenance interval (a sixth of it, at most 10 s).
       */
      job_seconds: z.number().int().min(5).max(3600).default(SCAN_DEFAULTS.job_seconds),
      ocr,
    })
    .default({ max_download_mb: 20, concurrency: 4, ...SCAN_DEFAULTS, ocr: OCR_DEFAULTS }),
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
export type QuotaConfig = z.infer<typeof quota>;

/** A source's budget in units per minute and per day (0: none), from its `quota` and the documented defaults. */
export function quotaOf(source: SourceConfig): { per_minute: number; per_day: number; unit: string } {
  if (source.type === 'local') return { per_minute: 0, per_day: 0, unit: '' };
  const q = source.quota;
  const base =
    source.type === 'graph'
      ? (GRAPH_QUOTA_BANDS.find((b) => (q.licences ?? 1_000) <= b.upTo) ?? GRAPH_QUOTA_BANDS[0])
      : GOOGLE_QUOTA;
  return {
    per_minute: q.per_minute ?? Math.max(1, Math.floor(base.per_minute * q.share)),
    per_day: q.per_day ?? Math.floor(base.per_day * q.share),
    unit: source.type === 'graph' ? 'resource units' : 'queries',
  };
}

/** The config's `notify` as the store takes it. */
export function digestRouteOf(config: MamoruConfig | undefined): {
  schoolRoles: ('principal' | 'security_staff')[];
  boardCopy: boolean;
} {
  return { schoolRoles: config?.notify.digest_to ?? ['principal'], boardCopy: config?.notify.board_copy ?? false };
}
