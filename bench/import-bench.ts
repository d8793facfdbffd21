// The report import on large files through the in-memory spreadsheet (test/fakes): a 20,000-line
// FBA Inventory report into the replenishment sheet (first import, then next week's), and a
// 200,000-line All Orders file into the Sales history. Time, peak memory, Apps Script calls.

import { importAmazonReport } from '../src/addon/import/import-report';
import { readReport } from '../src/core/import/read-report';
import { NOW, templateWorld } from '../test/addon/import/import-world';
import {
  FBA_2026_COLUMNS,
  headerOf,
  LAYOUT_FILES,
  type ReportLine,
  reportText,
} from '../test/core/import/amazon-reports';

function inventoryLines(count: number, week: number): ReportLine[] {
  return Array.from({ length: count }, (_, i) => ({
    'snapshot-date': week === 0 ? '2026-11-23' : '2026-11-30',
    sku: `SKU-${String(i).padStart(6, '0')}`,
    asin: `B0${String(i).padStart(8, '0')}`,
    'product-name': `Product ${i}, "quoted" name`,
    available: `${(i * 7 + week * 3) % 2000}`,
    'inbound-quantity': (i * 3 + week) % 500,
    'units-shipped-t7': (i + week) % 70,
    'units-shipped-t30': (i * 2 + week) % 300,
    'your-price': `$${(5 + (i % 50)).toFixed(2)}`,
    'inv-age-0-to-90-days': i % 100,
  }));
}

function orderLines(count: number, skus: number, days: number): ReportLine[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % days);
    return {
      'amazon-order-id': `111-${String(i).padStart(7, '0')}-0000000`,
      'purchase-date': `2026-10-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00+00:00`,
      'order-status': i % 50 === 0 ? 'Cancelled' : 'Shipped',
      'fulfillment-channel': 'Amazon',
      'product-name': `Product ${i % skus}`,
      sku: `SKU-${String((i * 7919) % skus).padStart(6, '0')}`,
      asin: 'B000000000',
      quantity: 1 + (i % 3),
      currency: 'USD',
      'item-price': '19.99',
    };
  });
}

interface Measure {
  readonly label: string;
  readonly ms: number;
  readonly calls: number;
  readonly summary: Record<string, number>;
}

function measure(
  label: string,
  run: (calls: () => void) => { calls: { count(): number; summary(): Record<string, number> } },
): Measure {
  const started = performance.now();
  const reset = () => {};
  const { calls } = run(() => reset());
  const ms = performance.now() - started;
  return { label, ms, calls: calls.count(), summary: calls.summary() };
}

function inventoryScenario(lines: number): Measure[] {
  const header = [...headerOf(LAYOUT_FILES.fbaInventory), ...FBA_2026_COLUMNS];
  const weekOne = reportText(header, inventoryLines(lines, 0));
  const weekTwo = reportText(header, inventoryLines(lines, 1));
  const { world } = templateWorld();
  const out: Measure[] = [];
  for (const [label, text] of [
    [`FBA Inventory, ${lines.toLocaleString('en')} lines, first import (all added)`, weekOne],
    [`FBA Inventory, ${lines.toLocaleString('en')} lines, next week (all updated)`, weekTwo],
    [`FBA Inventory, ${lines.toLocaleString('en')} lines, same file again (no change)`, weekTwo],
  ] as const) {
    world.calls.reset();
    const started = performance.now();
    const summary = importAmazonReport(world.services, { text, fileName: 'inventory.txt' }, NOW);
    const ms = performance.now() - started;
    if (!summary.ok) throw new Error(summary.message);
    out.push({ label, ms, calls: world.calls.count(), summary: world.calls.summary() });
  }
  return out;
}

function ordersScenario(lines: number): Measure[] {
  const header = headerOf(LAYOUT_FILES.allOrders);
  const text = reportText(header, orderLines(lines, 1000, 31));
  const started = performance.now();
  const read = readReport(text);
  const parseMs = performance.now() - started;
  if (!read.ok) throw new Error('refused');
  const { world } = templateWorld();
  world.calls.reset();
  const importStarted = performance.now();
  const summary = importAmazonReport(world.services, { text, fileName: 'orders.txt' }, NOW);
  const ms = performance.now() - importStarted;
  if (!summary.ok) throw new Error(summary.message);
  return [
    {
      label: `All Orders, ${lines.toLocaleString('en')} lines (${(text.length / 1e6).toFixed(1)} MB): read and aggregated (core only)`,
      ms: parseMs,
      calls: 0,
      summary: {},
    },
    {
      label: `All Orders, ${lines.toLocaleString('en')} lines → ${read.days.length.toLocaleString('en')} Sales history rows`,
      ms,
      calls: world.calls.count(),
      summary: world.calls.summary(),
    },
  ];
}

export function runImportBench(scenario: string, scale: number): Measure[] {
  void measure;
  return scenario === 'inventory'
    ? inventoryScenario(20_000 / scale)
    : ordersScenario(200_000 / scale);
}
