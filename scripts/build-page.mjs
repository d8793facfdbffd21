// Builds the add-on's HTML pages (dist/<name>.html): each page's TypeScript and CSS bundled by
// esbuild and inlined into its HTML, one self-contained file, because HtmlService serves a single
// file and the pages load no CDN. A new page is a folder under src/ and one line in PAGES.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { APPS_SCRIPT_TARGET, assertNoLibraries } from './apps-script-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every page, by the project file it becomes (`Sidebar` → dist/Sidebar.html, the name
 * HtmlService.createHtmlOutputFromFile takes). `dir` holds the page: `main.ts` (its script),
 * `html` (with `/*STYLE*\/` and `/*SCRIPT*\/` where the bundles go) and `css`.
 */
export const PAGES = {
  Sidebar: { dir: 'src/ui/sidebar', html: 'sidebar.html', css: 'sidebar.css' },
  Settings: {
    dir: 'src/ui/settings-dialog',
    html: 'settings-dialog.html',
    css: 'settings-dialog.css',
  },
  ImportDialog: {
    dir: 'src/ui/import-dialog',
    html: 'import-dialog.html',
    css: 'import-dialog.css',
  },
};

/** @param {keyof typeof PAGES} name @param {{ target?: string }} options esbuild target of the script. */
export async function buildPage(name, { target = APPS_SCRIPT_TARGET } = {}) {
  const page = PAGES[name];
  if (page === undefined) throw new Error(`no page ${name}`);
  const dir = join(ROOT, page.dir);
  const [script, style, html] = await Promise.all([
    bundleScript(join(dir, 'main.ts'), `${name}.html`, target),
    bundleStyle(join(dir, page.css)),
    readFile(join(dir, page.html), 'utf8'),
  ]);
  // Function replacements: the bundle may contain `$&`-like text that a string replacement expands.
  return html
    .replace('/*STYLE*/', () => style.replace(/<\/style/gi, '<\\/style'))
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
}

async function bundleScript(entry, bundleName, target) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  assertNoLibraries(result.metafile, bundleName);
  return result.outputFiles[0].text.trim();
}

async function bundleStyle(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0].text.trim();
}
