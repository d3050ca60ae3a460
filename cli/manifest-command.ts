import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage, MANIFEST_SCHEMA_VERSION, ManifestError, templateDir } from '../manifest/index.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';

export const MANIFEST_HELP = `使い方 (usage):
  npx mamoru manifest [--out FILE] [--app-id GUID] [--template DIR]

  Teams にアップロードするアプリパッケージ (zip) を作ります (builds the Teams app package):
  manifest.json, color.png, outline.png, en.json — マニフェスト v${MANIFEST_SCHEMA_VERSION} のスキーマで検証済み
  --out FILE       出力先 (default mamoru-teams.zip)
  --app-id GUID    ボットの Entra アプリ ID。既定は環境変数 MicrosoftAppId (the bot's app id)
  --template DIR   テンプレートのフォルダ (default: mamoru's manifest/)
`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `mamoru manifest`: fills the manifest template with the bot's app id, validates it offline, writes the zip. */
export async function manifestCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'mamoru-teams.zip' },
      'app-id': { type: 'string' },
      template: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(MANIFEST_HELP);
    return EXIT.ok;
  }
  const appId = appIdFrom(values['app-id']);
  try {
    const pkg = await buildAppPackage({ dir: values.template ? resolve(values.template) : templateDir(), appId });
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pkg.zip);
    io.stdout(
      `Teams アプリパッケージを作りました (wrote the Teams app package): ${values.out}\n  ${pkg.entries.join(', ')}; app id ${appId}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    io.stderr(
      `マニフェストのテンプレートに誤りがあるため、パッケージを作れません (Teams manifest schema v${MANIFEST_SCHEMA_VERSION}):\n${error.message}\n`,
    );
    return EXIT.input;
  }
}

function appIdFrom(option: string | undefined): string {
  const appId = (option ?? commandConfig().teams.appId ?? '').trim();
  const source = option === undefined ? '環境変数 MicrosoftAppId (environment variable)' : '--app-id';
  if (appId === '') {
    throw new UsageError(
      'ボットのアプリ ID がありません。環境変数 MicrosoftAppId を設定するか --app-id で指定してください (no app id: set MicrosoftAppId or pass --app-id with the Entra app id of the bot, a GUID).',
    );
  }
  if (!GUID.test(appId)) {
    throw new UsageError(
      `${source} の値「${appId}」は GUID ではありません。Azure Bot の「Microsoft App ID」を指定してください (the app id must be a GUID such as 12345678-abcd-4ef0-9abc-1234567890ab).`,
    );
  }
  return appId;
}
