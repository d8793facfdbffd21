// `npm run bench`: speed and size of what ships. Figures are printed, not asserted: these machines
// are shared and noisy, so read them as orders of magnitude and ratios.

import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { createContext, runInContext, runInThisContext } from 'node:vm';
import { realDemandRows } from './real-demand.mjs';

const ROWS = 100_000;
const CODE = readFileSync('dist/Code.js', 'utf8');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result };
}

function freshBundle() {
  const context = createContext({});
  runInContext(CODE, context, { filename: 'Code.js' });
  return context;
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, node ${process.version}`,
);

// Size and load: Apps Script evaluates the whole file on every custom-function call. Each run
// appends a unique comment so V8's compilation cache cannot hide the parse, as on a cold call.
let coldRun = 0;
const coldSource = () => `${CODE}\n// cold run ${coldRun++}`;
const evalTimes = [];
const firstCallTimes = [];
for (let i = 0; i < 31; i++) {
  const context = createContext({});
  const source = coldSource();
  let start = process.hrtime.bigint();
  runInContext(source, context, { filename: 'Code.js' });
  evalTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  start = process.hrtime.bigint();
  context.COVER_DAYS(100, 5);
  firstCallTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const load = { ms: median(evalTimes) + median(firstCallTimes) };
console.log(`dist/Code.js: ${(statSync('dist/Code.js').size / 1024).toFixed(1)} KB`);
console.log(
  `cold load in a fresh vm: ${median(evalTimes).toFixed(2)} ms to evaluate (target < 5 ms), + ${median(firstCallTimes).toFixed(2)} ms for the first call to build the lazy bundle`,
);

// 100,000 rows of real demand through each function, one call each, as one array formula.
const { rows, items } = realDemandRows(ROWS);
const col = (i) => rows.map((r) => [r[i]]);
const [u7, u14, u30, stock, inbound, arrival] = [0, 1, 2, 3, 4, 5].map(col);
// Apps Script runs the file in one plain global scope. A node:vm context is not plain: every
// global lookup (Math, Number, …) goes through an interceptor costing ~150 ns, which dominates a
// 100k-row loop. So throughput is measured with the bundle evaluated in this process's own global
// scope, as Apps Script would; the vm figure is printed beside it for comparison.
runInThisContext(CODE, { filename: 'Code.js' });
const bundle = globalThis;
const vmBundle = freshBundle();
const sales = bundle.DAILY_SALES(u7, u14, u30);
const calls = {
  DAILY_SALES: () => bundle.DAILY_SALES(u7, u14, u30),
  COVER_DAYS: () => bundle.COVER_DAYS(stock, sales, inbound),
  REORDER_QTY: () => bundle.REORDER_QTY(sales, 60, 14, stock, inbound, 12),
  STOCKOUT_GAP: () => bundle.STOCKOUT_GAP(stock, sales, arrival),
  STOCKOUT_PHASE: () => bundle.STOCKOUT_PHASE(stock, sales, arrival),
};
console.log(
  `\n${rows.length.toLocaleString('en')} rows of real daily demand (${items} items), one call per function:`,
);
let total = 0;
for (const [name, fn] of Object.entries(calls)) {
  fn(); // warm
  const { ms, result } = time(fn, 7);
  total += ms;
  const errors = result.flat().filter((v) => typeof v === 'string' && v.startsWith('⚠')).length;
  console.log(
    `  ${name.padEnd(15)} ${ms.toFixed(1).padStart(7)} ms  (${errors} rows with a message)`,
  );
}
console.log(`  all five        ${total.toFixed(1).padStart(7)} ms (target < 100 ms)`);
const vmCover = time(() => vmBundle.COVER_DAYS(stock, sales, inbound), 3);
console.log(
  `  for comparison, COVER_DAYS inside a node:vm context: ${vmCover.ms.toFixed(1)} ms (global lookups intercepted)`,
);

// Calls a 10,000-row sheet costs: Apps Script re-evaluates the bundle for every call.
const SHEET = 10_000;
const perCall = load.ms;
console.log(`\nA ${SHEET.toLocaleString('en')}-row sheet with the five computed columns:`);
console.log(
  `  array formulas (one per column): 5 calls, ~${(5 * perCall).toFixed(0)} ms of bundle loads`,
);
console.log(
  `  one formula per cell: ${(5 * SHEET).toLocaleString('en')} calls, ~${((5 * SHEET * perCall) / 1000).toFixed(0)} s of bundle loads alone (${(SHEET).toLocaleString('en')}× more)`,
);

// DEMAND_STATS over a Sales-history range: 1,000 SKUs, one row per SKU per day, dates as the Date
// objects Sheets hands over. Up to MAX_HISTORY_ROWS (400,000) one call computes; past it the call
// answers at once with a message pointing to the menu action, which runs the same core on the
// whole history (timed here through the same reading and core, outside the formula).
{
  const { loadDailyUnits } = await import('./real-demand.mjs');
  const series = [...loadDailyUnits().values()].sort((a, b) => b.size - a.size).slice(0, 1000);
  let first = Number.POSITIVE_INFINITY;
  for (const s of series) for (const day of s.keys()) first = Math.min(first, day);
  const history = (days) => {
    const rows = [];
    for (let d = 0; d < days; d++) {
      const date = new Date((first + (d % 739)) * 86_400_000);
      series.forEach((s, i) => {
        rows.push([date, `SKU-${i}`, s.get(first + (d % 739)) ?? 0, d % 61 === 0 ? 0 : 500]);
      });
    }
    return rows;
  };
  const skus = series.map((_, i) => [`SKU-${i}`]);
  console.log('\nDEMAND_STATS, 1,000 SKUs, one call:');
  for (const days of [365, 400]) {
    const rows = history(days);
    bundle.DEMAND_STATS(skus, rows); // warm
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const { ms, result } = time(() => bundle.DEMAND_STATS(skus, rows), 3);
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    const filled = result.filter((r) => typeof r[0] === 'number').length;
    console.log(
      `  ${days} days (${rows.length.toLocaleString('en')} rows): ${ms.toFixed(0)} ms, heap +${grown.toFixed(0)} MB after the call (input ${(rows.length * 4).toLocaleString('en')} cells), ${filled} SKUs with figures`,
    );
  }
  const stats = bundle.DEMAND_STATS(skus, history(365));
  const daily = stats.map(([rate, , factor]) => [rate * factor]);
  const sds = stats.map(([, sd]) => [sd]);
  const safety = time(() => bundle.SAFETY_DAYS(daily, sds, 60, 7), 5);
  const orderBy = time(
    () =>
      bundle.ORDER_BY_DATE(
        daily.map(([d]) => [d * 50]),
        0,
        daily,
        67,
        safety.result,
        new Date(),
      ),
    5,
  );
  console.log(
    `  then SAFETY_DAYS on its 1,000 rows: ${safety.ms.toFixed(2)} ms; ORDER_BY_DATE: ${orderBy.ms.toFixed(2)} ms`,
  );
  const rows = history(730);
  const refused = time(() => {
    try {
      return bundle.DEMAND_STATS(skus, rows);
    } catch (error) {
      return error.message;
    }
  }, 3);
  console.log(
    `  730 days (${rows.length.toLocaleString('en')} rows): refused in ${refused.ms.toFixed(1)} ms: ${String(refused.result).split(' · ')[0]}`,
  );
  const { loadDemandCore } = await import('./demand-core.mjs');
  const demandFromRows = (await loadDemandCore()).demandStatsWith({});
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const whole = time(() => demandFromRows(skus, rows), 3);
  console.log(
    `  the same 730 days through the menu action's core: ${whole.ms.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(0)} MB`,
  );
}
