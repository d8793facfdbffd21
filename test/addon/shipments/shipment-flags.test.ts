// R3, R23, R32: the three anomalies — ETA passed and not received, delayed or lost, received
// short — shown by the check column and coloured by the flag rules, live as the sheet changes.

import { describe, expect, it } from 'vitest';
import type { FakeWorld } from '../../../fakes/fake-services';
import { shiftFormula } from '../../../preview/engine/shift-formula';
import { FLAG_COLOURS } from '../../../src/addon/shipments/shipment-flag-rules';
import { compute, ship, worldWithBothSheets } from './shipments-world';
import type { ComputedWorkbook } from './workbook-engine';

/** The background the add-on's rules give a cell (first matching rule), or undefined. */
function colourOf(world: FakeWorld, book: ComputedWorkbook, sheet: string, a1: string) {
  const column = a1.replace(/\d+/, '');
  const row = Number(a1.replace(/\D+/, ''));
  for (const rule of world.spreadsheet.sheet(sheet).rulesUncounted()) {
    const { criteria, format, ranges } = rule.describe();
    const range = ranges[0] ?? '';
    if (!new RegExp(`!${column}(\\d+):${column}\\d+$`).test(range)) continue;
    const first = Number(/!\D+(\d+):/.exec(range)?.[1]);
    const formula = shiftFormula(String(criteria?.values[0]), row - first, 0);
    if (book.engine.evaluate(sheet, formula) === true) return format.background;
  }
  return undefined;
}

describe('shipment anomaly flags', () => {
  it('flag the examples: late and delayed, lost, received short; the rest stay clear', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const check = (row: number) => book.value(world.shipments, `${ship('check')}${row}`);
    expect([2, 3, 4, 5, 6].map(check)).toEqual([
      '',
      '',
      '⚠ ETA passed ⚠ Delayed',
      '⚠ Lost',
      '⚠ Short by 12',
    ]);
    const colour = (a1: string) => colourOf(world, book, world.shipments, a1);
    expect(colour(`${ship('eta')}4`)).toBe(FLAG_COLOURS.etaPassed);
    expect(colour(`${ship('status')}4`)).toBe(FLAG_COLOURS.delayedOrLost);
    expect(colour(`${ship('status')}5`)).toBe(FLAG_COLOURS.delayedOrLost);
    expect(colour(`${ship('eta')}5`)).toBeUndefined(); // lost: no longer expected
    expect(colour(`${ship('receivedUnits')}6`)).toBe(FLAG_COLOURS.short);
    expect(colour(`${ship('check')}6`)).toBe(FLAG_COLOURS.check);
    for (const key of ['eta', 'status', 'receivedUnits', 'check']) {
      expect(colour(`${ship(key)}2`), key).toBeUndefined();
    }
  });

  it('follow the sheet: an ETA slipping into the past, a receipt coming up short', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const check = (row: number) => book.value(world.shipments, `${ship('check')}${row}`);
    const colour = (a1: string) => colourOf(world, book, world.shipments, a1);
    book.type(world.shipments, `${ship('eta')}2`, '=TODAY()-1');
    expect(check(2)).toBe('⚠ ETA passed');
    expect(colour(`${ship('eta')}2`)).toBe(FLAG_COLOURS.etaPassed);
    book.type(world.shipments, `${ship('eta')}2`, '=TODAY()');
    expect(check(2)).toBe(''); // due today is not late
    book.type(world.shipments, `${ship('status')}2`, 'received');
    book.type(world.shipments, `${ship('receivedUnits')}2`, 290);
    expect(check(2)).toBe('⚠ Short by 10');
    expect(colour(`${ship('receivedUnits')}2`)).toBe(FLAG_COLOURS.short);
    book.type(world.shipments, `${ship('receivedUnits')}2`, 300);
    expect(check(2)).toBe('');
    expect(colour(`${ship('receivedUnits')}2`)).toBeUndefined();
  });

  it('say so when an ETA is text that is not a date, or a status is not in the list', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    const check = (row: number) => book.value(world.shipments, `${ship('check')}${row}`);
    book.type(world.shipments, `${ship('eta')}2`, 'next week');
    expect(check(2)).toBe('⚠ ETA is not a date');
    book.type(world.shipments, `${ship('status')}3`, 'on a boat');
    expect(check(3)).toBe('⚠ Status not in the list');
  });

  it('leave half-filled rows blank', () => {
    const world = worldWithBothSheets();
    const book = compute(world);
    book.type(world.shipments, `${ship('sku')}9`, 'MAT-01');
    book.type(world.shipments, `${ship('eta')}9`, '=TODAY()-30');
    expect(book.value(world.shipments, `${ship('check')}9`)).toBe('');
    expect(colourOf(world, book, world.shipments, `${ship('eta')}9`)).toBeUndefined();
  });

  it('are written in the sheet’s language', () => {
    const world = worldWithBothSheets({ userLocale: 'zh_CN' });
    const book = compute(world);
    expect(book.value(world.shipments, `${ship('check')}4`)).toBe('⚠ ETA 已过 ⚠ 延误');
    expect(book.value(world.shipments, `${ship('check')}6`)).toBe('⚠ 短少 12');
  });
});
