// The running preview without a browser: the sample, edits, the menu, the sidebar's calls, language.

import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../preview/sample/load-sample';
import {
  FIFTEEN_DAYS_SKU,
  HEALTHY_SKU,
  SAMPLE_SKUS,
  SIXTY_DAYS_SKU,
} from '../../../preview/sample/sample-skus';
import { PreviewSession } from '../../../preview/server/preview-session';
import { PLAYBOOK_LOG_SHEET } from '../../../src/addon/playbook-log/playbook-log';
import type { ColumnKey } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { templateColumn } from '../../../src/addon/replenishment-sheet/template-plan';
import type { SidebarState } from '../../../src/addon/sidebar/sidebar-api';
import { PHASES } from '../../../src/core/phase';
import { DEFAULT_COLOURS } from '../../../src/core/settings/settings';

const TODAY = new Date(2026, 10, 26);

function session(locale: 'en' | 'zh-CN' = 'en') {
  return new PreviewSession({
    locale,
    load: (live, language) => {
      loadSample(live, TODAY, language);
    },
    source: '',
    htmlFiles: new Map([
      ['Sidebar', '<!doctype html><html><head></head><body>sidebar</body></html>'],
    ]),
    today: TODAY,
  });
}

/** 0-based grid row and column of a sample SKU's cell. */
function at(sku: string, key: ColumnKey): { row: number; col: number } {
  return { row: SAMPLE_SKUS.findIndex((s) => s.sku === sku) + 1, col: templateColumn(key) - 1 };
}

function shown(preview: PreviewSession, sku: string, key: ColumnKey) {
  const { row, col } = at(sku, key);
  const sheet = preview.state().activeSheet;
  const cell = preview.grid(sheet, row, row + 1).rows[0]?.[col];
  if (cell === undefined) throw new Error(`no cell for ${sku} ${key}`);
  return cell;
}

describe('PreviewSession', () => {
  it('opens on the sample with the add-on’s menu and its sidebar', () => {
    const preview = session();
    const state = preview.state();
    expect(state.activeSheet).toBe('Replenishment');
    expect(state.menu.filter((e) => e.kind === 'item').map((e) => e.functionName)).toContain(
      'refreshColourRules',
    );
    expect(state.sidebar?.title).toBe('Stockout Playbook');
    expect(preview.page(state.sidebar?.id ?? '')).toContain('sidebar');
  });

  it('shows every phase, with the 15-day row yellow and the 60-day row red', () => {
    const preview = session();
    const sheet = preview.state().activeSheet;
    const col = templateColumn('phase') - 1;
    const phases = preview.grid(sheet, 1, SAMPLE_SKUS.length + 1).rows.map((row) => row[col]?.t);
    for (const phase of PHASES) expect(phases).toContain(phase);
    expect(shown(preview, FIFTEEN_DAYS_SKU, 'onHandCover')).toMatchObject({
      t: '15.0',
      bg: DEFAULT_COLOURS.airFreight,
    });
    expect(shown(preview, SIXTY_DAYS_SKU, 'onHandCover')).toMatchObject({
      t: '60.0',
      bg: DEFAULT_COLOURS.alert,
    });
    expect(shown(preview, HEALTHY_SKU, 'phase')).toMatchObject({
      t: 'HEALTHY',
      bg: DEFAULT_COLOURS.phases.HEALTHY,
    });
  });

  it('recalculates after an edit: stock 0 means OUT_OF_STOCK, coloured', () => {
    const preview = session();
    const before = preview.state().version;
    const { row, col } = at(HEALTHY_SKU, 'fbaStock');
    const result = preview.edit({ sheet: preview.state().activeSheet, row, col, input: '0' });
    expect(result.state.version).toBeGreaterThan(before);
    expect(shown(preview, HEALTHY_SKU, 'phase')).toMatchObject({
      t: 'OUT_OF_STOCK',
      bg: DEFAULT_COLOURS.phases.OUT_OF_STOCK,
    });
  });

  it('refuses what the column’s input check rejects, as Sheets does, and keeps the cell', () => {
    const preview = session();
    const { row, col } = at(HEALTHY_SKU, 'fbaStock');
    const before = shown(preview, HEALTHY_SKU, 'fbaStock').t;
    const result = preview.edit({ sheet: preview.state().activeSheet, row, col, input: '-4' });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({ kind: 'alert' });
    expect(shown(preview, HEALTHY_SKU, 'fbaStock').t).toBe(before);
  });

  it('keeps a formula typed in, and shows its error message in the cell', () => {
    const preview = session();
    const sheet = preview.state().activeSheet;
    preview.edit({ sheet, row: 1, col: 25, input: '=COVER_DAYS(-5, 3)' });
    const cell = preview.grid(sheet, 1, 2).rows[0]?.[25];
    expect(cell).toMatchObject({ t: '#ERROR!', e: '=COVER_DAYS(-5, 3)' });
    expect(cell?.err).toContain('FBA available cannot be negative, got -5');
  });

  it('runs a menu item through the add-on’s global and reports its toast', () => {
    const preview = session();
    const result = preview.runMenu('refreshColourRules');
    expect(result.error).toBeUndefined();
    expect(result.events.map((e) => e.kind)).toEqual(['toast']);
    expect(preview.runMenu('getSidebarState').error).toBeDefined();
  });

  it('answers the sidebar’s calls for the selected row, and saves a tick to the log sheet', () => {
    const preview = session();
    const sheet = preview.state().activeSheet;
    preview.select({ sheet, row: at(SIXTY_DAYS_SKU, 'sku').row, col: 0, rows: 1, cols: 25 });
    const answer = preview.rpc('getSidebarState', []);
    expect(answer.ok).toBe(true);
    const state = (answer.ok ? answer.value : undefined) as SidebarState;
    expect(state.sku).toBe(SIXTY_DAYS_SKU);
    const version = preview.state().version;
    const changes: number[] = [];
    preview.onChange(() => changes.push(preview.state().version));
    const tick = preview.rpc('setChecklistItem', [
      { sheet, sku: SIXTY_DAYS_SKU, phase: state.plan?.phase, rule: 'R12', done: true },
    ]);
    expect(tick.ok).toBe(true);
    expect(preview.state().sheets).toContain(PLAYBOOK_LOG_SHEET);
    expect(changes).toEqual([version + 1]);
    const again = preview.rpc('getSidebarState', []);
    expect(again.ok && (again.value as SidebarState).ticks?.R12?.done).toBe(true);
  });

  it('reports bad calls the way google.script.run does, writing nothing', () => {
    const preview = session();
    expect(preview.rpc('noSuchFunction', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: noSuchFunction' },
    });
    const bad = preview.rpc('setChecklistItem', [{ sku: 42 }]);
    expect(bad.ok).toBe(false);
    expect(preview.state().sheets).not.toContain(PLAYBOOK_LOG_SHEET);
  });

  it('switches the add-on to Chinese: menu, and the locale its code reads', () => {
    const preview = session();
    preview.setLocale('zh-CN');
    const state = preview.state();
    expect(state.locale).toBe('zh-CN');
    expect(state.menuTitle).toBe('断货应对手册');
    const captions = state.menu.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    expect(captions.every((caption) => /[\u4e00-\u9fff]/.test(caption))).toBe(true);
    const answer = preview.rpc('getSidebarState', []);
    expect(answer.ok && (answer.value as SidebarState).locale).toBe('zh-CN');
  });

  it('starts again from the sample on reload', () => {
    const preview = session();
    const { row, col } = at(HEALTHY_SKU, 'fbaStock');
    preview.edit({ sheet: preview.state().activeSheet, row, col, input: '0' });
    preview.reload();
    expect(shown(preview, HEALTHY_SKU, 'phase').t).toBe('HEALTHY');
  });

  it('writes a block of cells at once, refusing only the ones a rule rejects, by column name', () => {
    const preview = session();
    const sheet = preview.state().activeSheet;
    const stock = at(HEALTHY_SKU, 'fbaStock');
    const result = preview.edit({
      sheet,
      row: 0,
      col: 0,
      input: '',
      cells: [
        { row: stock.row, col: stock.col, input: '0' },
        { row: stock.row + 1, col: stock.col, input: '-4' },
        { row: 1, col: 25, input: 'note' },
      ],
    });
    expect(result.rejected).toEqual([{ row: stock.row + 1, col: stock.col, input: '-4' }]);
    const alert = result.events.find((event) => event.kind === 'alert');
    expect(alert?.kind === 'alert' && alert.message).toContain('FBA available');
    expect(alert?.kind === 'alert' && alert.message).toContain('-4');
    expect(shown(preview, HEALTHY_SKU, 'phase').t).toBe('OUT_OF_STOCK');
    expect(preview.grid(sheet, 1, 2).rows[0]?.[25]?.t).toBe('note');
  });

  it('sorts the rows by a computed column; the SKUs move with their rows', () => {
    const preview = session();
    const sheet = preview.state().activeSheet;
    const cover = templateColumn('coverDays') - 1;
    preview.sort({ sheet, col: cover, ascending: true });
    const rows = preview.grid(sheet, 1, SAMPLE_SKUS.length + 1).rows;
    const covers = rows
      .map((row) => row[cover]?.t ?? '')
      .filter((t) => t !== '')
      .map(Number);
    expect(covers.length).toBeGreaterThan(20);
    expect([...covers].sort((a, b) => a - b)).toEqual(covers);
    const skus = rows.map((row) => row[0]?.t);
    expect([...skus].sort()).toEqual(SAMPLE_SKUS.map((s) => s.sku).sort());
    const fifteen = skus.indexOf(FIFTEEN_DAYS_SKU);
    expect(rows[fifteen]?.[cover]?.t).toBe('15.0');
  });

  it('puts the sample itself into Chinese, doing again what was done to it', () => {
    const preview = session();
    const { row, col } = at(HEALTHY_SKU, 'fbaStock');
    preview.edit({ sheet: preview.state().activeSheet, row, col, input: '0' });
    preview.setLocale('zh-CN');
    const state = preview.state();
    expect(state.sheets.every((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
    const header = preview.grid(state.activeSheet, 0, 1).rows[0]?.[col]?.t ?? '';
    expect(header).toMatch(/[\u4e00-\u9fff]/);
    expect(shown(preview, HEALTHY_SKU, 'fbaStock').t).toBe('0');
    preview.setLocale('en');
    expect(preview.state().sheets).toContain('Shipments');
    expect(shown(preview, HEALTHY_SKU, 'fbaStock').t).toBe('0');
  });
});
