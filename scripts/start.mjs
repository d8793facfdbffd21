// `npm start` (after `npm run build`): bundles the local preview with esbuild into .build/ and
// runs it. The preview is TypeScript; bundling takes a fraction of a second, so no loader is needed.

import { pathToFileURL } from 'node:url';
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

// Same process: the start-up time it prints counts from here, bundling included.
await import(pathToFileURL(OUT).href);
