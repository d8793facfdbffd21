// The local preview's figures: start-up of `npm start` (bundle included) and, on a 10,000-row
// sheet, the recalculation after one edit; then both in Chromium, as the page shows them.
// Printed, not asserted: shared machines are noisy.
// Run after `npm run build`: node bench/preview-recalc.mjs

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';

/** `npm start`'s own start-up, as it reports it, on a free port with the sample. */
async function startupOfStart() {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const reported = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /started in (\d+) ms/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${output}`)));
  });
  const seen = performance.now() - started;
  child.kill('SIGTERM');
  return { reported, seen };
}

const runs = [];
for (let i = 0; i < 3; i++) runs.push(await startupOfStart());
runs.sort((a, b) => a.reported - b.reported);
const middle = runs[1];
console.log(
  `npm start (after the build), sample sheet: ready in ${middle.reported} ms as it reports (bundling the preview included), ${Math.round(middle.seen)} ms from spawning node; median of 3`,
);

const { runRecalcBench } = await import(
  await bundleForNode('preview/bench/recalc-bench.ts', '.build/bench/preview-recalc.mjs')
);
await runRecalcBench();

// The same, as a seller meets it: in Chromium, when there is one.
if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  const { runPageBench } = await import(
    await bundleForNode('preview/bench/page-bench.ts', '.build/bench/preview-page.mjs')
  );
  await runPageBench();
} else {
  console.log('no Chromium: the in-browser figures are skipped');
}
