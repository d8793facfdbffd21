// Builds the add-on's HTML pages (dist/<name>.html): each page's TypeScript and CSS bundled by
// esbuild and inlined into its HTML, one self-contained file, because HtmlService serves a single
// file and the pages load no CDN. Every page shares one frame (src/ui/page-kit/page.html: head,
// the #app element the script renders into); a new page is a folder under src/ui/ and one line in
// PAGES.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { APPS_SCRIPT_TARGET, assertNoLibraries } from './apps-script-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The frame every page is placed in: `/*TITLE*\/`, ` data-page-body`, `/*STYLE*\/`, `/*SCRIPT*\/` filled. */
const FRAME = 'src/ui/page-kit/page.html';

/**
 * A page in src/ui/<folder>: its script `main.ts`, its style `<folder>.css`, the title the
 * browser shows and the attributes of its body (e.g. the language marker the server replaces).
 */
function uiPage(folder, title, bodyAttributes = '') {
  return { dir: `src/ui/${folder}`, css: `${folder}.css`, title, bodyAttributes };
}

/**
 * Every page, by the project file it becomes (`Sidebar` → dist/Sidebar.html, the name
 * HtmlService.createHtmlOutputFromFile takes).
 */
export const PAGES = {
  Sidebar: uiPage('sidebar', 'Stockout Playbook'),
  Settings: uiPage('settings-dialog', 'Stockout Playbook settings'),
  ImportDialog: uiPage('import-dialog', 'Import Amazon report', 'data-locale="en"'),
};

/** @param {keyof typeof PAGES} name @param {{ target?: string }} options esbuild target of the script. */
export async function buildPage(name, { target = APPS_SCRIPT_TARGET } = {}) {
  const page = PAGES[name];
  if (page === undefined) throw new Error(`no page ${name}`);
  const dir = join(ROOT, page.dir);
  const [script, style, frame] = await Promise.all([
    bundleScript(join(dir, 'main.ts'), `${name}.html`, target),
    bundleStyle(join(dir, page.css)),
    readFile(join(ROOT, FRAME), 'utf8'),
  ]);
  const body = page.bodyAttributes === '' ? '' : ` ${page.bodyAttributes}`;
  // Function replacements: the bundle may contain `$&`-like text that a string replacement expands.
  return frame
    .replace('/*TITLE*/', () => page.title)
    .replace(' data-page-body', () => body)
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
