// `npm start` (after `npm run build`): bundles the local preview with esbuild into .build/ and
// runs it. The preview is TypeScript; bundling takes a fraction of a second, so no loader is needed.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const OUT = '.build/preview/main.mjs';

const bundle = await esbuild.build({
  entryPoints: ['preview/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Libraries (HyperFormula, esbuild) load from node_modules as they are.
  packages: 'external',
  outfile: OUT,
  write: false,
  logLevel: 'warning',
  charset: 'utf8',
});
// Written aside and renamed: two starts at once never load a half-written file.
mkdirSync('.build/preview', { recursive: true });
const staging = `${OUT}.${process.pid}`;
writeFileSync(staging, bundle.outputFiles[0].contents);
renameSync(staging, OUT);

// Same process: the start-up time it prints counts from here, bundling included.
await import(pathToFileURL(OUT).href);
