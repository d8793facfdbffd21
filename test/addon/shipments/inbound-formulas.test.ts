// R10, R23: the replenishment sheet's inbound qty and next arrival, computed from the shipments
// sheet by native formulas, follow each shipment's status and ETA — and cover, gap and phase
// follow them.

import { describe, expect, it } from 'vitest';
import { readShipments } from '../../../src/addon/shipments/read-shipments';
import { asShipmentsSheet } from '../../../src/addon/shipments/shipments-sheet';
import { inboundBySku, inboundOf } from '../../../src/core/shipments/inbound-by-sku';
import { compute, ROW, rep, ship, todayPlusSerial, worldWithBothSheets } from './shipments-world';

describe('inbound qty and next arrival from the shipments sheet', () => {
  it('take the examples’ open shipments, so every example keeps its phase', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const cell = (key: string, sku: keyof typeof ROW) =>
      book.value(world.replenishment, `${rep(key)}${ROW[sku]}`);
    expect(cell('inbound', 'EXAMPLE-SEA')).toBe(300);
    expect(cell('nextArrival', 'EXAMPLE-SEA')).toBe(todayPlusSerial(50));
    // The lost express shipment of EXAMPLE-OUT does not count; the one in customs does.
    expect(cell('inbound', 'EXAMPLE-OUT')).toBe(600);
    expect(cell('nextArrival', 'EXAMPLE-OUT')).toBe(todayPlusSerial(12));
    // Received shipments are no longer inbound.
    expect(cell('inbound', 'EXAMPLE-RECOVERY')).toBe(0);
    expect(cell('nextArrival', 'EXAMPLE-RECOVERY')).toBe('');
    expect(
      (
        [
          'EXAMPLE-AIR',
          'EXAMPLE-SEA',
          'EXAMPLE-OUT',
          'EXAMPLE-RECOVERY',
          'EXAMPLE-HEALTHY',
        ] as const
      ).map((sku) => cell('phase', sku)),
    ).toEqual(['PRE_STOCKOUT', 'PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY']);
  });

  it('follow a shipment’s ETA and status through cover, gap and phase', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const sea = (key: string) =>
      book.value(world.replenishment, `${rep(key)}${ROW['EXAMPLE-SEA']}`);
    // EXAMPLE-SEA: 400 in stock, 10 a day; 300 on the water, landing in 50 days.
    expect([sea('coverDays'), sea('stockoutGap'), sea('phase')]).toEqual([70, 10, 'PRE_STOCKOUT']);

    book.type(world.shipments, `${ship('eta')}2`, '=TODAY()+30'); // lands before stock runs out
    expect(sea('nextArrival')).toBe(todayPlusSerial(30));
    expect([sea('daysToArrival'), sea('stockoutGap'), sea('phase')]).toEqual([30, 0, 'HEALTHY']);

    book.type(world.shipments, `${ship('status')}2`, 'receiving');
    book.type(world.shipments, `${ship('receivedUnits')}2`, 120);
    expect([sea('inbound'), sea('coverDays')]).toEqual([180, 58]);

    book.type(world.shipments, `${ship('status')}2`, 'received');
    expect([sea('inbound'), sea('nextArrival'), sea('stockoutGap')]).toEqual([0, '', '']);
    expect([sea('coverDays'), sea('phase')]).toEqual([40, 'PRE_STOCKOUT']);

    book.type(world.shipments, `${ship('status')}2`, 'Lost'); // any case
    expect(sea('inbound')).toBe(0);
    book.type(world.shipments, `${ship('status')}2`, 'delayed'); // still coming, 120 already in
    expect(sea('inbound')).toBe(180);
  });

  it('take the earliest ETA of the open shipments, and read either language', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const sea = (key: string) =>
      book.value(world.replenishment, `${rep(key)}${ROW['EXAMPLE-SEA']}`);
    const row = ['S-9', 'EXAMPLE-SEA', 100, '空运', '=TODAY()-2', '=TODAY()+8', '运输中', ''];
    row.forEach((value, i) => {
      book.type(world.shipments, `${String.fromCharCode(65 + i)}8`, value);
    });
    expect([sea('inbound'), sea('nextArrival')]).toEqual([400, todayPlusSerial(8)]);
    book.type(world.shipments, `${ship('status')}8`, '已签收');
    expect([sea('inbound'), sea('nextArrival')]).toEqual([300, todayPlusSerial(50)]);
  });

  it('ignore half-filled rows: no status, no units or no SKU', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const sea = () => book.value(world.replenishment, `${rep('inbound')}${ROW['EXAMPLE-SEA']}`);
    book.type(world.shipments, `${ship('sku')}9`, 'EXAMPLE-SEA');
    book.type(world.shipments, `${ship('units')}9`, 500);
    expect(sea()).toBe(300); // no status yet
    book.type(world.shipments, `${ship('status')}9`, 'booked');
    expect(sea()).toBe(800);
  });

  it('agree with the add-on’s own reading of the shipments, SKU by SKU', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const found = asShipmentsSheet(world.spreadsheet.sheet(world.shipments));
    if (found === undefined) throw new Error('shipments sheet not found');
    // The example dates are formulas: give the reader what Sheets would hand it.
    world.spreadsheet.evaluator = (sheet, row, column) =>
      book.engine.value(sheet.nameUncounted(), row - 1, column - 1);
    const again = asShipmentsSheet(world.spreadsheet.sheet(world.shipments));
    const read = readShipments((again ?? found).table, 'Etc/UTC', 'en');
    expect(read.problems).toEqual([]);
    const inbound = inboundBySku(read.shipments.map((s) => s.shipment));
    for (const sku of Object.keys(ROW) as (keyof typeof ROW)[]) {
      const mine = inboundOf(inbound, sku);
      const sheetInbound = book.value(world.replenishment, `${rep('inbound')}${ROW[sku]}`);
      const sheetArrival = book.value(world.replenishment, `${rep('nextArrival')}${ROW[sku]}`);
      expect(sheetInbound, sku).toBe(mine.units);
      expect(sheetArrival, sku).toBe(
        mine.nextArrival === undefined
          ? ''
          : Math.round((Date.parse(mine.nextArrival) - Date.UTC(1899, 11, 30)) / 86_400_000),
      );
    }
  });
});
