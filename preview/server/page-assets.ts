// Builds the preview page once at start: its HTML shell, stylesheet and bundled script.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export interface PageAssets {
  readonly html: string;
  readonly css: string;
  readonly js: string;
}

/** Bundles preview/page/main.ts for the browser (in memory, about 100 ms) and reads the rest. */
export async function buildPageAssets(root: string): Promise<PageAssets> {
  const dir = join(root, 'preview', 'page');
  const [html, css, bundle] = await Promise.all([
    readFile(join(dir, 'index.html'), 'utf8'),
    readFile(join(dir, 'preview.css'), 'utf8'),
    esbuild.build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
      charset: 'utf8',
      logLevel: 'silent',
    }),
  ]);
  return { html, css, js: bundle.outputFiles[0]?.text ?? '' };
}
