// The Apps Script calls of every menu action, trigger and page endpoint, in order, run through
// the globals as Apps Script runs them: one spreadsheet taken through a seller's whole round.
// The sequences are kept in call-sequences.txt, so any change to what an action asks of the
// services shows up as a difference there.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APPS_SCRIPT_GLOBALS, type FakeWorld } from '../../../fakes/fake-services';
import { ENTRY_POINTS } from '../../../src/addon/entry';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { NOW, SHEET, sidebarWorld } from '../sidebar/sidebar-world';

/** Puts the fakes where the add-on's real services look for them: the Apps Script globals. */
function installGlobals(world: FakeWorld): void {
  const spreadsheetApp = Object.create(world.spreadsheetApp, {
    getUi: { value: () => world.ui.getUi() },
  });
  const scope = globalThis as Record<string, unknown>;
  scope.SpreadsheetApp = spreadsheetApp;
  scope.HtmlService = world.html;
  scope.Session = world.session;
  scope.PropertiesService = world.properties;
  scope.LockService = world.lock;
}

const REPORT = [
  'sku\tasin\tproduct-name\tafn-fulfillable-quantity\tafn-inbound-shipped-quantity',
  'MUG-BLUE\tB000000001\tBlue enamel mug\t80\t400',
  'NEW-ONE\tB000000009\tNew mug\t12\t0',
].join('\r\n');

interface Step {
  readonly global: string;
  readonly args?: readonly unknown[];
  /** Run before the global, its calls not recorded: what the seller does in between. */
  readonly before?: (world: FakeWorld) => void;
}

const selectFirstSku = (world: FakeWorld) => {
  world.spreadsheet.select('C2', SHEET);
};

/** A seller's round, in order: each later step sees the sheets the earlier ones made. */
const ROUND: readonly Step[] = [
  { global: 'onOpen', args: [{ authMode: 'FULL' }] },
  { global: 'onInstall', args: [{ authMode: 'FULL' }] },
  { global: 'refreshColourRules', before: selectFirstSku },
  { global: 'openSidebar', before: selectFirstSku },
  { global: 'getSidebarState', before: selectFirstSku },
  {
    global: 'setChecklistItem',
    before: selectFirstSku,
    args: [
      { sheet: SHEET, sku: 'MUG-BLUE', phase: 'PRE_STOCKOUT', rule: 'R12', done: true, cycle: '' },
    ],
  },
  { global: 'showSettingsDialog' },
  { global: 'getPlaybookSettings' },
  {
    global: 'savePlaybookSettings',
    args: [{ ...JSON.parse(JSON.stringify(shownSettings(DEFAULT_SETTINGS))), alertDays: '60' }],
  },
  { global: 'showAboutDialog' },
  { global: 'insertReplenishmentSheet' },
  { global: 'insertShipmentsSheet' },
  { global: 'insertKeywordRankSheet' },
  { global: 'insertSalesHistorySheet' },
  { global: 'openWeeklyReview' },
  { global: 'checkShipments' },
  { global: 'addTodaysRankRows' },
  { global: 'workOutDemandFromSalesHistory' },
  { global: 'showImportDialog' },
  {
    global: 'importAmazonReport',
    before: selectFirstSku,
    args: [{ text: REPORT, fileName: 'inventory.txt' }],
  },
  { global: 'undoLastImport' },
];

/** "Class.method" of each call, a run of the same call folded into "Class.method ×N". */
function folded(names: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < names.length) {
    let j = i + 1;
    while (j < names.length && names[j] === names[i]) j++;
    out.push(j - i > 1 ? `${names[i]} ×${j - i}` : `${names[i]}`);
    i = j;
  }
  return out;
}

describe('Apps Script call sequences', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const name of APPS_SCRIPT_GLOBALS) delete (globalThis as Record<string, unknown>)[name];
  });

  it('the round covers every global but the custom functions', () => {
    const covered = new Set(ROUND.map((step) => step.global));
    const others = Object.entries(ENTRY_POINTS)
      .filter(([, point]) => point.caller.kind !== 'customFunction')
      .map(([name]) => name);
    expect(others.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !others.includes(name))).toEqual([]);
  });

  it('every action and endpoint makes the same calls, in the same order', async () => {
    const world = sidebarWorld();
    world.session.email = 'ann@example.com';
    for (const page of ['Sidebar', 'Settings', 'ImportDialog']) {
      world.html.files.set(page, `<p>${page}</p>`);
    }
    installGlobals(world);
    const lines: string[] = [];
    for (const step of ROUND) {
      step.before?.(world);
      world.calls.reset();
      const point = ENTRY_POINTS[step.global];
      if (point === undefined) throw new Error(`No global ${step.global}`);
      point.run(...(step.args ?? []));
      lines.push(`## ${step.global} (${world.calls.count()} calls)`);
      lines.push(...folded(world.calls.names()));
    }
    // Each step did what it is for: the pages opened, the sheets were made, nothing failed.
    const ui = world.ui.getUi();
    expect(ui.alerts).toEqual([]);
    expect(ui.sidebars).toHaveLength(1);
    expect(ui.dialogs).toHaveLength(3);
    expect(world.spreadsheet.sheetNames().length).toBeGreaterThan(4);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./call-sequences.txt');
  });
});
