// How the forecast's defaults were chosen (src/core/forecast/forecast-defaults.ts): the backtest's
// protocol on the tuning half of the items only (even positions), over a small grid of half-life,
// seasonal damping and clamp, and service level. The held-out half is reported by backtest.mjs.
// Run: npm run build && node bench/tune-forecast.mjs (a few minutes; not part of npm run bench).

import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { loadDemandCore } from './demand-core.mjs';
import { forecastPolicy, loadItems, simulate, summarise } from './replenishment-sim.mjs';

runInThisContext(readFileSync('dist/Code.js', 'utf8'), { filename: 'Code.js' });

// The same reading and core as DEMAND_STATS, with the options the function fixes made variable.
const { demandStatsWith } = await loadDemandCore();

const FILES = [
  'online_retail_2009_2011_daily_orders.csv',
  'online_retail_2009_2011_daily_units.csv',
];
const tuning = FILES.map((file) => loadItems(file).filter((_, i) => i % 2 === 0));
const grid = [];
for (const halfLifeDays of [30, 45, 60])
  for (const seasonalDamping of [0, 0.5, 1])
    for (const serviceLevel of [0.995, 0.998, 0.999])
      grid.push({ halfLifeDays, seasonalDamping, seasonalClamp: 2, serviceLevel });

console.log('half-life  damping  clamp  service | orders fill  days | units fill  days');
for (const { serviceLevel, ...options } of grid) {
  const cells = tuning.map((items) => {
    const policy = forecastPolicy(globalThis, {
      serviceLevel,
      demandStats: demandStatsWith(options),
    });
    return summarise(simulate(items, 60, policy));
  });
  console.log(
    `${String(options.halfLifeDays).padStart(9)} ${String(options.seasonalDamping).padStart(8)} ${String(options.seasonalClamp).padStart(6)} ${String(serviceLevel).padStart(8)} |`,
    cells
      .map(
        (c) =>
          `${(100 * c.fill).toFixed(1).padStart(10)}% ${c.inventoryDays.toFixed(1).padStart(5)}`,
      )
      .join(' |'),
  );
}
