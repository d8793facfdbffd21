// `npm run bench` (import part): the report import on a 20,000-line inventory report and a
// 200,000-line All Orders file through the in-memory spreadsheet. Each scenario runs in its own
// Node process so its peak memory (max RSS) is its own; each also runs at a tenth of the size to
// show the Apps Script call count does not grow with the file. Figures are printed, not asserted.

import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';

const scenario = process.argv[2];

if (scenario === undefined) {
  await bundleForNode('bench/import-bench.ts', '.build/bench/import-bench.mjs');
  console.log(
    `\nReport import (machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, node ${process.version})`,
  );
  for (const name of ['inventory', 'orders']) {
    for (const scale of [10, 1]) {
      const out = execFileSync(process.execPath, ['bench/import-bench.mjs', name, String(scale)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      process.stdout.write(out);
    }
  }
} else {
  const { runImportBench } = await import(
    new URL('../.build/bench/import-bench.mjs', import.meta.url).href
  );
  const baseline = process.memoryUsage().rss;
  const results = runImportBench(scenario, Number(process.argv[3] ?? 1));
  const peak = process.resourceUsage().maxRSS * 1024;
  for (const r of results) {
    const calls =
      r.calls === 0
        ? ''
        : `, ${r.calls} Apps Script calls (getValues ${r.summary['Range.getValues'] ?? 0}, getFormulas ${r.summary['Range.getFormulas'] ?? 0}, setValues ${r.summary['Range.setValues'] ?? 0})`;
    console.log(`  ${r.label}: ${Math.round(r.ms).toLocaleString('en')} ms${calls}`);
  }
  console.log(
    `    peak memory of this run: ${(peak / 1e6).toFixed(0)} MB RSS (${(baseline / 1e6).toFixed(0)} MB at start)`,
  );
}
