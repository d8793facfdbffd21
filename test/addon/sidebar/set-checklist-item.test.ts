import { describe, expect, it } from 'vitest';
import type { FakeWorld } from '../../../fakes/fake-services';
import { FakeSession } from '../../../fakes/fake-session';
import type { SpreadsheetAppLike } from '../../../src/addon/platform/services/spreadsheet-service';
import { PLAYBOOK_LOG_SHEET } from '../../../src/addon/playbook-log/playbook-log';
import { REPLENISHMENT_COLUMNS } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import type { ChecklistTick } from '../../../src/addon/sidebar/sidebar-api';
import {
  getSidebarState,
  setChecklistItem,
  sidebarEndpoints,
} from '../../../src/addon/sidebar/sidebar-endpoints';
import { HEALTHY_TO_ORDER, MUG_TICK, NOW, SHEET, sidebarWorld } from './sidebar-world';

const TICK: ChecklistTick = MUG_TICK;

/** The log's rows below its header, uncounted. */
function logRows(world: FakeWorld): unknown[][] {
  if (!world.spreadsheet.sheetNames().includes(PLAYBOOK_LOG_SHEET)) return [];
  return world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET).valuesUncounted().slice(1);
}

describe('setChecklistItem', () => {
  it('appends the tick to a new Playbook log and the sidebar shows it saved', () => {
    const world = sidebarWorld();
    world.session.email = 'ann@example.com';
    world.spreadsheet.select('C2');
    const result = setChecklistItem(world.services, NOW, TICK);
    expect(result.ticks.R12).toEqual({
      done: true,
      by: 'ann@example.com',
      at: '2026-11-26T10:00:00.000Z',
    });
    const log = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET);
    expect(log.valuesUncounted()).toEqual([
      ['Timestamp', 'User', 'SKU', 'Phase', 'Rule', 'Done / undone', 'Cycle (restock date)'],
      [NOW, 'ann@example.com', 'MUG-BLUE', 'PRE_STOCKOUT', 'R12', 'done', ''],
    ]);
    expect(log.frozenUncounted().rows).toBe(1);
    // The user stays where they were, so the sidebar keeps following their row.
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe(SHEET);
    expect(world.spreadsheet.getActiveRange()?.getA1Notation()).toBe('C2');
    // Reopening the sidebar shows the saved state.
    expect(getSidebarState(world.services, NOW).ticks).toEqual(result.ticks);
  });

  it('keeps the latest entry per SKU, phase and rule, and the history', () => {
    const world = sidebarWorld();
    setChecklistItem(world.services, NOW, TICK);
    setChecklistItem(world.services, NOW, { ...TICK, rule: 'R18' });
    const later = new Date('2026-11-27T08:00:00Z');
    const result = setChecklistItem(world.services, later, { ...TICK, done: false });
    expect(result.ticks.R12).toMatchObject({ done: false, at: '2026-11-27T08:00:00.000Z' });
    expect(result.ticks.R18?.done).toBe(true);
    expect(logRows(world).map((row) => row[5])).toEqual(['done', 'done', 'undone']);
  });

  it('keeps each SKU’s and each phase’s ticks apart', () => {
    const world = sidebarWorld();
    setChecklistItem(world.services, NOW, TICK);
    setChecklistItem(world.services, NOW, {
      ...TICK,
      sku: 'MUG-RED',
      phase: 'OUT_OF_STOCK',
      rule: 'R27',
    });
    world.spreadsheet.select('A3');
    expect(getSidebarState(world.services, NOW).ticks).toEqual({
      R27: expect.objectContaining({ done: true }),
    });
    world.spreadsheet.select('A2');
    expect(Object.keys(getSidebarState(world.services, NOW).ticks ?? {})).toEqual(['R12']);
  });

  it('writes a SKU that looks like a formula as text', () => {
    const world = sidebarWorld({ rows: [{ sku: 'placeholder', fbaStock: 10, dailySales: 1 }] });
    // A SKU cell holding the text "=1+1" (typed with a leading apostrophe).
    world.spreadsheet.sheet(SHEET).cellFor(2, 1).value = '=1+1';
    setChecklistItem(world.services, NOW, { ...TICK, sku: '=1+1' });
    const log = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET);
    expect(log.cell('C2')).toMatchObject({ value: '=1+1', formula: '' });
    expect(log.formulaCells()).toEqual([]);
  });

  it('writes under the document lock and lets it go', () => {
    const world = sidebarWorld();
    const app = world.spreadsheetApp;
    let heldWhileWriting = false;
    const spreadsheet: SpreadsheetAppLike = {
      getActiveSpreadsheet: () => app.getActiveSpreadsheet(),
      newConditionalFormatRule: () => app.newConditionalFormatRule(),
      newDataValidation: () => app.newDataValidation(),
      flush: () => {
        heldWhileWriting = world.lock.documentLockHeld() && logRows(world).length === 1;
        app.flush();
      },
    };
    setChecklistItem({ ...world.services, spreadsheet }, NOW, TICK);
    expect(heldWhileWriting).toBe(true);
    expect(world.lock.documentLockHeld()).toBe(false);
  });

  it('lands two people’s ticks made at the same time', () => {
    const world = sidebarWorld();
    const bob = new FakeSession(world.calls, 'en');
    bob.email = 'bob@example.com';
    world.session.email = 'ann@example.com';
    const bobTicks = () =>
      setChecklistItem({ ...world.services, session: bob }, NOW, { ...TICK, rule: 'R19' });
    const app = world.spreadsheetApp;
    const outcomes: string[] = [];
    // Bob ticks while Ann's write is in progress: he cannot get in until she lets the lock go.
    const ann: SpreadsheetAppLike = {
      getActiveSpreadsheet: () => app.getActiveSpreadsheet(),
      newConditionalFormatRule: () => app.newConditionalFormatRule(),
      newDataValidation: () => app.newDataValidation(),
      flush: () => {
        try {
          bobTicks();
          outcomes.push('bob wrote inside ann’s lock');
        } catch (error) {
          outcomes.push((error as Error).message);
        }
        app.flush();
      },
    };
    setChecklistItem({ ...world.services, spreadsheet: ann }, NOW, TICK);
    expect(outcomes).toEqual(['Someone else is saving a tick right now; try again in a moment.']);
    expect(logRows(world)).toHaveLength(1);
    // LockService.tryLock waits; here Bob's wait ends when Ann is done, and his tick lands too.
    bobTicks();
    expect(logRows(world).map((row) => [row[1], row[4]])).toEqual([
      ['ann@example.com', 'R12'],
      ['bob@example.com', 'R19'],
    ]);
    expect(getSidebarState(world.services, NOW).ticks).toMatchObject({
      R12: { done: true, by: 'ann@example.com' },
      R19: { done: true, by: 'bob@example.com' },
    });
  });

  it('writes nothing when another user holds the lock too long', () => {
    const world = sidebarWorld();
    const other = world.lock.holdDocumentLockElsewhere();
    expect(() => setChecklistItem(world.services, NOW, TICK)).toThrow(/Someone else is saving/);
    expect(world.spreadsheet.sheetNames()).not.toContain(PLAYBOOK_LOG_SHEET);
    other.release();
    expect(setChecklistItem(world.services, NOW, TICK).ticks.R12?.done).toBe(true);
  });

  it('works through the endpoint object the globals use', () => {
    const world = sidebarWorld();
    const endpoints = sidebarEndpoints(world.services, () => NOW);
    expect(endpoints.setChecklistItem(TICK).ticks.R12?.done).toBe(true);
    expect(endpoints.getSidebarState().ticks?.R12?.done).toBe(true);
  });
});

describe('setChecklistItem refuses bad payloads and writes nothing', () => {
  const cases: [string, unknown, RegExp][] = [
    ['nothing', undefined, /expected the item’s details, got nothing/],
    ['a text', 'R12', /expected the item’s details, got 'R12'/],
    ['a list', [TICK], /got a list/],
    ['no SKU', { ...TICK, sku: undefined }, /sku must be a text, got nothing/],
    ['a numeric SKU', { ...TICK, sku: 12 }, /sku must be a text, got 12/],
    ['a blank SKU', { ...TICK, sku: '  ' }, /sku must be a text/],
    [
      'a 201-character SKU, saying it is too long',
      { ...TICK, sku: 'x'.repeat(201) },
      /sku is too long: at most 200 characters, got 201\./,
    ],
    [
      'a tick naming the Playbook log itself',
      { ...TICK, sheet: 'Playbook log' },
      /Ticks are saved on 'Playbook log', not made there/,
    ],
    [
      'a tick for another phase than the row is in',
      { ...TICK, phase: 'OUT_OF_STOCK', rule: 'R27' },
      /'MUG-BLUE' is now in PRE_STOCKOUT, not OUT_OF_STOCK: its checklist has changed/,
    ],
    [
      'an unknown SKU',
      { ...TICK, sku: 'MUG-PURPLE' },
      /'MUG-PURPLE' is not a SKU on 'Replenishment'/,
    ],
    ['an unknown sheet', { ...TICK, sheet: 'Gone' }, /no sheet named 'Gone'/],
    ['an unknown rule', { ...TICK, rule: 'R99' }, /'R99' is not a rule of the playbook checklist/],
    ['a rule from another phase', { ...TICK, rule: 'R34' }, /R34 is not on the PRE_STOCKOUT/],
    ['a caution', { ...TICK, rule: 'R16' }, /R16 is a caution to read/],
    [
      'a stockout rule on a healthy SKU (only its order is on that checklist)',
      { ...TICK, phase: 'HEALTHY' },
      /R12 is not on the HEALTHY checklist/,
    ],
    ['an unknown phase', { ...TICK, phase: 'SOON' }, /'SOON' is not a phase of the playbook/],
    ['a cycle that is not text', { ...TICK, cycle: 20261121 }, /cycle must be a restock date/],
    ['a cycle that is no date', { ...TICK, cycle: '2026-13-01' }, /got '2026-13-01'/],
    ['done as text', { ...TICK, done: 'yes' }, /done must be true or false, got 'yes'/],
    ['prototype keys', { ...TICK, rule: 'constructor' }, /'constructor' is not a rule/],
  ];
  for (const [name, payload, message] of cases) {
    it(`refuses ${name}`, () => {
      const world = sidebarWorld();
      world.calls.reset();
      expect(() => setChecklistItem(world.services, NOW, payload)).toThrow(message);
      expect(world.spreadsheet.sheetNames()).toEqual([SHEET]);
      expect(world.calls.count('Range.setValues')).toBe(0);
      expect(world.calls.count('LockService.getDocumentLock')).toBe(0);
    });
  }

  it('keeps an existing log as it was', () => {
    const world = sidebarWorld();
    setChecklistItem(world.services, NOW, TICK);
    const before = logRows(world);
    expect(() => setChecklistItem(world.services, NOW, { ...TICK, rule: 'R99' })).toThrow();
    expect(logRows(world)).toEqual(before);
  });

  it('explains in the user’s language', () => {
    const world = sidebarWorld({ userLocale: 'zh_CN' });
    expect(() => setChecklistItem(world.services, NOW, { ...TICK, sku: 'MUG-PURPLE' })).toThrow(
      '「MUG-PURPLE」不是「Replenishment」中的 SKU，可能已被改名或删除。',
    );
  });

  it('accepts a 200-character SKU: the limit is on the length, not the kind of text', () => {
    const sku = 'S'.repeat(200);
    const world = sidebarWorld({ rows: [{ sku, fbaStock: 10, dailySales: 1 }] });
    expect(setChecklistItem(world.services, NOW, { ...TICK, sku }).ticks.R12?.done).toBe(true);
  });

  it('refuses a tick on the log even when the log is there, and keeps it as it was', () => {
    const world = sidebarWorld();
    setChecklistItem(world.services, NOW, TICK);
    const before = logRows(world);
    expect(() =>
      setChecklistItem(world.services, NOW, { ...TICK, sheet: ' playbook LOG ' }),
    ).toThrow(/not made there/);
    expect(logRows(world)).toEqual(before);
  });

  it('checks the phase against the row as it is now, and names a row it cannot read', () => {
    const world = sidebarWorld();
    const sheet = world.spreadsheet.sheet(SHEET);
    // MUG-BLUE sells out: the stock cell becomes 0 after the sidebar showed its PRE_STOCKOUT list.
    const stock = sheet.valuesUncounted()[0]?.indexOf('FBA available') ?? -1;
    expect(stock).toBeGreaterThanOrEqual(0);
    sheet.cellFor(2, stock + 1).value = 0;
    expect(() => setChecklistItem(world.services, NOW, TICK)).toThrow(
      "'MUG-BLUE' is now in OUT_OF_STOCK, not PRE_STOCKOUT",
    );
    expect(
      setChecklistItem(world.services, NOW, { ...TICK, phase: 'OUT_OF_STOCK', rule: 'R27' }).ticks
        .R27?.done,
    ).toBe(true);
    sheet.cellFor(2, stock + 1).value = 'lots';
    expect(() => setChecklistItem(world.services, NOW, TICK)).toThrow(
      /'MUG-BLUE' cannot be ticked while its row has a problem: FBA available must be a number, got 'lots'/,
    );
    sheet.cellFor(2, stock + 1).value = '';
    const sales = sheet.valuesUncounted()[0]?.indexOf('Daily sales') ?? -1;
    sheet.cellFor(2, sales + 1).value = '';
    expect(() => setChecklistItem(world.services, NOW, TICK)).toThrow(
      /has no stock or sales figures/,
    );
  });

  it('describes what the page sent in Chinese words, not English ones', () => {
    const world = sidebarWorld({ userLocale: 'zh_CN' });
    const refusal = (payload: unknown) => {
      try {
        setChecklistItem(world.services, NOW, payload);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(refusal(undefined)).toBe('无法读取勾选内容：应为清单项的详细信息，实际为 空值。');
    expect(refusal([TICK])).toBe('无法读取勾选内容：应为清单项的详细信息，实际为 列表。');
    expect(refusal({ ...TICK, sku: undefined })).toBe('sku 必须是文本，当前为 空值。');
    expect(refusal({ ...TICK, sku: {} })).toBe('sku 必须是文本，当前为 对象。');
    expect(refusal({ ...TICK, done: [] })).toBe('done 必须是true 或 false，当前为 列表。');
    for (const payload of [undefined, [TICK], { ...TICK, sku: undefined }, { ...TICK, done: {} }]) {
      expect(refusal(payload)).not.toMatch(/nothing|a list|an object/);
    }
  });

  it('explains the new refusals in Chinese too', () => {
    const world = sidebarWorld({ userLocale: 'zh_CN' });
    expect(() => setChecklistItem(world.services, NOW, { ...TICK, sku: 'x'.repeat(201) })).toThrow(
      'sku 过长：最多 200 个字符，当前为 201 个。',
    );
    expect(() =>
      setChecklistItem(world.services, NOW, { ...TICK, phase: 'OUT_OF_STOCK', rule: 'R27' }),
    ).toThrow('「MUG-BLUE」现在处于 PRE_STOCKOUT 阶段，而不是 OUT_OF_STOCK：清单已变化。');
  });
});

describe('a checklist per stockout cycle', () => {
  const RESTOCK_COLUMN = REPLENISHMENT_COLUMNS.findIndex((c) => c.key === 'lastRestock') + 1;
  const STOCK_COLUMN = REPLENISHMENT_COLUMNS.findIndex((c) => c.key === 'fbaStock') + 1;

  it('starts a second stockout unticked and keeps the first cycle’s ticks in the log', () => {
    // First stockout of MUG-RED (row 3), no restock recorded yet: cycle ''.
    const world = sidebarWorld();
    world.spreadsheet.select('A3');
    const first = getSidebarState(world.services, NOW);
    expect(first.plan?.phase).toBe('OUT_OF_STOCK');
    expect(first.cycle).toBe('');
    const tick = (rule: 'R27' | 'R28', cycle: string, at: Date) =>
      setChecklistItem(world.services, at, {
        sheet: SHEET,
        sku: 'MUG-RED',
        phase: 'OUT_OF_STOCK',
        rule,
        done: true,
        cycle,
      });
    tick('R27', '', NOW);
    tick('R28', '', NOW);
    expect(Object.keys(getSidebarState(world.services, NOW).ticks ?? {}).sort()).toEqual([
      'R27',
      'R28',
    ]);

    // Restocked on 1 Dec, then out of stock again by 20 Jan: the seller records the restock.
    const sheet = world.spreadsheet.sheet(SHEET);
    sheet.seed([['2026-12-01']], 3, RESTOCK_COLUMN);
    sheet.seed([[0]], 3, STOCK_COLUMN);
    const later = new Date('2027-01-20T10:00:00Z');
    const second = getSidebarState(world.services, later);
    expect(second.plan?.phase).toBe('OUT_OF_STOCK');
    expect(second.cycle).toBe('2026-12-01');
    expect(second.ticks).toEqual({});

    // A tick now belongs to the new cycle; the first cycle's rows stay, readable, in the log.
    tick('R27', '2026-12-01', later);
    expect(Object.keys(getSidebarState(world.services, later).ticks ?? {})).toEqual(['R27']);
    expect(logRows(world).map((row) => row.slice(2))).toEqual([
      ['MUG-RED', 'OUT_OF_STOCK', 'R27', 'done', ''],
      ['MUG-RED', 'OUT_OF_STOCK', 'R28', 'done', ''],
      ['MUG-RED', 'OUT_OF_STOCK', 'R27', 'done', '2026-12-01'],
    ]);
  });

  it('reads an older log without a Cycle column as the first cycle and adds the header', () => {
    const world = sidebarWorld();
    const log = world.spreadsheet.insertSheet(PLAYBOOK_LOG_SHEET);
    world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET).seed([
      ['Timestamp', 'User', 'SKU', 'Phase', 'Rule', 'Done / undone'],
      [NOW, '', 'MUG-BLUE', 'PRE_STOCKOUT', 'R12', 'done'],
    ]);
    world.spreadsheet.setActiveSheet(world.spreadsheet.getSheetByName(SHEET) ?? log);
    world.spreadsheet.select('A2');
    expect(getSidebarState(world.services, NOW).ticks?.R12?.done).toBe(true);
    setChecklistItem(world.services, NOW, { ...TICK, rule: 'R18' });
    const rows = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET).valuesUncounted();
    expect(rows[0]?.[6]).toBe('Cycle (restock date)');
    expect(rows[2]?.slice(2)).toEqual(['MUG-BLUE', 'PRE_STOCKOUT', 'R18', 'done', '']);
  });

  it('ticks the cycle the row is in now when the caller leaves the cycle out', () => {
    const world = sidebarWorld();
    const { cycle: _left, ...noCycle } = TICK;
    const result = setChecklistItem(world.services, NOW, {
      ...noCycle,
      sku: 'MUG-GREEN',
      phase: 'RECOVERY',
      rule: 'R32',
    });
    expect(result.ticks.R32?.done).toBe(true);
    expect(logRows(world).map((row) => row.slice(2))).toEqual([
      ['MUG-GREEN', 'RECOVERY', 'R32', 'done', '2026-11-21'],
    ]);
  });

  it('keeps an order’s tick for one review period, then shows the next order unticked', () => {
    const world = sidebarWorld({ rows: [HEALTHY_TO_ORDER] });
    const state = getSidebarState(world.services, NOW);
    expect(state.plan?.phase).toBe('HEALTHY');
    expect(state.plan?.items.map((i) => i.rule)).toEqual(['R6']);
    setChecklistItem(world.services, NOW, {
      sheet: SHEET,
      sku: 'MUG-GREY',
      phase: 'HEALTHY',
      rule: 'R6',
      done: true,
      cycle: state.cycle ?? '',
    });
    const sixDays = new Date(NOW.getTime() + 6 * 86_400_000);
    expect(getSidebarState(world.services, sixDays).ticks?.R6?.done).toBe(true);
    const aWeek = new Date(NOW.getTime() + 7 * 86_400_000);
    expect(getSidebarState(world.services, aWeek).ticks).toEqual({});
    expect(logRows(world)).toHaveLength(1);
  });

  it('names the cycle by the restock day when only days since restock are given', () => {
    const world = sidebarWorld();
    world.spreadsheet.select('A4'); // MUG-GREEN: restocked 5 days before 26 Nov
    expect(getSidebarState(world.services, NOW).cycle).toBe('2026-11-21');
  });
});
