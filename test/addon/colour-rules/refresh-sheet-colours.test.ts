// The menu's "Refresh colour rules" picks the colours that belong to the active sheet.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import type { FakeSheet } from '../../../fakes/fake-sheet';
import { refreshSheetColours } from '../../../src/addon/colour-rules/refresh-sheet-colours';
import { insertRankSheet } from '../../../src/addon/keyword-ranks/insert-rank-sheet';
import { PLAYBOOK_LOG_SHEET } from '../../../src/addon/playbook-log/playbook-log';
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

  it('on the keyword-rank sheet colours nothing, not even the selected rank column, and says so', () => {
    const world = createFakeWorld();
    const { name } = insertRankSheet(world.services);
    const ranks = world.spreadsheet.sheet(name);
    world.spreadsheet.setActiveSheet(ranks);
    world.spreadsheet.select('E2', name);
    const before = formulas(ranks);
    expect(refreshSheetColours(world.services, TODAY)).toBeUndefined();
    expect(formulas(ranks)).toEqual(before);
    expect(world.ui.ui.alerts.at(-1)).toBe(
      `'${name}' is the keyword-rank sheet: it has no colour rules of its own, and days-of-cover colours do not belong on it, so nothing was changed. Run Refresh colour rules on a replenishment sheet.`,
    );
  });

  it('on the Playbook log colours nothing and says so, in the user’s language', () => {
    const world = createFakeWorld({ sheets: [PLAYBOOK_LOG_SHEET], userLocale: 'zh_CN' });
    const log = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET);
    log.seed([
      ['时间', '用户', 'SKU', '阶段', '规则', '完成 / 取消'],
      [TODAY, '', 'MUG-BLUE', 'PRE_STOCKOUT', 'R12', 'done'],
    ]);
    world.spreadsheet.select('A2', PLAYBOOK_LOG_SHEET);
    expect(refreshSheetColours(world.services, TODAY)).toBeUndefined();
    expect(log.rulesUncounted()).toEqual([]);
    expect(world.ui.ui.alerts.at(-1)).toContain('「Playbook log」是插件记录清单勾选的日志表');
  });
});
