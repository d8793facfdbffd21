// Builds dist/Sidebar.html: the sidebar's TypeScript and CSS bundled by esbuild and inlined into
// one self-contained page, because HtmlService serves a single file and the sidebar loads no CDN.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { APPS_SCRIPT_TARGET, assertNoLibraries } from '../../scripts/apps-script-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** @param {{ target?: string }} options esbuild target of the script; Apps Script's by default. */
export async function buildSidebar({ target = APPS_SCRIPT_TARGET } = {}) {
  const [script, style, page] = await Promise.all([
    bundleScript(target),
    bundleStyle(),
    readFile(join(HERE, 'sidebar.html'), 'utf8'),
  ]);
  // Function replacements: the bundle may contain `$&`-like text that a string replacement expands.
  return page
    .replace('/*STYLE*/', () => style.replace(/<\/style/gi, '<\\/style'))
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
}

async function bundleScript(target) {
  const result = await esbuild.build({
    entryPoints: [join(HERE, 'main.ts')],
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
  assertNoLibraries(result.metafile, 'Sidebar.html');
  return result.outputFiles[0].text.trim();
}

async function bundleStyle() {
  const result = await esbuild.build({
    entryPoints: [join(HERE, 'sidebar.css')],
    bundle: true,
    minify: true,
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0].text.trim();
}
