// Refreshing colour rules: user rules kept in order, idempotent, constant calls, fallback.

import { describe, expect, it } from 'vitest';
import type { FakeConditionalFormatRule } from '../../../fakes/fake-conditional-format';
import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import type { FakeSheet } from '../../../fakes/fake-sheet';
import { refreshColourRules } from '../../../src/addon/colour-rules/refresh-colour-rules';
import { markedTarget } from '../../../src/addon/platform/marked-colour-rules';
import { storeSettings } from '../../../src/addon/platform/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

/** A sheet with SKU, stock, days of cover (C) and phase (D), and `rows` data rows. */
function sellerSheet(
  world: FakeWorld,
  rows: number,
  headers = ['SKU', 'Stock', 'Days of cover', 'Phase'],
) {
  const sheet = world.spreadsheet.activeSheetUncounted();
  const data: unknown[][] = [headers];
  for (let i = 1; i <= rows; i++) data.push([`SKU-${i}`, i * 10, i % 200, 'HEALTHY']);
  sheet.seed(data);
  return sheet;
}

/** A new world whose active sheet holds `rows`, with `selected` selected. */
function worldWithSelection(rows: unknown[][], selected: string) {
  const world = createFakeWorld();
  const sheet = world.spreadsheet.activeSheetUncounted();
  sheet.seed(rows);
  world.spreadsheet.select(selected);
  return { world, sheet };
}

/** Three rules the seller made: a number rule, a custom formula and a colour scale. */
function addUserRules(world: FakeWorld, sheet: FakeSheet): FakeConditionalFormatRule[] {
  const app = world.spreadsheetApp;
  const rules = [
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground('#00ff00')
      .setRanges([sheet.rangeA1('B2:B50')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="SKU-7"')
      .setFontColor('#ff0000')
      .setBold(true)
      .setRanges([sheet.rangeA1('A2:D50')])
      .build(),
    app
      .newConditionalFormatRule()
      .setGradientMinpoint('#ffffff')
      .setGradientMaxpoint('#0000ff')
      .setRanges([sheet.rangeA1('C2:C50')])
      .build(),
  ];
  sheet.setConditionalFormatRules(rules);
  world.calls.reset();
  return rules;
}

const described = (sheet: FakeSheet) => sheet.rulesUncounted().map((rule) => rule.describe());
const formulas = (sheet: FakeSheet) =>
  sheet.rulesUncounted().map((rule) => rule.describe().criteria?.values[0]);

describe('refreshColourRules', () => {
  it('keeps 3 user rules unchanged and in order, adds its own, and a second run changes nothing', () => {
    const world = createFakeWorld();
    const sheet = sellerSheet(world, 20);
    const userRules = addUserRules(world, sheet);
    const before = userRules.map((rule) => rule.describe());

    refreshColourRules(world.services);
    const after = sheet.rulesUncounted();
    expect(after.slice(0, 3)).toEqual(userRules);
    after.slice(0, 3).forEach((rule, i) => {
      expect(rule).toBe(userRules[i]);
      expect(rule.describe()).toEqual(before[i]);
    });
    expect(after).toHaveLength(3 + 4 + 4);
    expect(after.slice(3).every((rule) => markedTarget(rule.describe().criteria?.values[0]))).toBe(
      true,
    );
    expect(
      after.slice(0, 3).some((rule) => markedTarget(rule.describe().criteria?.values[0])),
    ).toBe(false);

    const once = described(sheet);
    refreshColourRules(world.services);
    expect(described(sheet)).toEqual(once);
    expect(sheet.rulesUncounted().slice(0, 3)).toEqual(userRules);
  });

  it('keeps its rules where they were when the user added rules after them', () => {
    const world = createFakeWorld();
    const sheet = sellerSheet(world, 5);
    const [first, second] = addUserRules(world, sheet);
    refreshColourRules(world.services);
    const ours = sheet.rulesUncounted().slice(3);
    // The seller reorders: one of their rules first, then ours, then another of theirs.
    sheet.setConditionalFormatRules([
      first as FakeConditionalFormatRule,
      ...ours,
      second as FakeConditionalFormatRule,
    ]);
    const arranged = described(sheet);
    refreshColourRules(world.services);
    expect(described(sheet)).toEqual(arranged);
    expect(sheet.rulesUncounted()[0]).toBe(first);
    expect(sheet.rulesUncounted().at(-1)).toBe(second);
  });

  it('puts the ≤ air-freight rule before the ≤ alert rule, with the thresholds from settings', () => {
    const world = createFakeWorld();
    const sheet = sellerSheet(world, 5);
    storeSettings(world.properties, world.lock, {
      ...DEFAULT_SETTINGS,
      airFreightDays: 15,
      alertDays: 60,
      overstockDays: 200,
      colours: { ...DEFAULT_SETTINGS.colours, airFreight: '#ffff00', alert: '#ff0000' },
    });
    refreshColourRules(world.services);
    const cover = sheet.rulesUncounted().map((rule) => rule.describe());
    const air = cover.findIndex((r) => String(r.criteria?.values[0]).includes('$C2<=15'));
    const alert = cover.findIndex((r) => String(r.criteria?.values[0]).includes('$C2<=60'));
    const over = cover.findIndex((r) => String(r.criteria?.values[0]).includes('$C2>200'));
    expect(air).toBeGreaterThanOrEqual(0);
    expect(alert).toBe(air + 1);
    expect(over).toBe(alert + 1);
    expect(cover[air]?.format.background).toBe('#ffff00');
    expect(cover[alert]?.format.background).toBe('#ff0000');
    expect(cover[air]?.ranges).toEqual(['Sheet1!C2:C1000']);
    expect(cover[air]?.criteria).toEqual({
      type: 'CUSTOM_FORMULA',
      values: ['=AND(ISNUMBER($C2), $C2<=15, N("stockout-playbook:cover:R4")=0)'],
    });
  });

  it('colours the phase column one colour per phase code', () => {
    const world = createFakeWorld();
    const sheet = sellerSheet(world, 5);
    refreshColourRules(world.services);
    const phase = sheet
      .rulesUncounted()
      .map((rule) => rule.describe())
      .filter((r) => markedTarget(r.criteria?.values[0]) === 'phase');
    expect(phase.map((r) => [r.criteria?.values[0], r.format.background, r.ranges[0]])).toEqual([
      ['=AND($D2="PRE_STOCKOUT", N("stockout-playbook:phase:R4")=0)', '#f9cb9c', 'Sheet1!D2:D1000'],
      ['=AND($D2="OUT_OF_STOCK", N("stockout-playbook:phase:R4")=0)', '#e06666', 'Sheet1!D2:D1000'],
      ['=AND($D2="RECOVERY", N("stockout-playbook:phase:R4")=0)', '#c9daf8', 'Sheet1!D2:D1000'],
      ['=AND($D2="HEALTHY", N("stockout-playbook:phase:R4")=0)', '#d9ead3', 'Sheet1!D2:D1000'],
    ]);
  });

  it('costs the same number of Apps Script calls at 10 rows and at 100,000 rows', () => {
    const measure = (rows: number) => {
      const world = createFakeWorld();
      const sheet = sellerSheet(world, rows);
      addUserRules(world, sheet);
      refreshColourRules(world.services);
      const total = world.calls.count();
      // Nothing reads or writes the data rows: the only values read are the first header rows.
      const reads = world.calls.calls.filter((c) => c.method === 'getValues');
      expect(reads).toHaveLength(1);
      expect(world.calls.count('Range.setValues')).toBe(0);
      expect(world.calls.count('Sheet.setConditionalFormatRules')).toBe(1);
      expect(world.calls.count('Sheet.getConditionalFormatRules')).toBe(1);
      return { total, summary: world.calls.summary() };
    };
    const small = measure(10);
    const large = measure(100_000);
    expect(large.total).toBe(small.total);
    expect(large.summary).toEqual(small.summary);
    console.info(`refresh calls: ${small.total} at 10 rows, ${large.total} at 100,000 rows`);
    console.info(JSON.stringify(small.summary));
  });

  it('finds the columns by header in either language, loosely written, under a title row', () => {
    const world = createFakeWorld({ sheets: ['库存'] });
    const sheet = world.spreadsheet.activeSheetUncounted();
    sheet.seed([
      ['我的补货表'],
      ['SKU', '  可售天数 ', 'STOCKOUT_PHASE'],
      ['A-1', 12, 'PRE_STOCKOUT'],
    ]);
    const outcome = refreshColourRules(world.services);
    expect(outcome?.coverFromSelection).toBe(false);
    const ranges = sheet.rulesUncounted().map((rule) => rule.describe().ranges[0]);
    expect(ranges.slice(0, 4)).toEqual(Array(4).fill('库存!B3:B1000'));
    expect(ranges.slice(4)).toEqual(Array(4).fill('库存!C3:C1000'));
    expect(world.spreadsheet.toasts.at(-1)?.message).toContain("'  可售天数 ' (column B)");
  });

  it('uses the selected column when no header is found, and says which', () => {
    const { world, sheet } = worldWithSelection(
      [
        ['Item', 'Qty', 'Left', 'Runway'],
        ['A-1', 10, 4, 30],
        ['A-2', 12, 5, 90],
      ],
      'D4:D9',
    );
    const outcome = refreshColourRules(world.services);
    expect(outcome?.coverFromSelection).toBe(true);
    expect(world.ui.ui.questions).toEqual([]);
    const rules = sheet.rulesUncounted().map((rule) => rule.describe());
    expect(rules).toHaveLength(4);
    expect(rules.every((r) => r.ranges[0] === 'Sheet1!D1:D1000')).toBe(true);
    expect(rules[0]?.criteria?.values[0]).toContain('ISNUMBER($D1)');
    const toast = world.spreadsheet.toasts.at(-1);
    expect(toast?.message).toContain('no days-of-cover header was found');
    expect(toast?.message).toContain('selected column D');
  });

  it('refuses a selected column that holds no numbers (a SKU column), saying why', () => {
    const { world, sheet } = worldWithSelection(
      [
        ['Item', 'Qty'],
        ['A-1', 10],
        ['A-2', 12],
      ],
      'A2',
    );
    expect(refreshColourRules(world.services)).toBeUndefined();
    expect(world.ui.ui.alerts).toEqual([
      "No days-of-cover header was found on 'Sheet1', and the selected column A holds no numbers, so it cannot be the days of cover. Nothing was changed: select the column with the days of cover (or give it the header Days of cover), then run Refresh colour rules again.",
    ]);
    expect(sheet.rulesUncounted()).toEqual([]);
    expect(world.calls.count('Sheet.setConditionalFormatRules')).toBe(0);
  });

  it('asks before colouring a column that mixes text and numbers, and does as answered', () => {
    const { world, sheet } = worldWithSelection(
      [
        ['Item', 'Left'],
        ['A-1', 30],
        ['A-2', 'see notes'],
      ],
      'B2',
    );
    world.ui.ui.answers.push('NO');
    expect(refreshColourRules(world.services)).toBeUndefined();
    expect(world.ui.ui.questions).toEqual([
      {
        title: 'Colour this column?',
        prompt:
          "No days-of-cover header was found on 'Sheet1'. The selected column B holds text as well as numbers (for example 'see notes'). Colour it as days of cover anyway?",
        buttons: 'YES_NO',
        answer: 'NO',
      },
    ]);
    expect(sheet.rulesUncounted()).toEqual([]);
    expect(world.spreadsheet.toasts.at(-1)?.message).toBe("Nothing was changed on 'Sheet1'.");

    world.ui.ui.answers.push('YES');
    expect(refreshColourRules(world.services)?.coverFromSelection).toBe(true);
    // The four cover bands: out of stock, air freight, alert, slow-moving.
    expect(sheet.rulesUncounted().map((rule) => rule.describe().ranges[0])).toEqual(
      Array(4).fill('Sheet1!B1:B1000'),
    );
  });

  it('asks in Chinese for a Chinese user', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    world.spreadsheet.activeSheetUncounted().seed([[5], ['x']]);
    world.spreadsheet.select('A1');
    refreshColourRules(world.services);
    expect(world.ui.ui.questions[0]?.prompt).toBe(
      "在「Sheet1」中没有找到可售天数表头。所选的 A 列除了数字还有文本（例如 'x'）。仍要按可售天数为它设置颜色吗？",
    );
  });

  it('tells the user, and writes nothing, when there is neither a header nor a selection', () => {
    const world = createFakeWorld();
    world.spreadsheet.clearSelection();
    expect(refreshColourRules(world.services)).toBeUndefined();
    expect(world.ui.ui.alerts).toHaveLength(1);
    expect(world.ui.ui.alerts[0]).toContain('No days-of-cover column was found');
    expect(world.calls.count('Sheet.setConditionalFormatRules')).toBe(0);
  });

  it('toasts what was applied, in the user’s language', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    sellerSheet(world, 3);
    refreshColourRules(world.services);
    const toast = world.spreadsheet.toasts.at(-1);
    expect(toast?.title).toBe('颜色规则');
    expect(toast?.message).toBe(
      '已在「Sheet1」设置颜色规则：「Days of cover」（C 列）：≤ 20 天考虑空运，≤ 75 天立即安排海运，> 180 天为滞销；「Phase」（D 列）：每个阶段一种颜色。',
    );
  });

  it('uses the defaults, and says so, when the saved settings cannot be used', () => {
    const world = createFakeWorld();
    sellerSheet(world, 3);
    world.properties.document.setProperty('stockoutPlaybook.settings', '{broken');
    refreshColourRules(world.services);
    expect(formulas(world.spreadsheet.activeSheetUncounted())[1]).toContain('$C2<=20');
    expect(world.spreadsheet.toasts.at(-1)?.message).toContain('playbook defaults were applied');
  });
});
