// Fills a live workbook with the sample: the add-on's own template, then the sample SKUs in it.

import type { FakeSheet } from '../../fakes/fake-sheet';
import { exampleRows } from '../../src/addon/replenishment-sheet/example-rows';
import { REPLENISHMENT_COLUMNS } from '../../src/addon/replenishment-sheet/replenishment-columns';
import { FIRST_DATA_ROW, templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import type { Locale } from '../../src/core/i18n/locale';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import type { LiveWorkbook } from '../workbook/live-workbook';
import { loadSampleLogs } from './sample-logs';
import { sampleInputs } from './sample-sheet';
import { SAMPLE_SKUS, type SampleSku } from './sample-skus';

/**
 * Runs the add-on's "Insert replenishment sheet" (headers, notes, formats, input checks, array
 * formulas, colour rules: all the real adapter code), replaces its example rows with the sample
 * SKUs, and removes the spreadsheet's empty first sheet. Returns the sheet's name.
 */
export function loadSample(
  live: LiveWorkbook,
  today: Date,
  locale: Locale,
  skus: readonly SampleSku[] = SAMPLE_SKUS,
): string {
  return live.deferSync(() => fill(live, today, locale, skus));
}

function fill(live: LiveWorkbook, today: Date, locale: Locale, skus: readonly SampleSku[]): string {
  const { spreadsheet, ui } = live.world;
  const blank = spreadsheet.sheetNames();
  live.callGlobal('insertReplenishmentSheet');
  const sheet = spreadsheet.activeSheetUncounted();
  if (blank.includes(sheet.nameUncounted())) {
    throw new Error(ui.ui.alerts.at(-1) ?? 'the replenishment sheet was not inserted');
  }
  const templateRows = sheet.sizeUncounted().rows;
  const inputs = REPLENISHMENT_COLUMNS.filter((c) => c.kind === 'input').map((c) => ({
    key: c.key,
    column: templateColumn(c.key),
  }));
  // Sample rows over the template's example rows; example rows beyond the sample are cleared.
  const rows = Math.max(skus.length, exampleRows(DEFAULT_SETTINGS).length);
  for (let i = 0; i < rows; i++) {
    const sku = skus[i];
    const values = sku === undefined ? {} : sampleInputs(sku, today, locale);
    for (const { key, column } of inputs) {
      sheet.seed([[values[key] ?? '']], FIRST_DATA_ROW + i, column);
    }
  }
  inheritFormats(sheet, templateRows);
  for (const name of blank) spreadsheet.deleteSheet(spreadsheet.sheet(name));
  // The shipments and keyword-rank sheets, with logs that match these SKUs.
  loadSampleLogs(live, sheet, today, locale, skus);
  spreadsheet.select(`A${FIRST_DATA_ROW}`, sheet.nameUncounted());
  // The load is not something the person did: no toast for it.
  spreadsheet.toasts.length = 0;
  live.markChanged();
  return sheet.nameUncounted();
}

/**
 * Rows added below the template's (a long sample) take the first data row's number format and
 * input check, as rows added at the end of a sheet do in Sheets.
 */
function inheritFormats(sheet: FakeSheet, templateRows: number): void {
  const { rows, columns } = sheet.sizeUncounted();
  for (let column = 1; column <= columns; column++) {
    const model = sheet.cellAt(FIRST_DATA_ROW, column);
    if (model === undefined || (model.numberFormat === undefined && model.validation === null))
      continue;
    for (let row = templateRows + 1; row <= rows; row++) {
      const cell = sheet.cellFor(row, column);
      cell.numberFormat = model.numberFormat;
      cell.validation = model.validation;
    }
  }
}
