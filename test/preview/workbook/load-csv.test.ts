// A seller's CSV in the preview: clear messages for files that cannot be read, the add-on on the rest.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSheetRows } from '../../../preview/sample/sample-sheet';
import { FIFTEEN_DAYS_SKU } from '../../../preview/sample/sample-skus';
import { formatValue } from '../../../preview/server/format-value';
import { GridWindows } from '../../../preview/workbook/grid-window';
import { LiveWorkbook } from '../../../preview/workbook/live-workbook';
import { CsvProblem, loadCsv, readCsvFile, sheetNameFor } from '../../../preview/workbook/load-csv';
import { templateColumn } from '../../../src/addon/replenishment-sheet/template-plan';
import { DEFAULT_COLOURS } from '../../../src/core/settings/settings';
import { sampleRow } from '../sample-cells';

const TODAY = new Date(2026, 10, 26);
const dir = mkdtempSync(join(tmpdir(), 'preview-csv-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A CSV as Sheets exports one: values only, dates as yyyy-mm-dd, formulas gone. */
function csvOf(rows: readonly (readonly unknown[])[]): string {
  return rows
    .map((row) =>
      row
        .map((value) => {
          const text =
            value instanceof Date ? formatValue(value, 'yyyy-mm-dd') : String(value ?? '');
          return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(','),
    )
    .join('\n');
}

async function problem(path: string): Promise<CsvProblem> {
  try {
    await readCsvFile(path);
  } catch (error) {
    if (error instanceof CsvProblem) return error;
    throw error;
  }
  throw new Error('no problem reported');
}

describe('readCsvFile', () => {
  it('names a missing file and where it was looked for', async () => {
    const error = await problem(join(dir, 'nope.csv'));
    expect(error.key).toBe('csvMissing');
    expect(error.params.file).toContain('nope.csv');
  });

  it('tells an empty file and a file that is not CSV apart', async () => {
    expect((await problem(file('empty.csv', ' \n'))).key).toBe('csvEmpty');
    expect((await problem(file('sheet.xlsx', 'PK\u0003\u0004'))).key).toBe('csvNotCsv');
    expect((await problem(dir)).key).toBe('csvUnreadable');
  });

  it('reads fields into cells as Sheets imports them', async () => {
    const rows = await readCsvFile(file('mine.csv', 'SKU,Stock,ETA\nA-1,"1,200",2026-12-01\n'));
    expect(rows).toEqual([
      ['SKU', 'Stock', 'ETA'],
      ['A-1', 1200, new Date(2026, 11, 1)],
    ]);
    expect(sheetNameFor('/x/my sheet.csv')).toBe('my sheet');
  });
});

describe('loadCsv', () => {
  it('puts the template’s formulas back into an export of the template, and colours it', async () => {
    // An export: computed columns hold their last values (here blank), dates are text.
    const exported = sampleSheetRows(TODAY).map((row) =>
      row.map((value) => (typeof value === 'string' && value.startsWith('=') ? '' : value)),
    );
    const rows = await readCsvFile(file('export.csv', csvOf(exported)));
    const live = new LiveWorkbook({ userLocale: 'en', today: TODAY });
    const name = loadCsv(live, rows, 'export', 'en');
    const sheet = live.world.spreadsheet.sheet(name);
    expect(live.world.spreadsheet.sheetNames()).toEqual(['export']);
    const row = sampleRow(FIFTEEN_DAYS_SKU);
    expect(live.valueAt(sheet, row, templateColumn('onHandCover'))).toBe(15);
    const grid = new GridWindows(live.sync.engine).window(sheet, name, row - 1, row, 1);
    expect(grid.rows[0]?.[templateColumn('onHandCover') - 1]).toMatchObject({
      t: '15.0',
      bg: DEFAULT_COLOURS.airFreight,
    });
  });

  it('loads any other CSV as it is', async () => {
    const rows = await readCsvFile(file('other.csv', 'Item,Qty\nMug,3\nBowl,=B2*2\n'));
    const live = new LiveWorkbook({ userLocale: 'en', today: TODAY });
    const name = loadCsv(live, rows, 'other', 'en');
    const sheet = live.world.spreadsheet.sheet(name);
    expect(live.valueAt(sheet, 3, 2)).toBe(6);
    expect(sheet.rulesUncounted()).toHaveLength(0);
  });
});
