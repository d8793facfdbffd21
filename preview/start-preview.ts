// Starts the local preview: the sheet (sample or CSV), the live session, the page and the server.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locale } from '../src/core/i18n/locale';
import { isAmazonReport, loadReport } from './sample/load-report';
import { loadSample } from './sample/load-sample';
import type { SampleSku } from './sample/sample-skus';
import { buildPageAssets } from './server/page-assets';
import { type RunningServer, startPreviewServer } from './server/preview-server';
import { PreviewSession, type SheetLoader } from './server/preview-session';
import { csvCells, loadCsv, readSheetFile, sheetNameFor } from './workbook/load-csv';

export interface PreviewOptions {
  /** The repository (where preview/ and dist/ are); the working directory by default. */
  readonly root?: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** A seller's CSV export to show instead of the sample. */
  readonly csvPath?: string;
  readonly locale: Locale;
  /** Pins TODAY() (tests); the clock otherwise. */
  readonly today?: Date;
  /** Other SKUs for the sample (benchmarks on long sheets). */
  readonly sampleSkus?: readonly SampleSku[];
  /** The sidebar page to serve instead of dist/Sidebar.html (tests build it from src/ui/sidebar). */
  readonly sidebarHtml?: string;
}

export interface RunningPreview {
  readonly server: RunningServer;
  readonly session: PreviewSession;
  /** Rows of the sheet shown (SKUs of the sample, or the CSV's rows). */
  readonly rows: number;
  /** False when dist/Sidebar.html is missing (the add-on then shows its placeholder). */
  readonly sidebarBuilt: boolean;
  close(): Promise<void>;
}

/** Throws CsvProblem when the CSV cannot be shown, before anything listens. */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const root = options.root ?? process.cwd();
  const today = () => options.today ?? new Date();
  let load: SheetLoader;
  let rows: number;
  if (options.csvPath !== undefined) {
    const text = await readSheetFile(options.csvPath);
    if (isAmazonReport(text)) {
      // A report downloaded from Seller Central goes through the add-on's own import.
      const report = { text, fileName: basename(options.csvPath) };
      rows = text.split('\n').length - 1;
      load = (live, locale) => {
        loadReport(live, today(), locale, report);
      };
    } else {
      const cells = csvCells(text);
      const name = sheetNameFor(options.csvPath);
      rows = cells.length;
      load = (live, locale) => {
        loadCsv(live, cells, name, locale);
      };
    }
  } else {
    const skus = options.sampleSkus;
    rows = skus?.length ?? 30;
    load = (live, locale) => {
      loadSample(live, today(), locale, skus);
    };
  }
  const sidebarPath = join(root, 'dist', 'Sidebar.html');
  const sidebarHtml =
    options.sidebarHtml ??
    (existsSync(sidebarPath) ? readFileSync(sidebarPath, 'utf8') : undefined);
  const sidebarBuilt = sidebarHtml !== undefined;
  const htmlFiles = new Map<string, string>();
  // The other pages as built (Settings.html…): each is a project file HtmlService serves by name.
  const dist = join(root, 'dist');
  for (const file of existsSync(dist) ? readdirSync(dist) : []) {
    if (file.endsWith('.html'))
      htmlFiles.set(file.slice(0, -5), readFileSync(join(dist, file), 'utf8'));
  }
  if (sidebarHtml !== undefined) htmlFiles.set('Sidebar', sidebarHtml);
  const [assets, session] = await Promise.all([
    buildPageAssets(root),
    Promise.resolve().then(
      () =>
        new PreviewSession({
          locale: options.locale,
          load,
          source: options.csvPath === undefined ? '' : basename(options.csvPath),
          htmlFiles,
          ...(options.today ? { today: options.today } : {}),
        }),
    ),
  ]);
  const server = await startPreviewServer(session, assets, options.port);
  return { server, session, rows, sidebarBuilt, close: () => server.close() };
}
