// All Orders and the Inventory Ledger into the Sales history sheet: one row per (date, SKU) with
// units sold and units available, overlapping files never counting a day twice, and undo.

import { describe, expect, it } from 'vitest';
import { importAmazonReport } from '../../../src/addon/import/import-report';
import { undoLastImport } from '../../../src/addon/import/undo-import';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';
import { NOW, templateWorld } from './import-world';

const orders = headerOf(LAYOUT_FILES.allOrders);
const ledger = headerOf(LAYOUT_FILES.ledgerSchema);

function order(date: string, sku: string, quantity: number, status = 'Shipped') {
  return { 'purchase-date': `${date}T12:00:00+00:00`, sku, quantity, 'order-status': status };
}

function balance(date: string, sku: string, units: number, disposition = 'SELLABLE') {
  const [y, m, d] = date.split('-');
  return {
    Date: `${m}/${d}/${y}`,
    MSKU: sku,
    Disposition: disposition,
    'Ending Warehouse Balance': units,
  };
}

describe('history imports into the Sales history sheet', () => {
  it('All Orders then the Ledger give the rows Date, SKU, Units sold, Units available', () => {
    const { world } = templateWorld();
    const sold = importAmazonReport(
      world.services,
      {
        text: reportText(orders, [
          order('2026-11-28', 'A', 2),
          order('2026-11-28', 'A', 1),
          order('2026-11-28', 'B', 9, 'Cancelled'),
          order('2026-11-30', 'A', 4),
          order('2026-11-30', 'B', 1),
        ]),
        fileName: 'orders.txt',
      },
      NOW,
    );
    expect(sold).toMatchObject({
      ok: true,
      reportType: 'allOrders',
      rowsRead: 5,
      added: 4,
      sheet: 'Sales history',
    });
    expect(sold.details).toContain('Added the sheet “Sales history” for the daily history.');
    expect(sold.details).toContain('1 cancelled order lines left out');
    const available = importAmazonReport(
      world.services,
      {
        text: reportText(ledger, [
          balance('2026-11-29', 'A', 40),
          balance('2026-11-29', 'A', 5, 'DEFECTIVE'),
          balance('2026-11-30', 'A', 36),
          balance('2026-11-30', 'B', 0),
        ]),
      },
      NOW,
    );
    expect(available).toMatchObject({
      ok: true,
      reportType: 'ledgerSummary',
      added: 0,
      updated: 3,
    });
    const history = world.spreadsheet.sheet('Sales history');
    expect(history.valuesUncounted()).toEqual([
      ['Date', 'SKU', 'Units sold', 'Units available'],
      ['2026-11-28', 'A', 3, ''],
      ['2026-11-29', 'A', 0, 40],
      ['2026-11-30', 'A', 4, 36],
      ['2026-11-30', 'B', 1, 0],
    ]);
    // The user stays where they were; the sheet is found again by its headers.
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe('Replenishment');
  });

  it('an overlapping All Orders file replaces its days, never adds to them', () => {
    const { world } = templateWorld();
    const first = reportText(orders, [order('2026-11-01', 'A', 2), order('2026-11-02', 'A', 3)]);
    const overlap = reportText(orders, [order('2026-11-02', 'A', 3), order('2026-11-03', 'A', 1)]);
    importAmazonReport(world.services, { text: first }, NOW);
    const again = importAmazonReport(world.services, { text: overlap }, NOW);
    expect(again).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
    expect(importAmazonReport(world.services, { text: overlap }, NOW).cellsChanged).toBe(0);
    expect(world.spreadsheet.sheet('Sales history').valuesUncounted().slice(1)).toEqual([
      ['2026-11-01', 'A', 2, ''],
      ['2026-11-02', 'A', 3, ''],
      ['2026-11-03', 'A', 1, ''],
    ]);
  });

  it('finds an existing history sheet by its Chinese headers, rows in any order, dates as dates', () => {
    const { world } = templateWorld();
    const mine = world.spreadsheet.addSheet('我的历史');
    mine.seed([
      ['日期', 'SKU', '销量', '日末可售库存'],
      [new Date(Date.UTC(2026, 10, 2)), 'A', 7, 30],
      [new Date(Date.UTC(2026, 10, 1)), 'A', 5, 35],
    ]);
    const summary = importAmazonReport(
      world.services,
      { text: reportText(orders, [order('2026-11-01', 'A', 5), order('2026-11-02', 'A', 8)]) },
      NOW,
    );
    expect(summary).toMatchObject({ sheet: '我的历史', added: 0, updated: 1, unchanged: 1 });
    expect(mine.valuesUncounted()[1]).toEqual([new Date(Date.UTC(2026, 10, 2)), 'A', 8, 30]);
    expect(world.spreadsheet.sheetNames()).not.toContain('Sales history');
  });

  it('undo takes the history back: updated days restored, added rows emptied', () => {
    const { world } = templateWorld();
    importAmazonReport(
      world.services,
      { text: reportText(orders, [order('2026-11-01', 'A', 2)]) },
      NOW,
    );
    const history = world.spreadsheet.sheet('Sales history');
    const before = history.valuesUncounted();
    importAmazonReport(
      world.services,
      { text: reportText(orders, [order('2026-11-01', 'A', 6), order('2026-11-02', 'B', 1)]) },
      NOW,
    );
    const undo = undoLastImport(world.services, NOW);
    expect(undo).toMatchObject({ ok: true, kept: 0 });
    expect(history.valuesUncounted()).toEqual(before);
  });

  it('a monthly ledger is refused line by line, saying what to download', () => {
    const { world } = templateWorld();
    const summary = importAmazonReport(
      world.services,
      {
        text: reportText(ledger, [
          { Date: '11/2026', MSKU: 'A', Disposition: 'SELLABLE', 'Ending Warehouse Balance': 3 },
        ]),
      },
      NOW,
    );
    expect(summary.skipped).toEqual([
      {
        line: 2,
        reason: "Date '11/2026' is a month, not a day: download the ledger summary by day",
      },
    ]);
    expect(summary.cellsChanged).toBe(0);
    expect(world.spreadsheet.sheetNames()).not.toContain('Sales history');
  });
});
