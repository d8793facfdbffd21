// Backtest of the replenishment rules on real daily demand (../shared/data): each week (R1) every
// item reorders REORDER_QTY units based on DAILY_SALES (R6–R10), the order lands one cycle later,
// and the simulation counts the demand served and the days out of stock. The functions are the
// built dist/Code.js, the same code Sheets runs. Printed, not asserted.

import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { loadDailyUnits } from './real-demand.mjs';

runInThisContext(readFileSync('dist/Code.js', 'utf8'), { filename: 'Code.js' });
const { DAILY_SALES, REORDER_QTY } = globalThis;

const CYCLE_DAYS = 60; // R8: order to sellable, by sea
const REVIEW_DAYS = 7; // R1: the sheet is refreshed weekly
const WARMUP_DAYS = 30; // sales history needed before the first review

/** Simulates one item under one policy; demand is a dense array of units per calendar day. */
function simulate(demand, { safetyDays, weights }) {
  const pipeline = new Map(); // arrival day → units
  let stock = 0;
  let inbound = 0;
  let served = 0;
  let wanted = 0;
  let outDays = 0;
  let stockDays = 0;
  const windowSum = (end, n) => {
    let total = 0;
    for (let d = end - n; d < end; d++) total += demand[d] ?? 0;
    return total;
  };
  for (let day = WARMUP_DAYS; day < demand.length; day++) {
    const arriving = pipeline.get(day) ?? 0;
    stock += arriving;
    inbound -= arriving;
    if ((day - WARMUP_DAYS) % REVIEW_DAYS === 0) {
      const sales = DAILY_SALES(
        windowSum(day, 7),
        windowSum(day, 14),
        windowSum(day, 30),
        '',
        '',
        weights,
      );
      if (sales !== '') {
        const qty = REORDER_QTY(sales, CYCLE_DAYS, safetyDays, stock, inbound);
        if (qty > 0) {
          // The very first order is treated as already on the shelf, so every item starts stocked.
          const lands = day === WARMUP_DAYS ? day : day + CYCLE_DAYS;
          if (lands === day) stock += qty;
          else {
            pipeline.set(lands, (pipeline.get(lands) ?? 0) + qty);
            inbound += qty;
          }
        }
      }
    }
    const want = demand[day] ?? 0;
    const sold = Math.min(stock, want);
    if (want > sold || stock === 0) outDays++;
    stock -= sold;
    served += sold;
    wanted += want;
    stockDays += stock;
  }
  const days = demand.length - WARMUP_DAYS;
  return { served, wanted, outDays, days, avgStock: stockDays / days };
}

const items = [...loadDailyUnits().values()]
  .filter((series) => series.size >= 300)
  .map((series) => {
    const days = [...series.keys()];
    const first = Math.min(...days);
    const last = Math.max(...days);
    const demand = new Array(last - first + 1).fill(0);
    for (const [day, units] of series) demand[day - first] = units;
    return demand;
  });

const policies = [
  {
    name: 'playbook default: weights 0.5/0.3/0.2, 14 safety days (R7, R9)',
    safetyDays: 14,
    weights: '',
  },
  { name: 'best-seller safety: 30 safety days (R9)', safetyDays: 30, weights: '' },
  { name: '30-day average only, 14 safety days', safetyDays: 14, weights: [[0, 0, 1]] },
  { name: '7-day average only, 14 safety days', safetyDays: 14, weights: [[1, 0, 0]] },
];

console.log(
  `Backtest: ${items.length} items with 300+ selling days, ${CYCLE_DAYS}-day cycle, weekly review\n`,
);
console.log('policy'.padEnd(66), 'fill rate', ' days out', ' avg stock (days of demand)');
for (const policy of policies) {
  let served = 0;
  let wanted = 0;
  let outDays = 0;
  let days = 0;
  let stockInDemandDays = 0;
  for (const demand of items) {
    const r = simulate(demand, policy);
    served += r.served;
    wanted += r.wanted;
    outDays += r.outDays;
    days += r.days;
    stockInDemandDays += r.avgStock / Math.max(1e-9, r.wanted / r.days);
  }
  console.log(
    policy.name.padEnd(66),
    `${((100 * served) / wanted).toFixed(1)}%`.padStart(9),
    `${((100 * outDays) / days).toFixed(1)}%`.padStart(9),
    (stockInDemandDays / items.length).toFixed(0).padStart(10),
  );
}
console.log(
  '\nfill rate: share of demand served; days out: share of days with unmet demand or no stock.',
);
