// `npm start` (after `npm run build`): bundles the local preview with esbuild into .build/ and
// runs it. The preview is TypeScript; bundling takes a fraction of a second, so no loader is needed.

import { spawn } from 'node:child_process';
import * as esbuild from 'esbuild';

const OUT = '.build/preview/main.mjs';

await esbuild.build({
  entryPoints: ['preview/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Libraries (HyperFormula, esbuild) load from node_modules as they are.
  packages: 'external',
  outfile: OUT,
  logLevel: 'warning',
  charset: 'utf8',
});

const child = spawn(process.execPath, [OUT, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
