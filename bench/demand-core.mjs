// DEMAND_STATS' own reading and core, bundled from src/ for the benchmarks with what the custom
// function fixes made variable: the options (for tuning) and the row cap (the menu action has none).

import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';

/**
 * `demandStatsWith(options)` returns a function called like DEMAND_STATS
 * (skus column, history rows, as_of serial, horizon) that gives its three cells per SKU.
 */
export async function loadDemandCore() {
  const bundled = await build({
    stdin: {
      contents: `
        import { readHistory } from './src/addon/custom-functions/read-history';
        import { indexSalesHistory } from './src/core/forecast/sales-history';
        import { demandStats } from './src/core/forecast/demand-stats';
        globalThis.demandCore_ = (options) => (skus, history, asOf, horizon) => {
          const index = indexSalesHistory(readHistory('history', history));
          return skus.map(([sku]) => {
            const s = demandStats(index, sku, asOf, horizon, options);
            return s === undefined ? ['', '', ''] : [s.dailyRate, s.weeklySd ?? '', s.seasonalFactor];
          });
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  // The formula's row cap lifted: the menu action reads the sheet itself, in one getValues.
  runInThisContext(
    bundled.outputFiles[0].text.replace(
      /MAX_HISTORY_ROWS = [\d_e]+/,
      'MAX_HISTORY_ROWS = Infinity',
    ),
  );
  return { demandStatsWith: globalThis.demandCore_ };
}
