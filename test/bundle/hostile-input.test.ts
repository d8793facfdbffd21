// dist/Code.js fed hostile and extreme input by name, as a careless user or a malicious
// collaborator would type it: long text, decimal commas, huge and tiny numbers, negative sales.

import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { REPLENISHMENT_COLUMNS } from '../../src/addon/replenishment-sheet/replenishment-columns';
import { PRE, type SkuCells, sidebarWorld } from '../addon/sidebar/sidebar-world';
import { type LoadedBundle, loadBundle, loadBundleOver } from '../support/load-bundle';
import { col } from '../support/sheet-column';

/** The time bound for one call on the bundle with a 50,000-character input. */
const BOUND_MS = 50;
const LONG = 50_000;

let bundle: LoadedBundle;

beforeAll(() => {
  bundle = loadBundle();
  bundle.call('COVER_DAYS', 100, 5); // the formulas part is built on the first call: not timed
});

/**
 * The fastest of three runs of a call, in ms, with what it returned or threw: a pause of the
 * shared machine's garbage collector in one run does not count against the code.
 */
function timed(run: () => unknown): { ms: number; outcome: unknown } {
  let best = Number.POSITIVE_INFINITY;
  let outcome: unknown;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    try {
      outcome = run();
    } catch (error) {
      outcome = error;
    }
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, outcome };
}

/** The message of what a call threw (an Error of the bundle's own realm), else ''. */
const message = (outcome: unknown) =>
  String((outcome as { message?: unknown } | undefined)?.message ?? '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An ordinary value for a parameter of each kind, so only the argument under test is hostile. */
function ordinary(kind: string): unknown {
  if (kind === 'text') return 'SKU-1';
  if (kind === 'date') return 46_000; // a date serial: 2025-12-09
  if (kind === 'table') return [[46_000, 'SKU-1', 3]];
  return 1;
}

describe('50,000-character text in a number argument', () => {
  const texts: [string, string][] = [
    ['digits then a letter', `${'1'.repeat(LONG - 1)}x`],
    ['digits and points', '1.'.repeat(LONG / 2)],
    ['commas between digits', `${'1,'.repeat(LONG / 2)}x`],
    ['spaces then a letter', `${' '.repeat(LONG - 1)}x`],
    ['exponents', '1e'.repeat(LONG / 2)],
  ];
  for (const [name, text] of texts) {
    it(`is refused by name within ${BOUND_MS} ms: ${name}`, () => {
      for (const spec of CUSTOM_FUNCTIONS) {
        // The text in each number argument in turn, the others ordinary (optional ones blank).
        spec.params.forEach((param, at) => {
          if (param.kind !== 'number') return;
          const args = spec.params.map((p, i) =>
            i === at ? text : p.optional ? '' : ordinary(p.kind),
          );
          const { ms, outcome } = timed(() => bundle.call(spec.name, ...args));
          const where = `${spec.name} ${param.name}`;
          expect(message(outcome), where).toMatch(
            new RegExp(`^${escapeRegExp(param.label.en)}( must be a number|: use a decimal point)`),
          );
          expect(ms, `${where}: ${ms.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
        });
      }
    });
  }

  it(`reads a 50,000-digit number as too large, within ${BOUND_MS} ms`, () => {
    const { ms, outcome } = timed(() => bundle.call('COVER_DAYS', '9'.repeat(LONG), 1));
    expect(message(outcome)).toMatch(/^FBA available is too large to use, got Infinity$/);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('extreme but finite numbers: a finite result or "… is too large", in the sheet’s language', () => {
  const cases: [string, unknown[], RegExp, RegExp][] = [
    [
      'REORDER_QTY',
      [0, 1e308, 1e308, 0, 0],
      /^Order cycle \(days\) is too large: at most 36,500 days/,
      /^下单周期（天） 过大：最多 36,500 天/,
    ],
    [
      'REORDER_QTY',
      [67729, 1e308, 43.9, 62806, 38],
      /^Order cycle \(days\) is too large: at most 36,500 days/,
      /^下单周期（天） 过大/,
    ],
    [
      'AIR_QTY',
      [11, 1.7976931348623157e308, 23],
      /^Daily sales is too large: at most 1,000,000,000 units/,
      /^日均销量 过大：最多 1,000,000,000 件/,
    ],
    [
      'DAILY_SALES',
      [0, 0, 0, 1e-300, 1e300],
      /^Last year next 90 days is too large/,
      /^去年同期后90天销量 过大/,
    ],
    [
      'DAILY_SALES',
      [70, 140, 300, 1e-300, 1e300],
      /^Last year next 90 days is too large/,
      /^去年同期后90天销量 过大/,
    ],
    [
      'DAILY_SALES',
      [70, 140, 300, 1e-300, 1e9],
      /^Last year same 30 days is 1e-300, too small next to Last year next 90 days$/,
      /^去年同期30天销量 为 1e-300，相对 去年同期后90天销量 过小/,
    ],
    [
      'STOCKOUT_GAP',
      [1, 1, 1e308],
      /^Days to arrival is too large: at most 36,500 days/,
      /^距到仓天数 过大.*100 年/,
    ],
    [
      'STOCKOUT_PHASE',
      [1e308, 1],
      /^FBA available is too large: at most 1,000,000,000 units/,
      /^FBA 可售库存 过大：最多 1,000,000,000 件/,
    ],
  ];
  const chinese = loadBundle('dist/Code.js', {}, { spreadsheetLocale: 'zh_CN' });
  for (const [fn, args, english, inChinese] of cases) {
    it(`${fn}(${args.join(', ')})`, () => {
      expect(() => bundle.call(fn, ...args)).toThrow(english);
      expect(() => chinese.call(fn, ...args)).toThrow(inChinese);
    });
  }

  it('DAILY_SALES with weights {1e308,1e308,1e308} blends them as equal weights', () => {
    expect(bundle.call('DAILY_SALES', 70, 140, 300, '', '', [[1e308, 1e308, 1e308]])).toBe(10);
  });

  it('a column of extremes shows the message in the bad rows and computes the others', () => {
    const result = bundle.call(
      'COVER_DAYS',
      col(100, 1e300, 5e-324),
      col(5, 1, 1e-300),
    ) as unknown[][];
    expect(result[0]).toEqual([20]);
    expect(String(result[1]?.[0])).toMatch(/^⚠ FBA available is too large/);
    expect(result[2]).toEqual([5e-324 / 1e-300]);
  });
});

describe('every argument is checked whatever the branch', () => {
  it('refuses negative sales when the stock is out or the SKU is recovering', () => {
    expect(() => bundle.call('STOCKOUT_PHASE', 0, -5)).toThrow(/Daily sales cannot be negative/);
    expect(() => bundle.call('STOCKOUT_PHASE', 100, -5, '', 10)).toThrow(
      /Daily sales cannot be negative/,
    );
    expect(() => bundle.call('STOCKOUT_PHASE', 100, -5)).toThrow(/Daily sales cannot be negative/);
    // An overdue arrival is a state of the shipment, not bad input: the phase still computes.
    expect(bundle.call('STOCKOUT_PHASE', '', '', -1)).toBe('');
    expect(bundle.call('STOCKOUT_PHASE', 100, 5, -3)).toBe('PRE_STOCKOUT');
    expect(bundle.call('STOCKOUT_PHASE', 0, '')).toBe('OUT_OF_STOCK');
  });
});

describe('a decimal comma', () => {
  it('is refused by name, never read as thousands', () => {
    expect(() => bundle.call('COVER_DAYS', '1,5', 1)).toThrow(
      /^FBA available: use a decimal point \(1\.5, not 1,5\), got '1,5'$/,
    );
    expect(() => bundle.call('COVER_DAYS', '12,50', 1)).toThrow(/got '12,50'/);
    expect(bundle.call('COVER_DAYS', '1,234', 1)).toBe(1234);
    expect(bundle.call('COVER_DAYS', '12,345,678', 1)).toBe(12345678);
  });
});

describe('the sidebar endpoint with hostile cells', () => {
  /** The bundle over a replenishment sheet without a notes column, so every header is searched. */
  function sidebarBundle(row: SkuCells, extraHeaders: readonly string[]) {
    const columns = REPLENISHMENT_COLUMNS.map((c) => c.key).filter((key) => key !== 'notes');
    const world = sidebarWorld({ rows: [row], columns });
    world.spreadsheet.sheet('Replenishment').seed([[...extraHeaders]], 1, columns.length + 1);
    return loadBundleOver(world);
  }

  it(`reads a header row with cells of 50,000 "(" within ${BOUND_MS} ms`, () => {
    const sidebar = sidebarBundle(PRE, ['('.repeat(LONG), `${'(x)'.repeat(LONG / 3)}(`]);
    const { ms, outcome } = timed(() => sidebar.call('getSidebarState'));
    expect(outcome).toMatchObject({ sku: 'MUG-BLUE', plan: { phase: 'PRE_STOCKOUT' } });
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
  });

  it(`names a 50,000-character date cell within ${BOUND_MS} ms`, () => {
    const arrival = `2026-11-26${' '.repeat(LONG - 13)}x\ny`;
    const sidebar = sidebarBundle({ ...PRE, daysToArrival: '', nextArrival: arrival }, []);
    const { ms, outcome } = timed(() => sidebar.call('getSidebarState'));
    expect(outcome).toMatchObject({ sku: 'MUG-BLUE', inputError: { key: 'notADate' } });
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
  });
});
