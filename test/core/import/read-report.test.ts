// Every report layout recognised from its real header, its lines read into sheet figures or
// daily history, and an unknown layout refused with what was looked for.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ReportContents, readReport } from '../../../src/core/import/read-report';
import { recognizeReport } from '../../../src/core/import/recognize-report';
import { FBA_2026_COLUMNS, headerOf, LAYOUT_FILES, reportText } from './amazon-reports';

function contents(text: string): ReportContents {
  const read = readReport(text);
  if (!read.ok) throw new Error(`refused: ${read.refusal}`);
  return read;
}

describe('recognizeReport', () => {
  it.each([
    ['fbaInventory', LAYOUT_FILES.fbaInventory],
    ['fbaInventory', LAYOUT_FILES.fbaInventoryDocumented],
    ['restock', LAYOUT_FILES.restock],
    ['manageInventory', LAYOUT_FILES.manageInventory],
    ['businessReport', LAYOUT_FILES.businessReport],
    ['afnInventory', LAYOUT_FILES.afnInventory],
    ['allOrders', LAYOUT_FILES.allOrders],
    ['allOrders', LAYOUT_FILES.allOrdersGeneral],
    ['ledgerSummary', LAYOUT_FILES.ledgerFixture],
    ['ledgerSummary', LAYOUT_FILES.ledgerSchema],
  ])('knows %s from %s', (id, file) => {
    expect(recognizeReport(headerOf(file))?.layout.id).toBe(id);
  });

  it('knows the 2026 FBA Inventory file and either spelling of the age columns', () => {
    const real = [...headerOf(LAYOUT_FILES.fbaInventory), ...FBA_2026_COLUMNS];
    expect(recognizeReport(real)?.layout.id).toBe('fbaInventory');
    expect(real.some((name) => name.startsWith('inv-age-'))).toBe(true);
    const documented = headerOf(LAYOUT_FILES.fbaInventoryDocumented);
    expect(documented.some((name) => name.startsWith('inventory-age-'))).toBe(true);
  });

  it('matches names loosely: case, spaces, hyphens, underscores, quotes', () => {
    const found = recognizeReport(['"MERCHANT_SKU"', 'available ', 'units sold last-30-days']);
    expect(found?.layout.id).toBe('restock');
    expect(found?.columns).toMatchObject({ sku: 0, available: 1, units30d: 2 });
  });
});

describe('readReport: stock reports', () => {
  it('FBA Inventory: stock, inbound, 7/30-day units, price, the snapshot date', () => {
    const header = [...headerOf(LAYOUT_FILES.fbaInventory), ...FBA_2026_COLUMNS];
    const text = reportText(header, [
      {
        'snapshot-date': '2026-11-30',
        sku: 'MUG-1',
        asin: 'B0MUG',
        'product-name': 'Mug',
        available: '1,204',
        'inbound-quantity': 300,
        'inbound-working': 100,
        'units-shipped-t7': 70,
        'units-shipped-t30': 290,
        'your-price': '$12.99',
        'season-name': 'Winter',
      },
      { 'snapshot-date': '2026-11-30', sku: 'CUP-2', available: 0, 'inbound-quantity': '--' },
    ]);
    const read = contents(text);
    expect(read.layout.id).toBe('fbaInventory');
    expect(read.reportDate).toBe('2026-11-30');
    expect(read.provides).toEqual([
      'asin',
      'product',
      'fbaStock',
      'inbound',
      'units7d',
      'units30d',
      'price',
    ]);
    expect(read.skus).toEqual([
      {
        sku: 'MUG-1',
        line: 2,
        values: {
          asin: 'B0MUG',
          product: 'Mug',
          fbaStock: 1204,
          inbound: 300,
          units7d: 70,
          units30d: 290,
          price: 12.99,
        },
      },
      // "--" inbound and blank parts: nothing known about inbound, so nothing to write.
      { sku: 'CUP-2', line: 3, values: { fbaStock: 0 } },
    ]);
  });

  it('FBA Inventory without an inbound total: working + shipped + received', () => {
    const header = headerOf(LAYOUT_FILES.fbaInventory).filter((n) => n !== 'inbound-quantity');
    const text = reportText(header, [
      { sku: 'A', available: 5, 'inbound-working': 1, 'inbound-shipped': 2, 'inbound-received': 3 },
    ]);
    expect(contents(text).skus[0]?.values.inbound).toBe(6);
  });

  it('Restock: Merchant SKU, Available, Inbound, Units Sold Last 30 Days, Price', () => {
    const text = reportText(headerOf(LAYOUT_FILES.restock), [
      {
        'Merchant SKU': 'MUG-1',
        Available: 200,
        Inbound: 50,
        Working: 20,
        Shipped: 20,
        Receiving: 10,
        'Units Sold Last 30 Days': 100,
        Price: '12.99',
        'Recommended replenishment qty': 120,
      },
    ]);
    const read = contents(text);
    expect(read.provides).toEqual(['asin', 'product', 'fbaStock', 'inbound', 'units30d', 'price']);
    expect(read.skus[0]?.values).toEqual({
      fbaStock: 200,
      inbound: 50,
      units30d: 100,
      price: 12.99,
    });
  });

  it('Manage FBA Inventory: fulfillable stock, inbound = working + shipped + receiving', () => {
    const text = reportText(headerOf(LAYOUT_FILES.manageInventory), [
      {
        sku: 'MUG-1',
        'afn-fulfillable-quantity': 80,
        'afn-inbound-working-quantity': 10,
        'afn-inbound-shipped-quantity': 25,
        'afn-inbound-receiving-quantity': 5,
        'afn-reserved-quantity': 7,
        'your-price': '9.99',
      },
    ]);
    const read = contents(text);
    expect(read.provides).toEqual(['asin', 'product', 'fbaStock', 'inbound', 'price']);
    expect(read.skus[0]?.values).toEqual({ fbaStock: 80, inbound: 40, price: 9.99 });
  });

  it("Business Report: the real line's formats, units ordered as the 30-day units", () => {
    const file = `../shared/data/amazon-report-headers/${LAYOUT_FILES.businessReport}`;
    const text = readFileSync(file, 'utf8');
    const read = contents(text);
    expect(read.layout.id).toBe('businessReport');
    expect(read.provides).toEqual(['asin', 'product', 'units30d']);
    expect(read.skus).toEqual([
      {
        sku: '5K-SC4U-PO06',
        line: 2,
        values: {
          asin: 'B096MCMDPL',
          product: 'BasicGear Cast Net, Zinc Iron, 3ft Radius, 3/8 in Mesh, for Bait Fish',
          units30d: 683,
        },
      },
    ]);
  });

  it('FBA Amazon Fulfilled Inventory: sellable lines summed per SKU', () => {
    const text = reportText(headerOf(LAYOUT_FILES.afnInventory), [
      { 'seller-sku': 'A', 'Warehouse-Condition-code': 'SELLABLE', 'Quantity Available': 11 },
      { 'seller-sku': 'A', 'Warehouse-Condition-code': 'UNSELLABLE', 'Quantity Available': 4 },
      { 'seller-sku': 'A', 'Warehouse-Condition-code': 'SELLABLE', 'Quantity Available': 22 },
    ]);
    const read = contents(text);
    expect(read.skus).toEqual([{ sku: 'A', line: 2, values: { fbaStock: 33 } }]);
    expect(read.ignored).toEqual({ notSellable: 1 });
  });

  it('names each line it cannot use and keeps the others', () => {
    const header = ['sku', 'available', 'inbound-quantity', 'units-shipped-t30'];
    const text = [
      header.join('\t'),
      'A\t10\t5\t30',
      'B\tlots\t5\t30',
      'C\t10\t5',
      '\t3\t0\t0',
      'D\t-2\t0\t0',
      'A\t99\t9\t9',
      'E\t1\t2\t3',
    ].join('\n');
    const read = contents(text);
    expect(read.linesRead).toBe(7);
    expect(read.skus.map((s) => s.sku)).toEqual(['A', 'E']);
    expect(read.skus[0]?.values.fbaStock).toBe(10);
    expect(read.problems.map((p) => [p.line, p.key, p.params])).toEqual([
      [3, 'notANumber', { column: 'available', value: 'lots' }],
      [4, 'skewedLine', { fields: 3, expected: 4 }],
      [5, 'noSku', {}],
      [6, 'negative', { column: 'available', value: '-2' }],
      [7, 'repeatedSku', { sku: 'A', first: 2 }],
    ]);
  });
});

describe('readReport: history reports', () => {
  it('All Orders: units per SKU per day, cancelled lines left out, quiet days as 0', () => {
    const text = reportText(headerOf(LAYOUT_FILES.allOrders), [
      {
        'purchase-date': '2026-11-01T10:00:00+00:00',
        sku: 'A',
        quantity: 2,
        'order-status': 'Shipped',
      },
      {
        'purchase-date': '2026-11-01T22:00:00+00:00',
        sku: 'A',
        quantity: 1,
        'order-status': 'Pending',
      },
      {
        'purchase-date': '2026-11-01T23:00:00+00:00',
        sku: 'A',
        quantity: 5,
        'order-status': 'Cancelled',
      },
      {
        'purchase-date': '2026-11-02T08:00:00+00:00',
        sku: 'B',
        quantity: 4,
        'order-status': 'Shipped',
      },
      {
        'purchase-date': '2026-11-03T08:00:00+00:00',
        sku: 'A',
        quantity: 1,
        'order-status': 'Shipped',
      },
    ]);
    const read = contents(text);
    expect(read.layout.kind).toBe('sales');
    expect(read.ignored).toEqual({ cancelled: 1 });
    expect(read.days).toEqual([
      { date: '2026-11-01', sku: 'A', units: 3 },
      { date: '2026-11-02', sku: 'A', units: 0 },
      { date: '2026-11-02', sku: 'B', units: 4 },
      { date: '2026-11-03', sku: 'A', units: 1 },
      { date: '2026-11-03', sku: 'B', units: 0 },
    ]);
  });

  it('All Orders, the other layout: quantity-purchased and no order status', () => {
    const text = reportText(headerOf(LAYOUT_FILES.allOrdersGeneral), [
      { 'purchase-date': '2026-11-01', sku: 'A', 'quantity-purchased': 3 },
      { 'purchase-date': '2026-11-01', sku: 'A', 'quantity-purchased': 2 },
    ]);
    expect(contents(text).days).toEqual([{ date: '2026-11-01', sku: 'A', units: 5 }]);
  });

  it.each([
    ['fixture', LAYOUT_FILES.ledgerFixture],
    ['schema', LAYOUT_FILES.ledgerSchema],
  ])('Ledger summary (%s spelling): sellable ending balance per SKU per day', (_, file) => {
    const text = reportText(headerOf(file), [
      {
        Date: '11/30/2026',
        MSKU: 'A',
        Disposition: 'SELLABLE',
        'Ending Warehouse Balance': 40,
        Location: 'US',
      },
      {
        Date: '11/30/2026',
        MSKU: 'A',
        Disposition: 'SELLABLE',
        'Ending Warehouse Balance': 2,
        Location: 'CA',
      },
      {
        Date: '11/30/2026',
        MSKU: 'A',
        Disposition: 'CUSTOMER_DAMAGED',
        'Ending Warehouse Balance': 3,
      },
      { Date: '12/01/2026', MSKU: 'A', Disposition: 'SELLABLE', 'Ending Warehouse Balance': 0 },
    ]);
    const read = contents(text);
    expect(read.layout.kind).toBe('available');
    expect(read.days).toEqual([
      { date: '2026-11-30', sku: 'A', units: 42 },
      { date: '2026-12-01', sku: 'A', units: 0 },
    ]);
    expect(read.ignored).toEqual({ notSellable: 1 });
  });

  it('a monthly ledger is refused line by line with what to download instead', () => {
    const text = reportText(headerOf(LAYOUT_FILES.ledgerSchema), [
      { Date: '11/2026', MSKU: 'A', Disposition: 'SELLABLE', 'Ending Warehouse Balance': 4 },
    ]);
    expect(contents(text).problems).toEqual([
      { line: 2, key: 'monthlyDate', params: { column: 'Date', value: '11/2026' } },
    ]);
  });
});

describe('readReport: refusals', () => {
  it('an unknown layout is refused, and the message lists the columns looked for', () => {
    const read = readReport(
      'Date\tFNSKU\tMSKU\tEventType\tQuantity\n2026-11-30\tX\tA\tShipments\t-1\n',
    );
    expect(read).toEqual({
      ok: false,
      refusal: 'unknownLayout',
      header: ['Date', 'FNSKU', 'MSKU', 'EventType', 'Quantity'],
    });
  });

  it('an empty text is refused', () => {
    expect(readReport(' \r\n\n')).toEqual({ ok: false, refusal: 'emptyReport' });
  });
});
