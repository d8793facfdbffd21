// R3: the shipments sheet as inserted — headers, drop-downs, examples, links; nothing overwritten.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { markedTarget } from '../../../src/addon/platform/marked-colour-rules';
import { insertShipmentsSheet } from '../../../src/addon/shipments/insert-shipments-sheet';
import { SHIPMENT_COLUMNS } from '../../../src/addon/shipments/shipment-columns';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';
import { rep, ship } from './shipments-world';

describe('insertShipmentsSheet', () => {
  it('inserts under a free name each time and overwrites nothing', () => {
    const world = createFakeWorld({ sheets: ['Shipments'] });
    const mine = world.spreadsheet.sheet('Shipments');
    mine.seed([['my', 'notes']]);
    const first = insertShipmentsSheet(world.services);
    const second = insertShipmentsSheet(world.services);
    expect([first.name, second.name]).toEqual(['Shipments 2', 'Shipments 3']);
    expect(mine.valuesUncounted()).toEqual([['my', 'notes']]);
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe('Shipments 3');
    expect(first.message).toMatch(/Insert a replenishment sheet/);
  });

  it('writes headers with notes, examples, one check formula and frozen headers', () => {
    const world = createFakeWorld();
    const sheet = world.spreadsheet.sheet(insertShipmentsSheet(world.services).name);
    const values = sheet.valuesUncounted();
    expect(values[0]).toEqual(SHIPMENT_COLUMNS.map((c) => c.header.en));
    expect(sheet.cell(`${ship('status')}1`).note).toMatch(/received and lost shipments/);
    expect(values.slice(1).map((row) => row[1])).toEqual([
      'EXAMPLE-SEA',
      'EXAMPLE-OUT',
      'EXAMPLE-LATE',
      'EXAMPLE-OUT',
      'EXAMPLE-RECOVERY',
    ]);
    const formulas = sheet.formulaCells();
    const check = formulas.filter(([a1]) => a1.startsWith(ship('check')));
    expect(check.map(([a1]) => a1)).toEqual([`${ship('check')}2`]);
    expect(check[0]?.[1]).toMatch(/^=ARRAYFORMULA\(/);
    // The example dates are =TODAY()±n, so the examples mean the same any day.
    const dates = formulas.filter(([a1]) => !a1.startsWith(ship('check')));
    expect(dates.every(([, f]) => /^=TODAY\(\)[+-]\d+$/.test(f))).toBe(true);
    expect(sheet.frozenUncounted().rows).toBe(1);
    expect(sheet.cell(`${ship('eta')}3`).numberFormat).toBe('yyyy-mm-dd');
  });

  it('offers mode and status as drop-downs that refuse anything else', () => {
    const world = createFakeWorld();
    const sheet = world.spreadsheet.sheet(insertShipmentsSheet(world.services).name);
    const status = sheet.cell(`${ship('status')}40`).validation?.describe();
    expect(status?.type).toBe('VALUE_IN_LIST');
    expect(status?.values[0]).toEqual([
      'booked',
      'in transit',
      'customs',
      'delayed',
      'lost',
      'receiving',
      'received',
    ]);
    expect(status?.allowInvalid).toBe(false);
    expect(sheet.typeInto(`${ship('status')}40`, 'on a boat')).toBe(false);
    expect(sheet.typeInto(`${ship('status')}40`, 'customs')).toBe(true);
    expect(sheet.typeInto(`${ship('mode')}40`, 'teleport')).toBe(false);
    expect(sheet.typeInto(`${ship('mode')}40`, 'express')).toBe(true);
    expect(sheet.typeInto(`${ship('units')}40`, -5)).toBe(false);
  });

  it('speaks Chinese to a Chinese user: headers, statuses and modes', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const { name } = insertShipmentsSheet(world.services);
    expect(name).toBe('货件跟踪');
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.valuesUncounted()[0]?.slice(0, 3)).toEqual(['货件编号', 'SKU', '发货数量']);
    expect(sheet.cell(`${ship('status')}2`).value).toBe('运输中');
    expect(sheet.cell(`${ship('mode')}2`).value).toBe('海运');
    expect(sheet.cell(`${ship('status')}9`).validation?.describe().values[0]).toContain('已签收');
  });

  it('links the replenishment sheet: examples and blank rows take formulas, typed rows are kept', () => {
    const world = createFakeWorld();
    const { name: replenishment } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(replenishment);
    // The seller's own SKUs: one with the inbound typed, one left blank.
    sheet.seed([['MY-TYPED', '', '', 100, 250, '2026-12-24']], 8);
    sheet.seed([['MY-BLANK', '', '', 100]], 9);
    const inserted = insertShipmentsSheet(world.services);
    expect(inserted.links).toEqual([
      { sheet: replenishment, linked: [2, 3, 4, 5, 6, 7, 9], kept: [8] },
    ]);
    expect(sheet.cell(`${rep('inbound')}8`).value).toBe(250);
    expect(sheet.cell(`${rep('inbound')}8`).formula).toBe('');
    expect(sheet.cell(`${rep('inbound')}9`).formula).toMatch(/^=IF\(A9="", "", MAX\(0, SUMIFS\(/);
    expect(sheet.cell(`${rep('nextArrival')}9`).formula).toMatch(/MINIFS\('Shipments'!\$F\$2:\$F/);
    expect(inserted.message).toMatch(/Rows 8 of 'Replenishment' keep the inbound you typed/);
  });

  it('links a replenishment sheet inserted after it', () => {
    const world = createFakeWorld();
    insertShipmentsSheet(world.services);
    const { name } = insertReplenishmentSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    for (const row of [2, 3, 4, 5, 6, 7]) {
      expect(sheet.cell(`${rep('inbound')}${row}`).formula).toMatch(/SUMIFS\('Shipments'!/);
      expect(sheet.cell(`${rep('nextArrival')}${row}`).formula).toMatch(/MINIFS\('Shipments'!/);
    }
  });

  it('adds its flag colours, each marked as the add-on’s', () => {
    const world = createFakeWorld();
    const sheet = world.spreadsheet.sheet(insertShipmentsSheet(world.services).name);
    const rules = sheet.rulesUncounted().map((r) => r.describe());
    expect(rules.map((r) => r.ranges)).toEqual([
      ['Shipments!F2:F1000'],
      ['Shipments!G2:G1000'],
      ['Shipments!H2:H1000'],
      ['Shipments!I2:I1000'],
    ]);
    expect(rules.every((r) => markedTarget(r.criteria?.values[0]) === 'shipment')).toBe(true);
  });
});
