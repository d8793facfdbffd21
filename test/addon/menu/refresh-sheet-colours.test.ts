// The menu's "Refresh colour rules" picks the colours that belong to the active sheet.

import { describe, expect, it } from 'vitest';
import { refreshSheetColours } from '../../../src/addon/menu/refresh-sheet-colours';
import type { FakeSheet } from '../../fakes/fake-sheet';
import { TODAY, worldWithBothSheets } from '../shipments/shipments-world';

const formulas = (sheet: FakeSheet) =>
  sheet.rulesUncounted().map((rule) => String(rule.describe().criteria?.values[0] ?? ''));

describe('refreshSheetColours', () => {
  it('on a shipments sheet refreshes its flags and adds no cover colours', () => {
    const world = worldWithBothSheets();
    const shipments = world.spreadsheet.sheet(world.shipments);
    world.spreadsheet.setActiveSheet(shipments);
    const before = formulas(shipments);
    refreshSheetColours(world.services, TODAY);
    const after = formulas(shipments);
    expect(after).toEqual(before);
    expect(after.some((f) => f.includes('stockout-playbook:cover'))).toBe(false);
    expect(world.spreadsheet.toasts.at(-1)?.message).toMatch(/open shipments/);
  });

  it('on a replenishment sheet refreshes the cover and phase colours', () => {
    const world = worldWithBothSheets();
    const replenishment = world.spreadsheet.sheet(world.replenishment);
    world.spreadsheet.setActiveSheet(replenishment);
    refreshSheetColours(world.services, TODAY);
    expect(formulas(replenishment).some((f) => f.includes('stockout-playbook:cover'))).toBe(true);
  });
});
