// dist/Code.js as Apps Script loads it: one global scope, the entry points and nothing else.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/build-page.mjs';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { ENTRY_POINTS } from '../../src/addon/entry';
import { MENU_ITEMS } from '../../src/addon/features';
import type { EntryCaller } from '../../src/addon/platform/feature-kit/entry-point';
import { type LoadedBundle, loadBundle } from '../support/load-bundle';
import { col } from '../support/sheet-column';

let bundle: LoadedBundle;

beforeAll(() => {
  bundle = loadBundle();
});

/** The JSDoc block written directly above `function name(`. */
function jsDocOf(source: string, name: string): string {
  const at = source.indexOf(`\nfunction ${name}(`);
  expect(at, `function ${name} in Code.js`).toBeGreaterThan(0);
  const head = source.slice(0, at);
  const open = head.lastIndexOf('/**');
  const block = head.slice(open);
  expect(block.trimEnd().endsWith('*/'), `${name}: JSDoc directly above`).toBe(true);
  return block;
}

/** The entry points with a given kind of caller. */
function calledBy(kind: EntryCaller['kind']): string[] {
  return Object.entries(ENTRY_POINTS)
    .filter(([, entry]) => entry.caller.kind === kind)
    .map(([name]) => name)
    .sort();
}

/** The endpoints each page's caller says it calls. */
function pageEndpoints(page: string): string[] {
  return Object.entries(ENTRY_POINTS)
    .filter(([, entry]) => 'page' in entry.caller && entry.caller.page === page)
    .map(([name]) => name)
    .sort();
}

/** True when the built page calls the endpoint (`rpc.name(`, over google.script.run). */
function pageCalls(html: string, name: string): boolean {
  return new RegExp(`\\.${name}\\(`).test(html);
}

describe('dist/Code.js', () => {
  it('loads without touching any Apps Script service', () => {
    expect(bundle.touched).toEqual([]);
  });

  it('exposes exactly the entry points as global functions', () => {
    expect(bundle.globals().sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
    for (const spec of CUSTOM_FUNCTIONS) expect(bundle.globals()).toContain(spec.name);
  });

  it('declares every entry point as a top-level function declaration', () => {
    for (const name of Object.keys(ENTRY_POINTS)) {
      expect(bundle.source).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('writes @customfunction JSDoc with every parameter and the return for each custom function', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const doc = jsDocOf(bundle.source, spec.name);
      expect(doc).toContain('@customfunction');
      expect(doc).toContain(spec.summary);
      expect(doc).toMatch(/@return \{[^}]+\} \S/);
      for (const param of spec.params) {
        const name = param.optional ? `\\[${param.name}\\]` : param.name;
        expect(doc, `${spec.name} ${param.name}`).toMatch(
          new RegExp(`@param \\{[^}]+\\} ${name} \\S`),
        );
      }
      const declared = bundle.source.match(
        new RegExp(`^function ${spec.name}\\(([^)]*)\\)`, 'm'),
      )?.[1];
      expect(declared?.split(', ')).toEqual(spec.params.map((p) => p.name));
    }
  });

  it('marks no other function as a custom function', () => {
    const marked = [...bundle.source.matchAll(/@customfunction\s*\*\/\s*function (\w+)\(/g)].map(
      (m) => m[1],
    );
    expect(marked.sort()).toEqual(CUSTOM_FUNCTIONS.map((s) => s.name).sort());
  });

  it('computes each function by name with single values', () => {
    expect(bundle.call('DAILY_SALES', 140, 210, 450)).toBe(17.5);
    expect(bundle.call('COVER_DAYS', 100, 5)).toBe(20);
    expect(bundle.call('REORDER_QTY', 10, 60, 14, 300, 200)).toBe(240);
    expect(bundle.call('STOCKOUT_GAP', 100, 5, 30)).toBe(10);
    expect(bundle.call('STOCKOUT_PHASE', 100, 5, 30)).toBe('PRE_STOCKOUT');
  });

  it('computes each function by name with 2-D arrays, blank rows blank and bad rows explained', () => {
    expect(bundle.call('DAILY_SALES', col(140, ''), col(210, ''), col(450, ''))).toEqual(
      col(17.5, ''),
    );
    expect(bundle.call('COVER_DAYS', col(100, '', 'x'), col(5, '', 5))).toEqual([
      [20],
      [''],
      ["⚠ FBA available must be a number, got 'x'"],
    ]);
    expect(bundle.call('REORDER_QTY', col(10, ''), 60, 14, col(300, ''), col(200, ''))).toEqual(
      col(240, ''),
    );
    expect(bundle.call('STOCKOUT_GAP', col(100, 0), col(5, 5), col(30, ''))).toEqual(col(10, ''));
    expect(bundle.call('STOCKOUT_PHASE', col(100, 0), col(5, 5))).toEqual(
      col('PRE_STOCKOUT', 'OUT_OF_STOCK'),
    );
  });

  it('throws a named message for a bad single value, as Sheets shows in #ERROR!', () => {
    expect(() => bundle.call('COVER_DAYS', -1, 5)).toThrow(
      /^FBA available cannot be negative, got -1$/,
    );
  });

  it('computes DEMAND_STATS, SAFETY_DAYS and ORDER_BY_DATE by name, on ranges and dates', () => {
    // 28 days of 10 a day ending 2026-11-30 (serial 46356), then MUG out of stock for 10 days.
    const history: unknown[][] = [];
    for (let d = 0; d < 28; d++) history.push([46329 + d, 'MUG', 10, d === 27 ? 0 : 40]);
    for (let d = 0; d < 10; d++) history.push([46357 + d, 'CUP', 3]);
    const stats = bundle.call('DEMAND_STATS', col('MUG', '', 'CUP', 'NEW'), history) as unknown[][];
    expect(stats[0]?.[0]).toBeCloseTo(10, 9);
    expect(stats[0]?.slice(1)).toEqual([0, 1]);
    expect(stats[1]).toEqual(['', '', '']);
    expect(stats[2]?.[0]).toBeCloseTo(3, 9);
    expect(stats[3]).toEqual(['', '', '']);
    expect(bundle.call('SAFETY_DAYS', 10, 20, 63, 7, 0.95)).toBeCloseTo(10.4, 2);
    expect(bundle.call('SAFETY_DAYS', col(10, 0), col(20, 20), 63, 7)).toEqual([
      [expect.any(Number)],
      [''],
    ]);
    expect(bundle.call('ORDER_BY_DATE', 900, 0, 10, 67, 10, 46357)).toBe(46370);
    // A Date made in another script realm, as a test harness may hand one over.
    const today = new Date(Date.UTC(2026, 11, 1));
    const due = bundle.call('ORDER_BY_DATE', 900, 0, 10, 67, 10, today) as Date;
    expect(Object.prototype.toString.call(due)).toBe('[object Date]');
    expect(due.getTime()).toBe(Date.UTC(2026, 11, 14));
    expect(() => bundle.call('DEMAND_STATS', 'MUG', [['Date', 'SKU', 'Units sold']])).toThrow(
      /^Sales history starts with a header \('Date'\)/,
    );
  });

  it('still touches no service after the custom functions ran, but the locale read', () => {
    expect(bundle.touched).toEqual([]);
  });

  it('builds only the formulas part for custom functions, never the menu and sidebar code', () => {
    const fresh = loadBundle();
    const loaded = () =>
      Object.keys((fresh.context.StockoutPlaybook_ as { loaded: object }).loaded);
    expect(loaded()).toEqual([]);
    fresh.call('COVER_DAYS', 100, 5);
    fresh.call('RANK_DROP', 12, 140);
    expect(loaded()).toEqual(['formulas']);
  });
});

describe('custom-function messages in the spreadsheet’s language', () => {
  const LOCALE_READ = [
    'SpreadsheetApp.getActiveSpreadsheet()',
    'Spreadsheet.getSpreadsheetLocale()',
  ];
  const HAN = /[\u4e00-\u9fff]/;

  it('makes no service call at all for a call that shows no message', () => {
    const fresh = loadBundle('dist/Code.js', {}, { spreadsheetLocale: 'zh_CN' });
    expect(fresh.call('COVER_DAYS', col(100, '', 3), col(5, '', 1))).toEqual(col(20, '', 3));
    expect(fresh.call('STOCKOUT_PHASE', 100, 5, 30)).toBe('PRE_STOCKOUT');
    expect(fresh.call('STOCKOUT_PHASE', 100, 5, -3)).toBe('PRE_STOCKOUT');
    expect(fresh.localeReads).toEqual([]);
    expect(fresh.touched).toEqual([]);
  });

  it('reads the locale once per call with messages, however many rows show one', () => {
    const fresh = loadBundle('dist/Code.js', {}, { spreadsheetLocale: 'zh_CN' });
    const result = fresh.call('COVER_DAYS', col('x', -1, 100, ''), col(5, 5, 5, '')) as unknown[][];
    expect(result).toEqual([
      ["⚠ FBA 可售库存 必须是数字，当前为 'x'"],
      ['⚠ FBA 可售库存 不能为负数，当前为 -1'],
      [20],
      [''],
    ]);
    expect(fresh.localeReads).toEqual(LOCALE_READ);
    expect(() => fresh.call('REORDER_QTY', 10, 60, 14, '', 0)).toThrow(
      /^FBA 可售库存 为空：请填写，或清空整行$/,
    );
    expect(fresh.localeReads).toEqual([...LOCALE_READ, ...LOCALE_READ]);
    expect(fresh.touched).toEqual([]);
  });

  it('is English only for en_US, Chinese only for zh_CN, English for an unknown locale', () => {
    const cases: [string, 'en' | 'zh'][] = [
      ['en_US', 'en'],
      ['en_GB', 'en'],
      ['zh_CN', 'zh'],
      ['zh_TW', 'zh'],
      ['de_DE', 'en'],
      ['', 'en'],
    ];
    for (const [locale, language] of cases) {
      const fresh = loadBundle('dist/Code.js', {}, { spreadsheetLocale: locale });
      const messages = [
        String((fresh.call('REORDER_QTY', col('abc', 1), 60, 14, 1, 0) as unknown[][])[0]?.[0]),
        String(
          (fresh.call('STOCKOUT_GAP', col(1, 2), col(1, 1), col(-2, 3)) as unknown[][])[0]?.[0],
        ),
      ];
      try {
        fresh.call('COVER_DAYS', col(1, 2), col(1, 2, 3));
      } catch (error) {
        messages.push((error as Error).message);
      }
      expect(messages, locale).toHaveLength(3);
      for (const message of messages) {
        if (language === 'zh') {
          expect(message, locale).toMatch(HAN);
          expect(message, locale).not.toMatch(/\b(is|must|got|rows|has|the)\b/);
        } else {
          expect(message, locale).not.toMatch(HAN);
        }
      }
      expect(messages[2], locale).toBe(
        language === 'zh'
          ? '日均销量 有 3 行，FBA 可售库存 有 2 行：请使用大小相同的范围'
          : 'Daily sales has 3 rows but FBA available has 2: use ranges of one size',
      );
    }
  });

  it('says an overdue arrival in the gap column and still gives the phase', () => {
    const zh = loadBundle('dist/Code.js', {}, { spreadsheetLocale: 'zh_CN' });
    expect(zh.call('STOCKOUT_GAP', col(100, 100), col(5, 5), col(-3, 30))).toEqual([
      ['⚠ 距到仓天数 为 -3：到货已逾期，请更新 ETA 或标记为已签收'],
      [10],
    ]);
    expect(zh.call('STOCKOUT_PHASE', col(100, 500), col(5, 5), col(-3, -3))).toEqual(
      col('PRE_STOCKOUT', 'HEALTHY'),
    );
    expect(() => bundle.call('STOCKOUT_GAP', 100, 5, -3)).toThrow(
      /^Days to arrival is -3: arrival overdue; update the ETA or mark it received$/,
    );
  });

  it('falls back on English when the locale cannot be read', () => {
    const broken = loadBundle('dist/Code.js', {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => {
          throw new Error('no access');
        },
      },
    });
    expect(() => broken.call('COVER_DAYS', -1, 5)).toThrow(/^FBA available cannot be negative/);
  });
});

describe('the callers of every global', () => {
  it('gives every global a caller, and no other kind of caller exists', () => {
    const kinds = new Set(Object.values(ENTRY_POINTS).map((entry) => entry.caller.kind));
    expect([...kinds].sort()).toEqual(['customFunction', 'menu', 'page', 'trigger']);
    const all = [
      ...calledBy('customFunction'),
      ...calledBy('menu'),
      ...calledBy('page'),
      ...calledBy('trigger'),
    ];
    expect(all.sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
  });

  it('calls Sheets the custom functions, Apps Script the simple triggers, the menu its items', () => {
    expect(calledBy('customFunction')).toEqual(CUSTOM_FUNCTIONS.map((spec) => spec.name).sort());
    expect(calledBy('trigger')).toEqual(['onInstall', 'onOpen']);
    expect(calledBy('menu')).toEqual(MENU_ITEMS.map((item) => item.functionName).sort());
  });

  it('has each endpoint called by its page, and by no other page', () => {
    const pages = Object.keys(PAGES);
    const named = new Set(
      Object.values(ENTRY_POINTS).flatMap((entry) =>
        'page' in entry.caller && entry.caller.page !== undefined ? [entry.caller.page] : [],
      ),
    );
    for (const page of named) expect(pages).toContain(page);
    expect(pageEndpoints('Settings')).toEqual(['getPlaybookSettings', 'savePlaybookSettings']);
    expect(pageEndpoints('Sidebar')).toEqual(['getSidebarState', 'setChecklistItem']);
    for (const page of pages) {
      const html = readFileSync(`dist/${page}.html`, 'utf8');
      for (const name of Object.keys(ENTRY_POINTS)) {
        expect(pageCalls(html, name), `${page} calls ${name}`).toBe(
          pageEndpoints(page).includes(name),
        );
      }
    }
  });

  it('writes each global’s caller into its JSDoc in Code.js', () => {
    expect(jsDocOf(bundle.source, 'showSettingsDialog')).toContain('Called by the add-on menu.');
    expect(jsDocOf(bundle.source, 'onOpen')).toContain('Called by Apps Script: a simple trigger.');
    expect(jsDocOf(bundle.source, 'getPlaybookSettings')).toContain(
      'Called by the Settings page (google.script.run, dist/Settings.html).',
    );
    for (const name of calledBy('page')) {
      expect(jsDocOf(bundle.source, name)).toMatch(/Called by the \w+ page/);
    }
  });
});
