// R7–R9, R1, R2, R8: after a save, the sheets the add-on made compute with the saved settings —
// checked through the in-memory spreadsheet and the preview's engine — in a fixed number of
// Apps Script calls, and a value typed on a row still wins.

import { describe, expect, it } from 'vitest';
import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import { COLUMN_KEYS } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { savePlaybookSettings } from '../../../src/addon/settings/settings-endpoints';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { compute, rep } from '../shipments/shipments-world';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';

const ROWS = [2, 3, 4, 5, 6, 7];

/** Every cell of every row, by column key, as computed. */
function snapshot(world: FakeWorld, sheet: string): Record<string, unknown[]> {
  const book = compute(world);
  return Object.fromEntries(
    COLUMN_KEYS.map((key) => [key, ROWS.map((row) => book.value(sheet, `${rep(key)}${row}`))]),
  );
}

function form(settings: PlaybookSettings) {
  return JSON.parse(JSON.stringify(shownSettings(settings)));
}

/** Each setting the sheet's formulas use, a new value, and a column whose values it must change. */
const CHANGES: readonly [Partial<PlaybookSettings>, string][] = [
  [{ safetyDays: 21 }, 'safetyUsed'],
  [{ salesWeights: [1, 0, 0] }, 'dailySales'],
  [{ alertDays: 30 }, 'phase'],
  [{ reviewDays: 14 }, 'orderCycle'],
  [{ productionDays: 30 }, 'orderCycle'],
  [{ seaTransitDays: 40 }, 'reorderQty'],
  [{ checkInDays: 10 }, 'orderBy'],
  [{ airTransitDays: 5 }, 'orderCycle'],
  [{ feeFloorDays: 45 }, 'coverFlag'],
  [{ overstockDays: 100 }, 'coverFlag'],
  [{ recoveryDays: 5 }, 'phase'],
];

describe('saving the settings', () => {
  for (const [change, column] of CHANGES) {
    it(`${Object.keys(change)[0]}: changes the existing sheet’s ${column}`, () => {
      const world = createFakeWorld();
      // The sheet is made with a week of units sold 7/14/30 that differ, so the weights matter.
      const { name } = insertReplenishmentSheet(world.services);
      world.spreadsheet
        .sheet(name)
        .rangeA1(`${rep('units7d')}7`)
        .setValue(70);
      const before = snapshot(world, name);
      const saved = savePlaybookSettings(world.services, form({ ...DEFAULT_SETTINGS, ...change }));
      expect(saved.ok).toBe(true);
      const after = snapshot(world, name);
      expect(after[column], column).not.toEqual(before[column]);
      // EXAMPLE-RECOVERY (row 5) typed 45 cycle days and 21 safety days: they still win.
      expect(after.safetyUsed?.[3]).toBe(21);
      expect(after.orderCycle?.[3]).toBe(45 + (change.reviewDays ?? DEFAULT_SETTINGS.reviewDays));
    });
  }

  it('rewrites a sheet in a number of calls that does not grow with its rows', () => {
    const saveCalls = (change: Partial<PlaybookSettings>, extraRows: number) => {
      const world = createFakeWorld();
      const { name } = insertReplenishmentSheet(world.services);
      const rows = Array.from({ length: extraRows }, (_, i) => [`SKU-${i}`, 10, 0]);
      if (extraRows > 0) world.spreadsheet.sheet(name).getRange(8, 1, extraRows, 3).setValues(rows);
      const before = world.calls.count();
      savePlaybookSettings(world.services, form({ ...DEFAULT_SETTINGS, ...change }));
      return world.calls.count() - before;
    };
    const counts = CHANGES.map(([change]) => saveCalls(change, 0));
    CHANGES.forEach(([change], i) => {
      expect(saveCalls(change, 500)).toBe(counts[i]);
    });
    // At most: the settings, the sheet list, the colour rules, the header, one row read and two
    // calls per worked-out column.
    expect(Math.max(...counts)).toBeLessThanOrEqual(150);
    console.info(
      `save calls with one replenishment sheet: ${Math.min(...counts)}–${Math.max(...counts)}`,
    );
  });

  it('leaves a formula or a value the seller put in a worked-out column', () => {
    const world = createFakeWorld();
    const { name } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    sheet.rangeA1(`${rep('dailySales')}2`).setFormula('=H2:H/7');
    sheet.rangeA1(`${rep('safetyUsed')}2`).setValue(9);
    savePlaybookSettings(world.services, form({ ...DEFAULT_SETTINGS, salesWeights: [1, 0, 0] }));
    expect(sheet.cell(`${rep('dailySales')}2`).formula).toBe('=H2:H/7');
    expect(sheet.cell(`${rep('safetyUsed')}2`).value).toBe(9);
    expect(sheet.cell(`${rep('safetyUsed')}2`).formula).toBe('');
  });
});

describe('saving the settings, on a sheet made by an earlier version', () => {
  const HEADERS = [
    'SKU',
    'ASIN',
    'Product',
    'FBA available',
    'Inbound qty',
    'Next arrival date',
    'Days to arrival',
    'Units 7 days',
    'Units 14 days',
    'Units 30 days',
    'Last year same 30 days',
    'Last year next 90 days',
    'Daily sales',
    'Cycle days',
    'Safety days',
    'Case pack',
    'Days of cover',
    'Reorder qty',
  ];
  const OLD = {
    M2: '=DAILY_SALES(H2:H, I2:I, J2:J, K2:K, L2:L, {0.5,0.3,0.2})',
    Q2: '=COVER_DAYS(D2:D, M2:M, E2:E)',
    R2: '=ARRAYFORMULA(REORDER_QTY(M2:M, IF(N2:N="", IF(M2:M="", "", 60), N2:N), IF(O2:O="", IF(M2:M="", "", 14), O2:O), D2:D, E2:E, P2:P))',
  };

  it('rewrites its formulas: the new weights, safety days and the review period reach its cells', () => {
    const world = createFakeWorld({ sheets: ['Old'] });
    const sheet = world.spreadsheet.sheet('Old');
    sheet.seed([
      HEADERS,
      ['A-1', '', '', 100, 0, '', '', 140, 140, 300, '', '', '', '', '', 1],
      ['A-2', '', '', 100, 0, '', '', 140, 140, 300, '', '', '', 30, 5, 1],
    ]);
    for (const [a1, formula] of Object.entries(OLD)) sheet.rangeA1(a1).setFormula(formula);
    const before = compute(world);
    expect(before.value('Old', 'M2')).toBe(15); // 0.5 × 20 + 0.3 × 10 + 0.2 × 10
    expect(before.value('Old', 'R2')).toBe(15 * (60 + 14) - 100);

    savePlaybookSettings(
      world.services,
      form({ ...DEFAULT_SETTINGS, salesWeights: [0, 0, 1], safetyDays: 21 }),
    );
    const after = compute(world);
    expect(after.value('Old', 'M2')).toBe(10); // the 30 days only: 300 / 30
    expect(after.value('Old', 'M3')).toBe(10);
    // The default cycle plus the 7-day review period, and the new safety days.
    expect(after.value('Old', 'R2')).toBe(10 * (60 + 7 + 21) - 100);
    // A row's typed cycle and safety days still win; the review period is added to the cycle.
    expect(after.value('Old', 'R3')).toBe(10 * (30 + 7 + 5) - 100);
    expect(sheet.cell('M2').formula).toContain('{0,0,1}');
  });
});
