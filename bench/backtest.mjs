// Backtest of the replenishment rules on real daily demand (../shared/data), to the protocol in
// bench/replenishment-sim.mjs: the playbook formula as the template uses it (blended DAILY_SALES,
// cycle = L + 7, 14 safety days) against the forecast defaults (DEMAND_STATS, SAFETY_DAYS, then
// the same REORDER_QTY), both through the built dist/Code.js as Sheets calls it. The defaults were
// tuned on the even-positioned items (bench/tune-forecast.mjs); the odd ones were not looked at.
// Printed, not asserted.

import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import {
  forecastPolicy,
  HELD_OUT,
  loadItems,
  playbookPolicy,
  simulate,
  summarise,
  TUNED,
} from './replenishment-sim.mjs';

runInThisContext(readFileSync('dist/Code.js', 'utf8'), { filename: 'Code.js' });
const fns = globalThis;

const FILES = [
  'online_retail_2009_2011_daily_orders.csv',
  'online_retail_2009_2011_daily_units.csv',
];
const LEADS = [30, 60, 90];
const CURVE = [0, 15, 30, 45, 60, 75, 90];

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const cell = (s) => `${pct(s.fill).padStart(6)} at ${s.inventoryDays.toFixed(1).padStart(5)} d`;

/** The playbook curve's fill at a given inventory, by linear interpolation between its points. */
function fillAt(curve, days) {
  const points = [...curve].sort((a, b) => a.inventoryDays - b.inventoryDays);
  if (days <= points[0].inventoryDays) return undefined;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (days <= b.inventoryDays) {
      const t = (days - a.inventoryDays) / (b.inventoryDays - a.inventoryDays);
      return a.fill + t * (b.fill - a.fill);
    }
  }
  return undefined;
}

const started = performance.now();
console.log(
  'Backtest: fill = served / demanded; inventory = mean over items of mean end-of-day stock ÷ mean daily demand.',
);
console.log(
  'Review every 7 days from day 90, lost sales, the seller sees only its own sales and stock. Tuned: even items; held out: odd.\n',
);
for (const file of FILES) {
  const items = loadItems(file);
  console.log(`${file}: ${items.length} items, ${items[0].demand.length} days`);
  console.log(
    `${'L'.padStart(4)}  ${'policy'.padEnd(40)} ${'all items'.padEnd(18)} ${'tuned half'.padEnd(18)} ${'held-out half'.padEnd(18)}`,
  );
  const curves = [];
  for (const lead of LEADS) {
    const playbook = simulate(items, lead, playbookPolicy(fns));
    const forecast = simulate(items, lead, forecastPolicy(fns));
    const rows = [
      ['playbook: blend, L + 7, 14 safety days', playbook],
      ['forecast defaults', forecast],
    ];
    for (const [name, results] of rows) {
      console.log(
        `${String(lead).padStart(4)}  ${name.padEnd(40)} ${cell(summarise(results))}  ${cell(summarise(results, TUNED))}  ${cell(summarise(results, HELD_OUT))}`,
      );
    }
    const curve = CURVE.map((safety) => ({
      safety,
      ...summarise(simulate(items, lead, playbookPolicy(fns, safety)), HELD_OUT),
    }));
    const held = summarise(forecast, HELD_OUT);
    curves.push({ lead, curve, held });
  }
  console.log(
    '\n  playbook curve (held-out half), safety days 0–90, against the forecast defaults:',
  );
  for (const { lead, curve, held } of curves) {
    const points = curve.map((p) => `${p.safety}: ${cell(p)}`).join(' · ');
    const same = fillAt(curve, held.inventoryDays);
    console.log(`  L = ${lead}: ${points}`);
    console.log(
      `    forecast ${cell(held)}; the playbook at the same inventory: ${same === undefined ? 'off its curve' : pct(same)}`,
    );
  }
  console.log('');
}
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s, ${process.version})`);
