// R3, R23, R32: the daily check of the shipments sheet — what it tells, what it fixes, what it
// leaves alone, and what it costs in Apps Script calls.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { refreshColourRules } from '../../../src/addon/colour-rules/refresh-colour-rules';
import { checkShipments } from '../../../src/addon/shipments/check-shipments';
import { insertShipmentsSheet } from '../../../src/addon/shipments/insert-shipments-sheet';
import { addUserFormulaRule } from '../support/user-colour-rule';
import { rep, TODAY, worldWithBothSheets } from './shipments-world';

/** A shipments sheet typed by hand: columns in another order, a title row above the headers. */
function handMadeSheet(rows: number) {
  const world = createFakeWorld({ sheets: ['Log'] });
  const sheet = world.spreadsheet.sheet('Log');
  sheet.seed([
    ['Inbound log, updated daily'],
    ['Status', 'ETA', 'SKU', 'Qty', 'Received', 'Shipment'],
  ]);
  const body: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    body.push([
      'in transit',
      new Date(Date.UTC(2026, 11, 1 + (i % 20))),
      `SKU-${i % 7}`,
      10,
      '',
      `S${i}`,
    ]);
  }
  sheet.seed(body, 3);
  return { world, sheet };
}

describe('checkShipments', () => {
  it('tells what needs attention, counting open shipments and inbound units', () => {
    const world = worldWithBothSheets();
    // The fake does not compute formulas: give the example dates as Sheets would.
    const sheet = world.spreadsheet.sheet(world.shipments);
    const day = (n: number) => new Date(TODAY.getTime() + n * 86_400_000);
    sheet.seed([[day(50)], [day(12)], [day(-3)], [day(-5)], [day(-10)]], 2, 6);
    const checked = checkShipments(world.services, TODAY);
    expect(checked?.open).toBe(3);
    expect(checked?.inboundUnits).toBe(1100);
    expect(checked?.anomalies).toEqual({ ETA_PASSED: 1, DELAYED: 1, LOST: 1, SHORT_RECEIVED: 1 });
    expect(world.spreadsheet.toasts.at(-1)?.message).toBe(
      "'Shipments': 3 open shipments, 1100 units inbound. To look at: 1 past their ETA, 1 delayed, 1 lost, 1 received short.",
    );
  });

  it('finds a hand-made sheet by its headers and turns text dates into dates', () => {
    const { world, sheet } = handMadeSheet(3);
    sheet.seed([['26.11.2026'], ['2026年12月3日'], ['soon']], 3, 2);
    const checked = checkShipments(world.services, TODAY);
    expect(checked?.datesFixed).toEqual(['B3', 'B4']);
    expect(sheet.cell('B3').value).toBe('2026-11-26');
    expect(sheet.cell('B4').value).toBe('2026-12-03');
    expect(sheet.cell('B5').value).toBe('soon');
    expect(checked?.problems).toEqual([
      { row: 5, text: "ETA to FBA must be a date such as 2026-11-26, got 'soon'" },
    ]);
    expect(world.spreadsheet.toasts.at(-1)?.message).toMatch(
      /2 dates typed as text were turned into dates \(B3, B4\)\. Not read: row 5: ETA to FBA must be a date/,
    );
  });

  it('never rewrites a formula, and names bad values by column without stopping', () => {
    const { world, sheet } = handMadeSheet(4);
    sheet.seed([['=TEXT(DATE(2026,12,1), "yyyy-mm-dd")']], 3, 2);
    sheet.seed([['lots']], 4, 4);
    sheet.seed([['teleported']], 5, 1);
    sheet.seed([['', '', 'HALF-ROW', 5]], 8, 1);
    const checked = checkShipments(world.services, TODAY);
    expect(sheet.cell('B3').formula).toBe('=TEXT(DATE(2026,12,1), "yyyy-mm-dd")');
    expect(checked?.problems.map((p) => p.row)).toEqual([4, 5]);
    expect(checked?.problems[0]?.text).toBe("Units shipped must be a number, got 'lots'");
    expect(checked?.problems[1]?.text).toMatch(
      /^Status 'teleported' is not one of: booked, in transit/,
    );
    expect(checked?.shipments.map((s) => s.row)).toEqual([3, 6]);
  });

  it('keeps the user’s colour rules in order and changes nothing when run twice', () => {
    const world = createFakeWorld();
    const { name } = insertShipmentsSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    const mine = addUserFormulaRule(world, sheet, '=$C2>1000', '#00ff00', 'C2:C');
    checkShipments(world.services, TODAY);
    const once = sheet.rulesUncounted().map((r) => r.describe());
    checkShipments(world.services, TODAY);
    const twice = sheet.rulesUncounted().map((r) => r.describe());
    expect(sheet.rulesUncounted()[0]).toBe(mine);
    expect(once).toHaveLength(5);
    expect(twice).toEqual(once);
  });

  it('keeps its flag rules when the cover colours are refreshed on the same sheet', () => {
    const world = createFakeWorld();
    const { name } = insertShipmentsSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    const flags = sheet.rulesUncounted().map((r) => r.describe());
    world.spreadsheet.select('C2:C9', name);
    refreshColourRules(world.services);
    const after = sheet.rulesUncounted().map((r) => r.describe());
    expect(after.slice(0, flags.length)).toEqual(flags);
    expect(after.length).toBeGreaterThan(flags.length);
    checkShipments(world.services, TODAY);
    expect(sheet.rulesUncounted().map((r) => r.describe())).toEqual(after);
  });

  it('links SKU rows added to the replenishment sheet since, and only those', () => {
    const world = worldWithBothSheets();
    const sheet = world.spreadsheet.sheet(world.replenishment);
    const before = sheet.cell(`${rep('inbound')}3`).formula;
    sheet.seed([['NEW-SKU', '', '', 40]], 8);
    const checked = checkShipments(world.services, TODAY);
    expect(checked?.links[0]).toEqual({ sheet: world.replenishment, linked: [8], kept: [] });
    expect(sheet.cell(`${rep('inbound')}8`).formula).toMatch(/^=IF\(A8="", "", MAX\(0, SUMIFS/);
    expect(sheet.cell(`${rep('inbound')}3`).formula).toBe(before);
  });

  it('alerts when there is no shipments sheet', () => {
    const world = createFakeWorld();
    expect(checkShipments(world.services, TODAY)).toBeUndefined();
    expect(world.ui.ui.alerts.at(-1)).toMatch(/No shipments sheet was found/);
  });

  it('costs the same number of Apps Script calls for 10 rows and for 5,000', () => {
    const count = (rows: number) => {
      const { world } = handMadeSheet(rows);
      world.calls.reset();
      checkShipments(world.services, TODAY);
      return world.calls.count();
    };
    expect(count(5_000)).toBe(count(10));
  });
});
