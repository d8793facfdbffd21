// `npm start`: starts the preview on PORT (8080) with the sample, or `npm start -- my-sheet.csv`.

import { MENU_MESSAGES } from '../src/addon/platform/feature-kit/menu-messages';
import { formatMessage, LOCALES } from '../src/core/i18n/locale';
import { startLocale } from './server/preview-session';
import { SERVER_MESSAGES, type ServerMessageKey } from './server/server-messages';
import { startPreview } from './start-preview';
import { CsvProblem } from './workbook/load-csv';

const DEFAULT_PORT = 8080;

/** Each line in both languages: the console is read before anyone picks one. */
function say(key: ServerMessageKey, params: Record<string, string | number> = {}, error = false) {
  for (const locale of LOCALES) {
    const product = MENU_MESSAGES[locale].productName;
    const line = formatMessage(SERVER_MESSAGES[locale][key], { product, ...params });
    if (error) console.error(line);
    else console.log(line);
  }
}

async function main(): Promise<number> {
  const portText = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText.trim()) || port > 65_535) {
    say('badPort', { port: portText }, true);
    return 2;
  }
  const csvPath = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  try {
    const preview = await startPreview({
      port,
      locale: startLocale(process.env),
      ...(csvPath ? { csvPath } : {}),
    });
    // Since the process started (performance.now()'s origin): bundling and loading included.
    const ms = Math.round(performance.now());
    say('ready', { url: preview.server.url, ms });
    if (csvPath) say('loadedCsv', { file: csvPath, rows: preview.rows });
    else say('loadedSample', { rows: preview.rows });
    if (!preview.sidebarBuilt) say('noSidebar');
    say('openHint');
    say('stopHint');
    const stop = () => {
      void preview.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (error) {
    if (error instanceof CsvProblem) {
      say(error.key, error.params, true);
      return 1;
    }
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      say('portBusy', { port }, true);
      return 1;
    }
    say('startFailed', { reason: error instanceof Error ? error.message : String(error) }, true);
    return 1;
  }
}

void main().then((code) => {
  if (code >= 0) process.exit(code);
});
