// R1, R5–R11: what the inserted replenishment sheet's formulas compute, through the preview's
// engine: daily sales from the history or the blend, the cycle from its legs plus the review
// period, safety days from the weekly sd, the order-by date, on-hand and total cover and the flag.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { insertSalesHistorySheet } from '../../../src/addon/sales-history/insert-sales-history-sheet';
import { safetyDays } from '../../../src/core/forecast/safety-days';
import { reorderQty } from '../../../src/core/reorder-qty';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { compute, rep, todayPlusSerial } from '../shipments/shipments-world';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';

const ROW = {
  'EXAMPLE-AIR': 2,
  'EXAMPLE-SEA': 3,
  'EXAMPLE-OUT': 4,
  'EXAMPLE-RECOVERY': 5,
  'EXAMPLE-HEALTHY': 6,
  'EXAMPLE-OVERSTOCK': 7,
} as const;
type Sku = keyof typeof ROW;

function insertedSheet(withHistory: boolean) {
  const world = createFakeWorld();
  if (withHistory) insertSalesHistorySheet(world.services);
  const name = insertReplenishmentSheet(world.services).name;
  const book = compute(world);
  const cell = (key: string, sku: Sku) => book.value(name, `${rep(key)}${ROW[sku]}`);
  return { world, name, book, cell };
}

const s = DEFAULT_SETTINGS;
const SEA_CYCLE = s.productionDays + s.seaTransitDays + s.checkInDays;

describe('the replenishment sheet’s formulas', () => {
  it('build the cycle from the ship mode’s legs plus the review period; a typed cycle replaces the legs', () => {
    const { cell } = insertedSheet(false);
    expect(SEA_CYCLE).toBe(s.cycleDays); // the legs' sea total is the playbook's 60 days
    expect(cell('orderCycle', 'EXAMPLE-SEA')).toBe(SEA_CYCLE + s.reviewDays);
    expect(cell('orderCycle', 'EXAMPLE-AIR')).toBe(
      s.productionDays + s.airTransitDays + s.reviewDays,
    );
    expect(cell('orderCycle', 'EXAMPLE-RECOVERY')).toBe(45 + s.reviewDays); // typed 45
  });

  it('use the blend without a sales history, and say so', () => {
    const { cell } = insertedSheet(false);
    expect(cell('dailySales', 'EXAMPLE-SEA')).toBe(10);
    expect(cell('salesBasis', 'EXAMPLE-SEA')).toBe('7/14/30 blend');
    expect(cell('historyRate', 'EXAMPLE-SEA')).toBe('');
    // No weekly sd: the default safety days; a typed value wins.
    expect(cell('safetyUsed', 'EXAMPLE-SEA')).toBe(s.safetyDays);
    expect(cell('safetyUsed', 'EXAMPLE-RECOVERY')).toBe(21);
  });

  it('work out the reorder quantity and the order-by date from the cycle and safety days used', () => {
    const { cell } = insertedSheet(false);
    // EXAMPLE-AIR: 10/day × (37 + 14) − 150 on hand − 0 inbound = 360, cartons of 20.
    expect(cell('reorderQty', 'EXAMPLE-AIR')).toBe(
      reorderQty({
        dailySales: 10,
        cycleDays: 37,
        safetyDays: 14,
        fbaStock: 150,
        inbound: 0,
        casePack: 20,
      }),
    );
    expect(cell('reorderQty', 'EXAMPLE-AIR')).toBe(360);
    // EXAMPLE-SEA: today + floor(700 / 10 − 14 − 67) = 11 days ago: overdue.
    expect(cell('orderBy', 'EXAMPLE-SEA')).toBe(todayPlusSerial(Math.floor(70 - 14 - 67)));
    expect(cell('orderBy', 'EXAMPLE-HEALTHY')).toBe(todayPlusSerial(120 - 14 - 67));
  });

  it('show on-hand cover (inbound excluded) beside total cover, and flag the fee floor and overstock', () => {
    const { cell } = insertedSheet(false);
    expect([cell('onHandCover', 'EXAMPLE-SEA'), cell('coverDays', 'EXAMPLE-SEA')]).toEqual([
      40, 70,
    ]);
    expect([cell('onHandCover', 'EXAMPLE-OUT'), cell('coverDays', 'EXAMPLE-OUT')]).toEqual([0, 75]);
    expect(cell('coverFlag', 'EXAMPLE-AIR')).toBe('below fee floor'); // 15 < 28
    expect(cell('coverFlag', 'EXAMPLE-OUT')).toBe('below fee floor');
    expect(cell('coverFlag', 'EXAMPLE-SEA')).toBe(''); // 40: between the floor and the line
    expect(cell('coverFlag', 'EXAMPLE-OVERSTOCK')).toBe('overstock'); // 400 > 180
  });

  it('take daily sales and safety days from the Sales history when it has the SKU', () => {
    const { world, name, book, cell } = insertedSheet(true);
    const history = world.spreadsheet.sheetNames().find((n) => n !== name && n.includes('Sales'));
    if (history === undefined) throw new Error('no sales-history sheet');
    // 42 days of EXAMPLE-SEA (the engine's sheet ends 50 rows below the examples): 8 a day on
    // even days, 14 on odd ones, always in stock.
    const rows = Array.from({ length: 42 }, (_, i) => [
      `=TODAY()-${42 - i}`,
      'EXAMPLE-SEA',
      i % 2 === 0 ? 8 : 14,
      100,
    ]);
    book.engine.setContents(history, 9, 0, rows);
    const rate = cell('historyRate', 'EXAMPLE-SEA') as number;
    const sd = cell('weeklySd', 'EXAMPLE-SEA') as number;
    const season = cell('seasonalFactor', 'EXAMPLE-SEA') as number;
    expect(rate).toBeCloseTo(11, 0);
    expect(season).toBe(1); // under a year of history
    expect(cell('dailySales', 'EXAMPLE-SEA')).toBeCloseTo(rate * season, 9);
    expect(cell('salesBasis', 'EXAMPLE-SEA')).toBe('sales history');
    expect(cell('salesBasis', 'EXAMPLE-AIR')).toBe('7/14/30 blend');
    const expected = safetyDays({
      dailySales: rate * season,
      weeklySd: sd,
      leadDays: SEA_CYCLE,
      reviewDays: s.reviewDays,
      serviceLevel: s.serviceLevel,
    });
    expect(cell('safetyUsed', 'EXAMPLE-SEA')).toBeCloseTo(expected ?? Number.NaN, 9);
  });

  it('take the sales history up in a sheet made before it, once the Sales history is inserted', () => {
    const world = createFakeWorld();
    const name = insertReplenishmentSheet(world.services).name;
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.cell(`${rep('historyRate')}2`).formula).toBe('');
    insertSalesHistorySheet(world.services);
    expect(sheet.cell(`${rep('historyRate')}2`).formula).toBe(
      "=DEMAND_STATS(A2:A, 'Sales history'!A2:D)",
    );
  });
});
