// R1: the Weekly review menu action over the fakes — where it writes, what it leaves alone, its
// messages in both languages, its fixed number of calls — and its formulas computed by the
// preview's engine, checked against the core's review of the same rows.

import { describe, expect, it } from 'vitest';
import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import { findReplenishmentSheet } from '../../../src/addon/replenishment-sheet/find-replenishment-sheet';
import { rewriteFormulas } from '../../../src/addon/replenishment-sheet/rewrite-formulas';
import { savePlaybookSettings } from '../../../src/addon/settings/settings-endpoints';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { openWeeklyReview } from '../../../src/addon/weekly-review/open-weekly-review';
import { REVIEW_MESSAGES } from '../../../src/addon/weekly-review/review-messages';
import { LIST_ROW } from '../../../src/addon/weekly-review/review-plan';
import type { Locale } from '../../../src/core/i18n/locale';
import { REVIEW_ACTIONS } from '../../../src/core/review/weekly-review';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { computeWorkbook } from '../shipments/workbook-engine';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';
import { coreReview, reviewList } from './computed-review';

const NOW = new Date('2026-11-26T10:00:00Z');
const TODAY = new Date(Date.UTC(2026, 10, 26));

function worldWithTemplate(userLocale = 'en'): FakeWorld & { rep: string } {
  const world = createFakeWorld({ userLocale });
  const rep = insertReplenishmentSheet(world.services).name;
  return { ...world, rep };
}

/** The review sheet as the engine computes it: its counts and its list, row by row. */
function computedReview(world: FakeWorld, sheet: string) {
  const book = computeWorkbook(world.spreadsheet, TODAY);
  const cells = book.engine.values(sheet, 0, LIST_ROW + 60, 3);
  const list = cells
    .slice(LIST_ROW - 1)
    .filter((row) => row[1] !== '')
    .map((row) => row.map(String));
  return { book, cells, list };
}

/** The core's review of the replenishment rows as the engine computes them, and its list. */
function coreOf(world: FakeWorld, rep: string, locale: Locale = 'en', settings = DEFAULT_SETTINGS) {
  const book = computeWorkbook(world.spreadsheet, TODAY);
  const width = world.spreadsheet.sheet(rep).sizeUncounted().columns;
  const review = coreReview(book.engine, rep, width, settings);
  return { review, list: reviewList(review, locale) };
}

describe('openWeeklyReview', () => {
  it('writes a sheet of its own whose formulas give the core’s review of the replenishment rows', () => {
    const world = worldWithTemplate();
    expect(openWeeklyReview(world.services, NOW).sheet).toBe('Weekly review');
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe('Weekly review');
    const { cells, list } = computedReview(world, 'Weekly review');
    const core = coreOf(world, world.rep);
    // The template's examples: one to fix (no figures), orders due, the out-of-stock one…
    expect(core.list.length).toBeGreaterThan(2);
    expect(list).toEqual(core.list);
    // The counts: per phase over the Phase column, per action over the working table.
    expect(cells.slice(3, 7).map((row) => row[1])).toEqual(
      (['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY'] as const).map(
        (phase) => core.review.phases[phase],
      ),
    );
    expect(cells.slice(8, 15).map((row) => row[1])).toEqual(
      REVIEW_ACTIONS.map((action) => core.review.actions[action]),
    );
  });

  it('links each SKU to its row on the replenishment sheet', () => {
    const world = worldWithTemplate();
    openWeeklyReview(world.services, NOW);
    const review = world.spreadsheet.sheet('Weekly review');
    const id = world.spreadsheet.sheet(world.rep).getSheetId();
    expect(review.cell(`B${LIST_ROW}`).formula).toContain(`HYPERLINK("#gid=${id}&range=A"&MATCH(`);
    expect(review.cell('B1').formula).toBe(`=HYPERLINK("#gid=${id}", "Replenishment")`);
  });

  it('uses a fixed number of Apps Script calls whatever the number of rows', () => {
    const calls = (extraRows: number) => {
      const world = worldWithTemplate();
      const rows = Array.from({ length: extraRows }, (_, i) => [`SKU-${i}`, '', '', 10 + i]);
      if (extraRows > 0)
        world.spreadsheet.sheet(world.rep).getRange(8, 1, extraRows, 4).setValues(rows);
      world.calls.reset();
      openWeeklyReview(world.services, NOW);
      return world.calls.count();
    };
    const few = calls(0);
    expect(calls(500)).toBe(few);
    expect(few).toBeLessThanOrEqual(80);
  });

  it('rewrites its own cells on a second run and leaves everything else on the sheet as it was', () => {
    const world = worldWithTemplate();
    openWeeklyReview(world.services, NOW);
    const review = world.spreadsheet.sheet('Weekly review');
    const before = review.formulaCells();
    review.getRange('D5').setValue('call the forwarder');
    review.getRange('A3').setValue('my label');
    review.getRange('E3').setValue(42);
    openWeeklyReview(world.services, NOW);
    expect(world.spreadsheet.sheetNames().filter((name) => name.startsWith('Weekly'))).toEqual([
      'Weekly review',
    ]);
    expect(review.formulaCells()).toEqual(before);
    expect(review.cell('A3').value).toBe(REVIEW_MESSAGES.en.phasesHeader);
    expect(review.cell('D5').value).toBe('call the forwarder');
    expect(review.cell('E3').value).toBe(42);
  });

  it('never writes over a sheet of the user’s that has the review’s name', () => {
    const world = worldWithTemplate();
    const mine = world.spreadsheet.insertSheet('Weekly review');
    mine.getRange('A1:B2').setValues([
      ['Weekly review', 'my own notes'],
      ['=1+1', ''],
    ]);
    world.spreadsheet.setActiveSheet(world.spreadsheet.sheet(world.rep));
    const written = openWeeklyReview(world.services, NOW);
    expect(written.sheet).toBe('Weekly review 2');
    expect(mine.cell('B1').value).toBe('my own notes');
    expect(mine.cell('A2').formula).toBe('=1+1');
    expect(mine.formulaCells()).toEqual([['A2', '=1+1']]);
  });

  it('reviews the active replenishment sheet, else the first one there is', () => {
    const world = worldWithTemplate();
    const second = insertReplenishmentSheet(world.services).name;
    const idOf = (name: string) => world.spreadsheet.sheet(name).getSheetId();
    world.spreadsheet.setActiveSheet(world.spreadsheet.sheet(second));
    expect(openWeeklyReview(world.services, NOW).replenishment).toBe(second);
    expect(world.spreadsheet.sheet('Weekly review').cell('B1').formula).toContain(
      `#gid=${idOf(second)}"`,
    );
    // From the review sheet itself: the first replenishment sheet.
    expect(openWeeklyReview(world.services, NOW).replenishment).toBe(world.rep);
    expect(world.spreadsheet.sheet('Weekly review').cell('B1').formula).toContain(
      `#gid=${idOf(world.rep)}"`,
    );
  });

  it('says so, in the user’s language, when there is no replenishment sheet or it lacks columns', () => {
    for (const [userLocale, locale] of [
      ['en', 'en'],
      ['zh_CN', 'zh-CN'],
    ] as const) {
      const world = createFakeWorld({ userLocale });
      const written = openWeeklyReview(world.services, NOW);
      expect(written.sheet).toBeUndefined();
      expect(world.ui.ui.alerts).toEqual([REVIEW_MESSAGES[locale].noReplenishmentSheet]);

      const older = createFakeWorld({ userLocale });
      older.spreadsheet
        .activeSheetUncounted()
        .getRange('A1:C2')
        .setValues([
          ['SKU', 'FBA available', 'Phase'],
          ['MUG', 5, 'HEALTHY'],
        ]);
      openWeeklyReview(older.services, NOW);
      const [alert = ''] = older.ui.ui.alerts;
      expect(alert).toContain(locale === 'en' ? '“Daily sales”' : '“日均销量”');
      expect(alert).toContain(locale === 'en' ? '“Order by”' : '“最晚下单日期”');
      expect(older.spreadsheet.sheetNames()).toHaveLength(1);
    }
  });

  it('writes its words in Chinese for a Chinese user, decisions in the sidebar’s Chinese', () => {
    const world = worldWithTemplate('zh_CN');
    const written = openWeeklyReview(world.services, NOW);
    expect(written.sheet).toBe('每周检查');
    const { cells, list } = computedReview(world, '每周检查');
    expect(cells[0]?.[0]).toBe('每周检查');
    expect(cells[8]?.[0]).toBe('修正该行');
    expect(list).toEqual(coreOf(world, world.rep, 'zh-CN').list);
    expect(list.some((row) => /走海运|空运/.test(row[2] ?? ''))).toBe(true);
  });

  it('is not taken for a replenishment sheet by the other actions', () => {
    const world = worldWithTemplate();
    openWeeklyReview(world.services, NOW);
    const review = world.spreadsheet.sheet('Weekly review');
    expect(findReplenishmentSheet(world.spreadsheet)?.sheet.getName()).toBe(world.rep);
    expect(rewriteFormulas(review, DEFAULT_SETTINGS, undefined)).toBeUndefined();
    world.spreadsheet.select('A20', 'Weekly review');
    const state = getSidebarState(world.services, NOW);
    expect(state.notice?.key).toBe('noSkuColumn');
    expect(state.week).toBeUndefined();
  });

  it('computes with the saved settings after a save, in its own language', () => {
    const world = worldWithTemplate();
    openWeeklyReview(world.services, NOW);
    const before = computedReview(world, 'Weekly review');
    const saved = savePlaybookSettings(
      world.services,
      JSON.parse(
        JSON.stringify(shownSettings({ ...DEFAULT_SETTINGS, reviewDays: 45, overstockDays: 100 })),
      ),
    );
    expect(saved.ok).toBe(true);
    const after = computedReview(world, 'Weekly review');
    expect(after.cells[1]?.[2]).toContain('within 45 days');
    expect(after.list).not.toEqual(before.list);
    const settings = { ...DEFAULT_SETTINGS, reviewDays: 45, overstockDays: 100 };
    const core = coreOf(world, world.rep, 'en', settings);
    expect(after.list).toEqual(core.list);
  });
});
