// Inserting the replenishment sheet: free names, one formula per computed column, checks.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { columnLetter } from '../../../src/addon/platform/column-letter';
import { markedTarget } from '../../../src/addon/platform/marked-colour-rules';
import { storeSettings } from '../../../src/addon/platform/settings-store';
import { REPLENISHMENT_COLUMNS } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';

const letterOf = (key: string) =>
  columnLetter(REPLENISHMENT_COLUMNS.findIndex((c) => c.key === key) + 1);

describe('insertReplenishmentSheet', () => {
  it('inserts a new sheet each time under a free name, overwriting nothing', () => {
    const world = createFakeWorld({ sheets: ['Sheet1', 'Replenishment'] });
    const mine = world.spreadsheet.sheet('Replenishment');
    mine.seed([
      ['my', 'own'],
      ['data', 42],
    ]);
    mine.setConditionalFormatRules([]);

    const first = insertReplenishmentSheet(world.services);
    const second = insertReplenishmentSheet(world.services);
    expect(first.name).toBe('Replenishment 2');
    expect(second.name).toBe('Replenishment 3');
    expect(world.spreadsheet.sheetNames()).toEqual([
      'Sheet1',
      'Replenishment',
      'Replenishment 2',
      'Replenishment 3',
    ]);
    expect(mine.valuesUncounted()).toEqual([
      ['my', 'own'],
      ['data', 42],
    ]);
    expect(mine.formulaCells()).toEqual([]);
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe('Replenishment 3');
  });

  it('writes one array formula per computed column, in the first data row only', () => {
    const world = createFakeWorld();
    const { name } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    const computed = REPLENISHMENT_COLUMNS.filter((c) => c.kind === 'computed');
    // The worked-out columns, in sheet order.
    const expected = [
      'daysToArrival historyRate weeklySd seasonalFactor dailySales salesBasis',
      'orderCycle safetyUsed onHandCover coverDays coverFlag reorderQty orderBy',
      'stockoutGap phase daysSinceRestock',
    ].flatMap((line) => line.split(' '));
    expect(computed.map((c) => c.key)).toEqual(expected);
    const cells = sheet.formulaCells();
    // Without a Sales-history sheet the three DEMAND_STATS columns stay empty.
    const stats = ['historyRate', 'weeklySd', 'seasonalFactor'];
    for (const key of stats) {
      expect(cells.filter(([a1]) => a1.replace(/\d+/, '') === letterOf(key))).toEqual([]);
    }
    for (const column of computed.filter((c) => !stats.includes(c.key))) {
      const inColumn = cells.filter(([a1]) => a1.replace(/\d+/, '') === letterOf(column.key));
      expect(inColumn, column.key).toHaveLength(1);
      expect(inColumn[0]?.[0], column.key).toBe(`${letterOf(column.key)}2`);
    }
    // The only other formulas are the example dates (=TODAY()±n) in the two date input columns.
    const others = cells.filter(([a1]) => !computed.some((c) => a1 === `${letterOf(c.key)}2`));
    const l = letterOf;
    expect(others.every(([, f]) => /^=TODAY\(\)[+-]\d+$/.test(f))).toBe(true);
    expect(new Set(others.map(([a1]) => a1.replace(/\d+/, '')))).toEqual(
      new Set([letterOf('nextArrival'), letterOf('lastRestock')]),
    );
    expect(sheet.cell(`${l('coverDays')}2`).formula).toBe(
      `=COVER_DAYS(D2:D, ${l('dailySales')}2:${l('dailySales')}, E2:E)`,
    );
    expect(sheet.cell(`${l('onHandCover')}2`).formula).toBe(
      `=COVER_DAYS(D2:D, ${l('dailySales')}2:${l('dailySales')})`,
    );
    expect(sheet.cell(`${letterOf('daysToArrival')}2`).formula).toBe(
      '=ARRAYFORMULA(IF(F2:F="", "", F2:F-TODAY()))',
    );
    const sales = `${l('dailySales')}2:${l('dailySales')}`;
    const since = `${l('daysSinceRestock')}2:${l('daysSinceRestock')}`;
    expect(sheet.cell(`${l('phase')}2`).formula).toBe(
      `=STOCKOUT_PHASE(D2:D, ${sales}, G2:G, ${since}, 75, 30)`,
    );
  });

  it('costs a fixed number of calls: one per computed column, not one per row', () => {
    const world = createFakeWorld();
    insertReplenishmentSheet(world.services);
    expect(world.calls.count('Range.setFormula')).toBe(13);
    expect(world.calls.count('Range.setValues')).toBe(2);
    console.info(`insert calls: ${world.calls.count()}`);
  });

  it('freezes the header, notes every column, formats and checks the inputs', () => {
    const world = createFakeWorld();
    const { name } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.frozenUncounted()).toEqual({ rows: 1, columns: 1 });
    REPLENISHMENT_COLUMNS.forEach((column, i) => {
      const header = sheet.cell(`${columnLetter(i + 1)}1`);
      expect(header.value).toBe(column.header.en);
      expect(header.note.length, column.key).toBeGreaterThan(10);
      expect(header.fontWeight).toBe('bold');
    });
    const l = letterOf;
    expect(sheet.cell(`${l('onHandCover')}1`).note).toContain('≤ 20 yellow');
    expect(sheet.cell(`${l('onHandCover')}500`).numberFormat).toBe('0.0');
    expect(sheet.cell(`${l('orderBy')}500`).numberFormat).toBe('yyyy-mm-dd');
    expect(sheet.cell('F900').numberFormat).toBe('yyyy-mm-dd');
    expect(sheet.cell('A3').numberFormat).toBe('@');

    // Typing into input columns as a person would: negatives are rejected.
    expect(sheet.typeInto('D20', -5)).toBe(false);
    expect(sheet.cell('D20').value).toBe('');
    expect(sheet.typeInto('D20', 120)).toBe(true);
    expect(sheet.typeInto('E20', -1)).toBe(false);
    expect(sheet.typeInto(`${l('price')}20`, '-9.99')).toBe(false);
    expect(sheet.typeInto(`${l('casePack')}20`, 0)).toBe(false);
    // R8: the ship mode is one of the four words.
    expect(sheet.typeInto(`${l('shipMode')}20`, 'boat')).toBe(false);
    expect(sheet.typeInto(`${l('shipMode')}20`, 'rail')).toBe(true);
    expect(sheet.typeInto('F20', 'next week')).toBe(false);
    expect(sheet.typeInto('F20', new Date(2025, 2, 31))).toBe(true);
    expect(sheet.cell('D20').validation?.describe().helpText).toBe('Enter a number of 0 or more.');
    // Computed columns and text columns carry no validation.
    for (const key of ['coverDays', 'phase', 'sku', 'notes']) {
      expect(sheet.cell(`${l(key)}20`).validation, key).toBeNull();
    }
  });

  it('adds clearly marked example rows and colours the new sheet at once', () => {
    const world = createFakeWorld();
    const inserted = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(inserted.name);
    const skus = sheet
      .valuesUncounted()
      .slice(1)
      .map((row) => row[0]);
    expect(skus.length).toBeGreaterThanOrEqual(4);
    expect(skus.every((sku) => String(sku).startsWith('EXAMPLE-'))).toBe(true);
    expect(inserted.rules.added).toBe(10);
    expect(
      sheet.rulesUncounted().map((r) => markedTarget(r.describe().criteria?.values[0])),
    ).toEqual([
      'cover',
      'cover',
      'cover',
      'cover',
      'phase',
      'phase',
      'phase',
      'phase',
      'flag',
      'flag',
    ]);
    // The cover bands colour the on-hand cover (inbound excluded), not the total cover.
    const coverRanges = sheet.rulesUncounted()[0]?.describe().ranges;
    expect(coverRanges?.[0]).toContain(`${letterOf('onHandCover')}2:`);
    expect(world.spreadsheet.toasts.at(-1)?.message).toContain('Rows 2–7 are examples');
  });

  it('writes headers, notes and examples in Chinese for a Chinese user', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const { name } = insertReplenishmentSheet(world.services);
    expect(name).toBe('补货表');
    const sheet = world.spreadsheet.sheet(name);
    const headers = sheet.valuesUncounted()[0];
    expect(headers).toEqual(REPLENISHMENT_COLUMNS.map((c) => c.header['zh-CN']));
    expect(headers).toContain('在库可售天数');
    expect(sheet.cell(`${letterOf('onHandCover')}1`).note).toContain('≤ 20 天黄色');
    expect(String(sheet.cell(`${letterOf('notes')}2`).value)).toContain('示例');
    expect(sheet.cell(`${letterOf('salesBasis')}2`).formula).toContain('"7/14/30 天混合"');
    expect(world.spreadsheet.toasts.at(-1)?.message).toContain('已插入「补货表」');
  });

  it('takes its defaults from the settings', () => {
    const world = createFakeWorld();
    storeSettings(world.properties, world.lock, {
      ...DEFAULT_SETTINGS,
      cycleDays: 45,
      safetyDays: 21,
      alertDays: 60,
      salesWeights: [0.6, 0.3, 0.1],
    });
    const { name } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    const l = letterOf;
    expect(sheet.cell(`${l('dailySales')}2`).formula).toContain(
      'DAILY_SALES(H2:H, I2:I, J2:J, K2:K, L2:L, {0.6,0.3,0.1})',
    );
    expect(sheet.cell(`${l('safetyUsed')}2`).formula).toContain(', 21)');
    expect(sheet.cell(`${l('phase')}2`).formula).toContain(', 60, 30)');
    // Cycle and safety days are left blank on the examples, so they follow the settings.
    expect(sheet.cell(`${l('cycleDays')}3`).value).toBe('');
    expect(sheet.cell(`${l('safetyDays')}3`).value).toBe('');
    expect(sheet.cell(`${l('safetyDays')}1`).note).toContain('else 21');
  });
});
