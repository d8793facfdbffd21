// Importing Amazon reports into the add-on's replenishment sheet: every layout lands in the
// right columns, nothing the seller typed is lost, the same report twice changes nothing, a SKU
// left out is kept and marked, undo puts every cell back even after a sort, and the cost in
// Apps Script calls does not grow with the report.

import { describe, expect, it } from 'vitest';
import { IMPORT_HISTORY_SHEET } from '../../../src/addon/import/import-history';
import { importAmazonReport } from '../../../src/addon/import/import-report';
import { undoLastImport } from '../../../src/addon/import/undo-import';
import { columnLetter } from '../../../src/addon/platform/column-letter';
import { REPLENISHMENT_COLUMNS } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import {
  FBA_2026_COLUMNS,
  headerOf,
  LAYOUT_FILES,
  type ReportLine,
  reportText,
} from '../../core/import/amazon-reports';
import {
  column,
  NOW,
  rowsBySku,
  skuValue,
  sortRowsBySku,
  templateWorld,
  typedCells,
} from './import-world';

/** Where the import adds its Report status column: right of the template's last column. */
const STATUS_HEADER = `${columnLetter(REPLENISHMENT_COLUMNS.length + 1)}1`;

const STOCK_KEYS = [
  'fbaStock',
  'inbound',
  'units7d',
  'units30d',
  'price',
  'asin',
  'product',
] as const;

/** A stock report's lines for SKUs, in the layout's own column names. */
function stockLines(layout: string, skus: readonly string[], offset = 0): ReportLine[] {
  return skus.map((sku, i) => {
    const n = i + offset;
    switch (layout) {
      case 'restock':
        return {
          'Merchant SKU': sku,
          ASIN: `B0R${i}`,
          'Product Name': `Restock ${sku}`,
          Available: 100 + n,
          Inbound: 10 + n,
          Working: 1,
          Shipped: 2,
          Receiving: 3,
          'Units Sold Last 30 Days': 30 + n,
          Price: `$${(9.5 + n).toFixed(2)}`,
        };
      case 'manageInventory':
        return {
          sku,
          asin: `B0M${i}`,
          'product-name': `MYI ${sku}`,
          'afn-fulfillable-quantity': `1,${String(100 + n).padStart(3, '0')}`,
          'afn-inbound-working-quantity': 1,
          'afn-inbound-shipped-quantity': 2 + n,
          'afn-inbound-receiving-quantity': 3,
          'your-price': 19.99,
        };
      case 'businessReport':
        return {
          '(Child) ASIN': `B0B${i}`,
          SKU: sku,
          Title: `Business ${sku}`,
          'Sessions - Total': '12,131',
          'Units Ordered': `${300 + n}`,
          'Unit Session Percentage': '5.63%',
          'Ordered Product Sales': '$12,905.25',
        };
      case 'afnInventory':
        return {
          'seller-sku': sku,
          asin: `B0A${i}`,
          'Warehouse-Condition-code': 'SELLABLE',
          'Quantity Available': 50 + n,
        };
      default:
        return {
          'snapshot-date': '2026-11-30',
          sku,
          asin: `B0F${i}`,
          'product-name': `FBA ${sku}`,
          available: 200 + n,
          'inbound-quantity': 20 + n,
          'units-shipped-t7': 7 + n,
          'units-shipped-t30': 31 + n,
          'your-price': '$12.99',
          'inv-age-0-to-90-days': 5,
        };
    }
  });
}

/** What each layout writes for the first SKU of stockLines. */
const EXPECTED_FIRST: Record<string, Partial<Record<(typeof STOCK_KEYS)[number], unknown>>> = {
  fbaInventory: {
    fbaStock: 200,
    inbound: 20,
    units7d: 7,
    units30d: 31,
    price: 12.99,
    asin: 'B0F0',
    product: 'FBA NEW-0',
  },
  restock: {
    fbaStock: 100,
    inbound: 10,
    units7d: '',
    units30d: 30,
    price: 9.5,
    asin: 'B0R0',
    product: 'Restock NEW-0',
  },
  manageInventory: {
    fbaStock: 1100,
    inbound: 6,
    units7d: '',
    units30d: '',
    price: 19.99,
    asin: 'B0M0',
    product: 'MYI NEW-0',
  },
  businessReport: {
    fbaStock: '',
    inbound: '',
    units7d: '',
    units30d: 300,
    price: '',
    asin: 'B0B0',
    product: 'Business NEW-0',
  },
  afnInventory: { fbaStock: 50, inbound: '', units30d: '', asin: 'B0A0', product: '' },
};

const LAYOUTS: [string, string, string[]][] = [
  ['fbaInventory', 'FBA Inventory', headerOf(LAYOUT_FILES.fbaInventory)],
  [
    'fbaInventory',
    'FBA Inventory 2026',
    [...headerOf(LAYOUT_FILES.fbaInventory), ...FBA_2026_COLUMNS],
  ],
  [
    'fbaInventory',
    'FBA Inventory (documented names)',
    headerOf(LAYOUT_FILES.fbaInventoryDocumented),
  ],
  ['restock', 'Restock Inventory', headerOf(LAYOUT_FILES.restock)],
  ['manageInventory', 'Manage FBA Inventory', headerOf(LAYOUT_FILES.manageInventory)],
  ['businessReport', 'Business Report', headerOf(LAYOUT_FILES.businessReport)],
  ['afnInventory', 'FBA Amazon Fulfilled Inventory', headerOf(LAYOUT_FILES.afnInventory)],
];

function importText(
  world: ReturnType<typeof templateWorld>['world'],
  text: string,
  fileName = 'report.txt',
) {
  return importAmazonReport(world.services, { text, fileName }, NOW);
}

describe('importAmazonReport: every stock layout into the template', () => {
  it.each(LAYOUTS)('%s (%s) fills the columns it gives and adds its SKUs', (id, _, header) => {
    const { world, sheet } = templateWorld();
    const formulasBefore = sheet.formulaCells();
    const text = reportText(header, stockLines(id, ['NEW-0', 'NEW-1']), {
      delimiter: id === 'businessReport' ? ',' : '\t',
    });
    const summary = importText(world, text);
    expect(summary.ok, summary.message).toBe(true);
    expect(summary.reportType).toBe(id);
    expect(summary).toMatchObject({ rowsRead: 2, added: 2, updated: 0, notListed: 6 });
    const rows = rowsBySku(sheet, [...STOCK_KEYS, 'reportStatus']);
    // After the six example rows.
    expect(rows.get('NEW-0')?.row).toBe(8);
    expect(rows.get('NEW-1')?.row).toBe(9);
    expect(rows.get('NEW-0')).toMatchObject(EXPECTED_FIRST[id] ?? {});
    // Worked-out columns keep their one array formula; nothing else became a formula.
    expect(sheet.formulaCells()).toEqual(formulasBefore);
    // The examples are not in the report: kept, and marked.
    expect(rows.get('EXAMPLE-AIR')?.reportStatus).toMatch(
      /^Not in the latest report \(2026-1[12]-[0-9]{2}, /,
    );
    expect(sheet.cell(STATUS_HEADER).value).toBe('Report status');
  });

  it('dates the mark with the report’s snapshot date, else today', () => {
    const { world, sheet } = templateWorld();
    importText(
      world,
      reportText(headerOf(LAYOUT_FILES.fbaInventory), stockLines('fbaInventory', ['A'])),
    );
    expect(skuValue(sheet, 'EXAMPLE-AIR', 'reportStatus')).toBe(
      'Not in the latest report (2026-11-30, FBA Inventory)',
    );
    importText(world, reportText(headerOf(LAYOUT_FILES.restock), stockLines('restock', ['A'])));
    expect(skuValue(sheet, 'EXAMPLE-AIR', 'reportStatus')).toBe(
      'Not in the latest report (2026-12-01, Restock Inventory)',
    );
  });
});

describe('importAmazonReport: a Restock report saved as CSV', () => {
  it('finds its SKUs under "Merchant SKU" (the preview answered "has no SKU column")', () => {
    const { world, sheet } = templateWorld();
    const text = reportText(
      headerOf(LAYOUT_FILES.restock),
      [
        {
          Country: 'US',
          'Product Name': 'Mug, blue',
          'Merchant SKU': 'MUG-1',
          Available: 200,
          Inbound: 50,
        },
      ],
      { delimiter: ',' },
    );
    const summary = importText(world, text, 'restock.csv');
    expect(summary).toMatchObject({ ok: true, reportType: 'restock', added: 1 });
    expect(rowsBySku(sheet, ['fbaStock', 'inbound', 'product']).get('MUG-1')).toMatchObject({
      fbaStock: 200,
      inbound: 50,
      product: 'Mug, blue',
    });
  });
});

describe('importAmazonReport: merging by SKU', () => {
  const header = headerOf(LAYOUT_FILES.fbaInventory);

  it('updates only the report’s columns, keeps what the seller typed, fills blanks only', () => {
    const { world, sheet } = templateWorld();
    importText(world, reportText(header, stockLines('fbaInventory', ['A', 'B'])));
    const rowA = rowsBySku(sheet, []).get('A')?.row as number;
    // The seller types a cycle, a note and their own price.
    sheet.seed([['my note']], rowA, column('notes'));
    sheet.seed([[45]], rowA, column('cycleDays'));
    sheet.seed([[14.5]], rowA, column('price'));
    sheet.seed([['']], rowA, column('product'));
    const second = stockLines('fbaInventory', ['A', 'B'], 5);
    const summary = importText(world, reportText(header, second));
    expect(summary).toMatchObject({ updated: 2, added: 0, unchanged: 0 });
    expect(
      rowsBySku(sheet, ['fbaStock', 'units30d', 'notes', 'cycleDays', 'price', 'product']).get('A'),
    ).toMatchObject({
      fbaStock: 205,
      units30d: 36,
      notes: 'my note',
      cycleDays: 45,
      price: 14.5,
      product: 'FBA A',
    });
  });

  it('the same report twice changes nothing the second time', () => {
    const { world, sheet } = templateWorld();
    const text = reportText(header, stockLines('fbaInventory', ['A', 'B', 'C']));
    importText(world, text);
    const history = world.spreadsheet.sheet(IMPORT_HISTORY_SHEET);
    const before = {
      values: sheet.valuesUncounted(),
      formulas: sheet.formulaCells(),
      history: history.valuesUncounted(),
    };
    world.calls.reset();
    const again = importText(world, text);
    expect(again).toMatchObject({
      ok: true,
      cellsChanged: 0,
      updated: 0,
      added: 0,
      unchanged: 3,
      notListed: 6,
    });
    expect(again.details[0]).toMatch(/Nothing changed/);
    expect(sheet.valuesUncounted()).toEqual(before.values);
    expect(sheet.formulaCells()).toEqual(before.formulas);
    expect(history.valuesUncounted()).toEqual(before.history);
    expect(world.calls.count('Range.setValues')).toBe(0);
  });

  it('a SKU missing from the next report keeps its row and values and is marked; back, unmarked', () => {
    const { world, sheet } = templateWorld();
    importText(world, reportText(header, stockLines('fbaInventory', ['A', 'B'])));
    const b = rowsBySku(sheet, [...STOCK_KEYS]).get('B');
    const summary = importText(world, reportText(header, stockLines('fbaInventory', ['A'])));
    expect(summary).toMatchObject({ notListed: 7, unchanged: 1 });
    const after = rowsBySku(sheet, [...STOCK_KEYS, 'reportStatus']).get('B');
    expect(after).toEqual({
      ...b,
      reportStatus: 'Not in the latest report (2026-11-30, FBA Inventory)',
    });
    importText(world, reportText(header, stockLines('fbaInventory', ['A', 'B'])));
    expect(skuValue(sheet, 'B', 'reportStatus')).toBe('');
  });

  it('a skewed line is reported with its number and never shifted into other columns', () => {
    const { world, sheet } = templateWorld();
    const good = reportText(header, stockLines('fbaInventory', ['A', 'B']));
    const lines = good.split('\r\n');
    // Line 3 (SKU B) loses a field: every later value would land one column to the left.
    lines[2] = (lines[2] as string).replace('\t', '');
    const summary = importText(world, lines.join('\r\n'));
    expect(summary.skipped).toEqual([
      {
        line: 3,
        reason: `${header.length - 1} fields where the header has ${header.length}: not read, so no value lands in the wrong column`,
      },
    ]);
    expect(summary.details).toContain('1 lines skipped:');
    expect(summary.added).toBe(1);
    expect(rowsBySku(sheet, []).has('B')).toBe(false);
    expect([...rowsBySku(sheet, []).keys()].some((sku) => sku.includes('B0F'))).toBe(false);
  });

  it('formula-looking text from a report lands as text', () => {
    const { world, sheet } = templateWorld();
    const text = reportText(header, [
      { sku: '=HYPERLINK("http://x","y")', available: 1, 'product-name': '+1 mug', asin: '@B0' },
      { sku: '-12', available: 2, 'product-name': "=cmd|' /C calc'!A0" },
    ]);
    const formulasBefore = sheet.formulaCells();
    const summary = importText(world, text);
    expect(summary.added).toBe(2);
    expect(sheet.formulaCells()).toEqual(formulasBefore);
    const rows = rowsBySku(sheet, ['product', 'asin']);
    expect(rows.get('=HYPERLINK("http://x","y")')).toMatchObject({
      product: '+1 mug',
      asin: '@B0',
    });
    expect(rows.get('-12')).toMatchObject({ product: "=cmd|' /C calc'!A0" });
  });

  it('never writes over a formula: inbound linked to a shipments sheet stays linked', () => {
    const { world, sheet } = templateWorld();
    importText(world, reportText(header, stockLines('fbaInventory', ['A'])));
    const rowA = rowsBySku(sheet, []).get('A')?.row as number;
    const inbound = `=SUMIFS(Shipments!C:C, Shipments!B:B, A${rowA})`;
    for (let row = 2; row <= rowA; row++)
      sheet.seed([[`=SUMIFS(Shipments!C:C, Shipments!B:B, A${row})`]], row, column('inbound'));
    const summary = importText(world, reportText(header, stockLines('fbaInventory', ['A'], 3)));
    expect(sheet.cellAt(rowA, column('inbound'))?.formula).toBe(inbound);
    expect(skuValue(sheet, 'A', 'fbaStock')).toBe(203);
    expect(summary.details).toContain('Filled by a formula, so not updated: Inbound qty.');
  });

  it('an unknown layout is refused with the columns looked for, and nothing is written', () => {
    const { world, sheet } = templateWorld();
    const before = sheet.valuesUncounted();
    const ledgerDetail = headerOf('GET_LEDGER_DETAIL_VIEW_DATA.header.tsv');
    const summary = importText(
      world,
      reportText(ledgerDetail, [{ Date: '11/30/2026', MSKU: 'A' }]),
    );
    expect(summary.ok).toBe(false);
    expect(summary.message).toContain('This is not a report the add-on knows');
    expect(summary.message).toContain('Restock Inventory (Merchant SKU, Available)');
    expect(summary.message).toContain(
      'Inventory Ledger (summary) (Date, MSKU, Disposition, Ending Warehouse Balance)',
    );
    expect(summary.message).toContain('Date | FNSKU | ASIN | MSKU');
    expect(sheet.valuesUncounted()).toEqual(before);
    expect(world.calls.count('Range.setValues')).toBe(0);
  });

  it('refuses an empty request and a spreadsheet without a replenishment sheet', () => {
    const { world } = templateWorld();
    expect(importAmazonReport(world.services, { text: '  ' }, NOW).message).toBe(
      'Paste a report or choose a file first.',
    );
    expect(importAmazonReport(world.services, null, NOW).ok).toBe(false);
    const bare = templateWorld();
    bare.world.spreadsheet.deleteSheet(bare.sheet);
    const summary = importAmazonReport(
      bare.world.services,
      { text: reportText(header, stockLines('fbaInventory', ['A'])) },
      NOW,
    );
    expect(summary.message).toMatch(/^No replenishment sheet found/);
  });

  it('writes nothing while someone else holds the document lock', () => {
    const { world, sheet } = templateWorld();
    const before = sheet.valuesUncounted();
    const held = world.lock.holdDocumentLockElsewhere();
    const summary = importText(world, reportText(header, stockLines('fbaInventory', ['A'])));
    held.release();
    expect(summary.ok).toBe(false);
    expect(summary.message).toMatch(/Someone else is changing/);
    expect(sheet.valuesUncounted()).toEqual(before);
    expect(world.lock.documentLockHeld()).toBe(false);
  });

  it('speaks Chinese to a Chinese user, on the Chinese template', () => {
    const { world, sheet } = templateWorld('zh_CN');
    const summary = importText(
      world,
      reportText(headerOf(LAYOUT_FILES.restock), stockLines('restock', ['A'])),
    );
    expect(summary.message).toMatch(/^补货库存报告：读取 1 行。/);
    expect(sheet.cell(STATUS_HEADER).value).toBe('报告状态');
    expect(skuValue(sheet, 'EXAMPLE-AIR', 'reportStatus')).toBe(
      '未出现在最新报告中（2026-12-01，补货库存报告）',
    );
    expect(skuValue(sheet, 'A', 'fbaStock')).toBe(100);
  });
});

describe('undoLastImport', () => {
  const header = headerOf(LAYOUT_FILES.fbaInventory);

  it('after a sort, restores every cell of every SKU as it was, and clears the added rows', () => {
    const { world, sheet } = templateWorld();
    importText(world, reportText(header, stockLines('fbaInventory', ['A', 'B', 'EXAMPLE-AIR'])));
    const before = typedCells(sheet);
    const computed = REPLENISHMENT_COLUMNS.filter((c) => c.kind === 'computed');
    const formulas = () => computed.map((c) => sheet.cellAt(2, column(c.key))?.formula ?? '');
    const formulasBefore = formulas();
    expect(formulasBefore.filter((f) => f !== '').length).toBeGreaterThan(10);
    importText(world, reportText(header, stockLines('fbaInventory', ['A', 'C', 'EXAMPLE-SEA'], 7)));
    expect(typedCells(sheet)).not.toEqual(before);
    const rowOfA = rowsBySku(sheet, []).get('A')?.row;
    sortRowsBySku(sheet);
    expect(rowsBySku(sheet, []).get('A')?.row).not.toBe(rowOfA);
    const undo = undoLastImport(world.services, NOW);
    expect(undo.ok).toBe(true);
    expect(undo.kept).toBe(0);
    const after = typedCells(sheet);
    expect(after).toEqual(before);
    // The template's array formulas are where they were.
    expect(formulas()).toEqual(formulasBefore);
  });

  it('leaves a cell changed since the import, and undoes the import before on the next call', () => {
    const { world, sheet } = templateWorld();
    const original = typedCells(sheet);
    importText(world, reportText(header, stockLines('fbaInventory', ['A'])));
    const first = typedCells(sheet);
    importText(world, reportText(header, stockLines('fbaInventory', ['A'], 1)));
    const rowA = rowsBySku(sheet, []).get('A')?.row as number;
    sheet.seed([[999]], rowA, column('units7d'));
    const undo = undoLastImport(world.services, NOW);
    expect(undo.kept).toBe(1);
    expect(undo.message).toMatch(/1 cells changed since the import were left as they are/);
    expect(typedCells(sheet).A).toEqual({ ...first.A, units7d: 999 });
    sheet.seed([[7]], rowA, column('units7d'));
    undoLastImport(world.services, NOW);
    expect(typedCells(sheet)).toEqual({ ...original });
    expect(undoLastImport(world.services, NOW)).toMatchObject({
      ok: false,
      message: 'There is no import to undo.',
    });
  });

  it('keeps the previous values in a hidden Import history sheet: time, user, report, file', () => {
    const { world } = templateWorld();
    world.session.email = 'seller@example.com';
    importText(world, reportText(header, stockLines('fbaInventory', ['A'])), 'Inventory_Nov30.txt');
    const history = world.spreadsheet.sheet(IMPORT_HISTORY_SHEET);
    expect(history.hiddenUncounted()).toBe(true);
    const [head, ...lines] = history.valuesUncounted();
    expect(head?.slice(0, 6)).toEqual(['Import', 'Time', 'User', 'Report', 'File', 'Sheet']);
    expect(lines[0]?.slice(1, 6)).toEqual([
      NOW,
      'seller@example.com',
      'FBA Inventory',
      'Inventory_Nov30.txt',
      'Replenishment',
    ]);
    expect(world.spreadsheet.activeSheetUncounted().nameUncounted()).toBe('Replenishment');
  });
});

describe('importAmazonReport: Apps Script calls', () => {
  it('the same number of calls for 10 and for 2,000 SKUs: one read and a write per block', () => {
    const header = [...headerOf(LAYOUT_FILES.fbaInventory), ...FBA_2026_COLUMNS];
    const counts = [10, 2000].map((n) => {
      const { world } = templateWorld();
      const skus = Array.from({ length: n }, (_, i) => `SKU-${i}`);
      importText(world, reportText(header, stockLines('fbaInventory', skus)));
      world.calls.reset();
      const summary = importText(world, reportText(header, stockLines('fbaInventory', skus, 1)));
      expect(summary.updated).toBe(n);
      return world.calls.summary();
    });
    // Growing the hidden history past its 1,000 rows is the one extra call, made when needed.
    const { 'Sheet.insertRowsAfter': grew = 0, ...rest } = counts[1] ?? {};
    expect(grew).toBeLessThanOrEqual(1);
    expect(rest).toEqual(counts[0]);
    // The sheet's first rows (to find the header), then its data: values and formulas once.
    expect(counts[0]?.['Range.getValues']).toBe(2);
    expect(counts[0]?.['Range.getFormulas']).toBe(1);
    expect(counts[0]?.['Range.setValues']).toBe(4);
  });
});
