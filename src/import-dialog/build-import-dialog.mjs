// Builds dist/ImportDialog.html: the dialog's TypeScript and CSS bundled by esbuild and inlined
// into one self-contained page, as the sidebar is (HtmlService serves a single file, no CDN).

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { APPS_SCRIPT_TARGET, assertNoLibraries } from '../../scripts/apps-script-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** @param {{ target?: string }} options esbuild target of the script; Apps Script's by default. */
export async function buildImportDialog({ target = APPS_SCRIPT_TARGET } = {}) {
  const [script, style, page] = await Promise.all([
    bundle(join(HERE, 'main.ts'), { format: 'iife', platform: 'browser', target }),
    bundle(join(HERE, 'import-dialog.css'), {}),
    readFile(join(HERE, 'import-dialog.html'), 'utf8'),
  ]);
  return page
    .replace('/*STYLE*/', () => style.replace(/<\/style/gi, '<\\/style'))
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
}

async function bundle(entry, options) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
  assertNoLibraries(result.metafile, 'ImportDialog.html');
  return result.outputFiles[0].text.trim();
}
