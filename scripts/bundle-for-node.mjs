// Bundles a TypeScript entry of the local preview for Node (esbuild, into .build/) so `npm start`
// and the preview benchmark can import it: bundling takes a fraction of a second, no loader needed.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** Bundles `entry` to `outfile` and returns the file's URL, ready for import(). */
export async function bundleForNode(entry, outfile) {
  const bundle = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Libraries (HyperFormula, esbuild) load from node_modules as they are.
    packages: 'external',
    outfile,
    write: false,
    logLevel: 'warning',
    charset: 'utf8',
  });
  // Written aside and renamed: two runs at once never load a half-written file.
  mkdirSync(dirname(outfile), { recursive: true });
  const staging = `${outfile}.${process.pid}`;
  writeFileSync(staging, bundle.outputFiles[0].contents);
  renameSync(staging, outfile);
  return pathToFileURL(outfile).href;
}
