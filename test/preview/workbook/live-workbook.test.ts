// The add-on's services over the in-memory spreadsheet, made live by the engine.

import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../preview/sample/load-sample';
import { HEALTHY_SKU, SIXTY_DAYS_SKU } from '../../../preview/sample/sample-skus';
import { LiveWorkbook } from '../../../preview/workbook/live-workbook';
import type { SpreadsheetAppLike } from '../../../src/addon/platform/services/spreadsheet-service';
import { sampleCell } from '../sample-cells';

const TODAY = new Date(2026, 10, 26);

function sample() {
  const live = new LiveWorkbook({ userLocale: 'en', today: TODAY });
  loadSample(live, TODAY, 'en');
  const app = live.globals.SpreadsheetApp as SpreadsheetAppLike;
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  return { live, app, sheet };
}

describe('LiveWorkbook', () => {
  it('gives the add-on computed values, spilled rows included, as getValues does in Sheets', () => {
    const { sheet } = sample();
    const cover = sheet.getRange(sampleCell(SIXTY_DAYS_SKU, 'coverDays')).getValues();
    expect(cover).toEqual([[60]]);
    // Row 2 holds the array formula; the rows below only show its spilled values.
    expect(sheet.getRange(sampleCell(SIXTY_DAYS_SKU, 'coverDays')).getFormulas()).toEqual([['']]);
    expect(sheet.getRange(sampleCell(HEALTHY_SKU, 'phase')).getValues()).toEqual([['HEALTHY']]);
    const arrival = sheet.getRange(sampleCell(SIXTY_DAYS_SKU, 'nextArrival')).getValues()[0]?.[0];
    expect(arrival).toBeInstanceOf(Date);
  });

  it('sends the add-on’s writes to the engine before its next read', () => {
    const { sheet } = sample();
    sheet.getRange(sampleCell(HEALTHY_SKU, 'fbaStock')).setValues([[0]]);
    expect(sheet.getRange(sampleCell(HEALTHY_SKU, 'phase')).getValues()).toEqual([
      ['OUT_OF_STOCK'],
    ]);
    sheet.getRange('Z2').setFormula('=COVER_DAYS(100, 5)');
    expect(sheet.getRange('Z2').getValues()).toEqual([[20]]);
  });

  it('formats display values with the cell’s number format', () => {
    const { sheet } = sample();
    const range = sheet.getRange(sampleCell(SIXTY_DAYS_SKU, 'coverDays')) as unknown as {
      getDisplayValues(): string[][];
    };
    expect(range.getDisplayValues()).toEqual([['60.0']]);
  });

  it('hands the in-memory objects, not their wrappers, to the in-memory spreadsheet', () => {
    const { app, sheet } = sample();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="x"')
      .setBackground('#000000')
      .setRanges([sheet.getRange('A2:A')])
      .build();
    expect(() =>
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]),
    ).not.toThrow();
  });

  it('calls the add-on’s globals with its services in place of Apps Script’s, then restores them', () => {
    const { live } = sample();
    const scope = globalThis as Record<string, unknown>;
    expect(scope.SpreadsheetApp).toBeUndefined();
    const { value, wrote } = live.callGlobal('COVER_DAYS', [100, 5]);
    expect(value).toBe(20);
    expect(wrote).toBe(false);
    expect(live.callGlobal('refreshColourRules').wrote).toBe(true);
    expect(scope.SpreadsheetApp).toBeUndefined();
    expect(() => live.callGlobal('noSuchGlobal')).toThrow(
      'Script function not found: noSuchGlobal',
    );
  });
});
