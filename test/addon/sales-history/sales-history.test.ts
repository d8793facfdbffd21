// R5: the Sales-history sheet as inserted, and the menu action that writes DEMAND_STATS' figures
// for the whole history into a Demand sheet, in a fixed number of Apps Script calls.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { DEMAND_STATS } from '../../../src/addon/custom-functions/catalog';
import { runCustomFunction } from '../../../src/addon/custom-functions/run-custom-function';
import { insertSalesHistorySheet } from '../../../src/addon/sales-history/insert-sales-history-sheet';
import { workOutDemand } from '../../../src/addon/sales-history/work-out-demand';

const HEADERS = ['Date', 'SKU', 'Units sold', 'Units available'];

/** `days` days of `skus` SKUs ending 2026-11-30, as ISO dates: SKU-i sells i + 1 a day. */
function historyRows(skus: number, days: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2026, 10, 30 - days + 1 + d)).toISOString().slice(0, 10);
    for (let s = 0; s < skus; s++) rows.push([date, `SKU-${s}`, s + 1, 100]);
  }
  return rows;
}

function worldWithHistory(rows: unknown[][], options: { userLocale?: string } = {}) {
  const world = createFakeWorld({ sheets: ['Sales history'], ...options });
  world.spreadsheet.sheet('Sales history').seed([HEADERS, ...rows]);
  return world;
}

describe('insertSalesHistorySheet', () => {
  it('inserts the four headers with notes, formats, checks and example rows, over no sheet', () => {
    const world = createFakeWorld({ sheets: ['Sales history'] });
    const { name, message } = insertSalesHistorySheet(world.services);
    expect(name).toBe('Sales history 2');
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.valuesUncounted()[0]).toEqual(HEADERS);
    expect(sheet.cell('D1').note).toMatch(/end of the day/);
    expect(sheet.cell('A2').formula).toBe('=TODAY()-7');
    expect(sheet.cell('B2').value).toBe('EXAMPLE-MUG');
    expect(sheet.cell('A50').numberFormat).toBe('yyyy-mm-dd');
    expect(sheet.cell('C50').numberFormat).toBe('0');
    expect(sheet.typeInto('C20', -3)).toBe(false);
    expect(sheet.typeInto('C20', 4)).toBe(true);
    expect(sheet.typeInto('D20', -1)).toBe(false);
    expect(sheet.frozenUncounted().rows).toBe(1);
    expect(message).toMatch(/Rows 2–8 are examples/);
  });

  it('uses the Chinese headers the report import writes by, for a Chinese user', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const { name } = insertSalesHistorySheet(world.services);
    expect(name).toBe('销售历史');
    expect(world.spreadsheet.sheet(name).valuesUncounted()[0]).toEqual([
      '日期',
      'SKU',
      '销量',
      '日末可售库存',
    ]);
  });
});

describe('workOutDemand', () => {
  it('writes each SKU’s figures as DEMAND_STATS gives them, with the as-of date', () => {
    const rows = historyRows(3, 30);
    const world = worldWithHistory(rows);
    const written = workOutDemand(world.services);
    expect(written.sheet).toBe('Demand');
    const values = world.spreadsheet.sheet('Demand').valuesUncounted();
    expect(values[0]).toEqual([
      'SKU',
      'Daily rate (in stock)',
      'Weekly sd',
      'Seasonal factor',
      'As of',
    ]);
    const formula = runCustomFunction(DEMAND_STATS, [
      [['SKU-0'], ['SKU-1'], ['SKU-2']],
      rows,
    ]) as unknown[][];
    expect(values.slice(1, 4)).toEqual(
      ['SKU-0', 'SKU-1', 'SKU-2'].map((sku, i) => [sku, ...(formula[i] ?? []), '2026-12-01']),
    );
    expect(written.message).toBe(
      "Worked out demand for 3 SKUs from 'Sales history' (90 rows, as of 2026-12-01) into 'Demand'.",
    );
  });

  it('costs the same Apps Script calls for 10 rows as for 20,000', () => {
    const calls = (rows: unknown[][]) => {
      const world = worldWithHistory(rows);
      world.calls.reset();
      workOutDemand(world.services);
      return world.calls.count();
    };
    const small = calls(historyRows(1, 10));
    expect(calls(historyRows(200, 100))).toBe(small);
    const world = worldWithHistory(historyRows(200, 100));
    world.calls.reset();
    workOutDemand(world.services);
    expect(world.calls.count('Range.getValues')).toBeLessThanOrEqual(4);
    expect(world.calls.count('Range.setValues')).toBe(2);
  });

  it('rewrites its own Demand sheet the next time, leaving no stale row and the user’s columns', () => {
    const world = worldWithHistory(historyRows(3, 14));
    workOutDemand(world.services);
    const demand = world.spreadsheet.sheet('Demand');
    demand.seed([['my note']], 2, 6);
    // The history now holds two SKUs: SKU-2's rows are cleared.
    const blanks = Array.from({ length: 14 }, () => ['', '', '', '']);
    world.spreadsheet.sheet('Sales history').seed([HEADERS, ...historyRows(2, 14), ...blanks]);
    const again = workOutDemand(world.services);
    expect(again.sheet).toBe('Demand');
    expect(again.skus).toBe(2);
    const values = demand.valuesUncounted();
    // The third row, SKU-2's before, is blank now (the fake drops trailing blank rows).
    expect(values.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['SKU-0', expect.any(Number), expect.any(Number), 1, '2026-12-01'],
      ['SKU-1', expect.any(Number), expect.any(Number), 1, '2026-12-01'],
    ]);
    expect(values[1]?.[5]).toBe('my note');
  });

  it('never writes over a Demand sheet of the user’s own', () => {
    const world = worldWithHistory(historyRows(1, 7));
    world.spreadsheet
      .insertSheet('Demand')
      .getRange(1, 1, 1, 2)
      .setValues([['Week', 'Forecast']]);
    const written = workOutDemand(world.services);
    expect(written.sheet).toBe('Demand 2');
    expect(world.spreadsheet.sheet('Demand').valuesUncounted()).toEqual([['Week', 'Forecast']]);
  });

  it('says what is missing: no sales-history sheet, no rows, unreadable rows', () => {
    const none = createFakeWorld({ sheets: ['Stock'] });
    expect(workOutDemand(none.services).message).toMatch(/No sales-history sheet found/);
    const empty = worldWithHistory([]);
    expect(workOutDemand(empty.services).message).toMatch(
      /has no rows with a date, SKU and units sold/,
    );
    const bad = worldWithHistory([
      ['2026-11-29', 'MUG', 3, 10],
      ['2026-11-30', 'MUG', 'many', 10],
      ['2026-11-30', '', 3, 10],
    ]);
    const written = workOutDemand(bad.services);
    expect(written.message).toMatch(/Worked out demand for 1 SKUs/);
    expect(written.message).toMatch(/1 rows without a date, SKU or units sold were skipped/);
    expect(written.message).toMatch(/row 3: Units sold must be a number, got 'many'/);
  });

  it('speaks Chinese to a Chinese user and finds the Chinese headers', () => {
    const world = createFakeWorld({ sheets: ['销售历史'], userLocale: 'zh_CN' });
    world.spreadsheet
      .sheet('销售历史')
      .seed([['日期', 'SKU', '销量', '日末可售库存'], ...historyRows(1, 7)]);
    const written = workOutDemand(world.services);
    expect(written.sheet).toBe('需求');
    expect(written.message).toMatch(/计算 1 个 SKU 的需求/);
  });
});
