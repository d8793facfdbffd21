// Builds the preview page once at start: its HTML shell, stylesheet and bundled script.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export interface PageAssets {
  readonly html: string;
  readonly css: string;
  readonly js: string;
}

/** The grid library's stylesheets, before the page's own (which adjusts them). */
const LIBRARY_CSS = ['jsuites/dist/jsuites.css', 'jspreadsheet-ce/dist/jspreadsheet.css'];

/**
 * Bundles preview/page/main.ts for the browser (in memory, with the grid library) and reads the
 * rest; one stylesheet holds the library's styles and the page's.
 */
export async function buildPageAssets(root: string): Promise<PageAssets> {
  const dir = join(root, 'preview', 'page');
  const resolve = createRequire(join(root, 'package.json')).resolve;
  const [html, css, bundle] = await Promise.all([
    readFile(join(dir, 'index.html'), 'utf8'),
    Promise.all(
      [...LIBRARY_CSS.map((file) => resolve(file)), join(dir, 'preview.css')].map((file) =>
        readFile(file, 'utf8'),
      ),
    ).then((sheets) => sheets.join('\n')),
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
