// The import dialog's page: paste or pick a report, send it to importAmazonReport, show the
// summary; undo from here too. Every text is inserted as text.

import {
  type ImportEndpoints,
  type ImportSummary,
  MAX_PART_CHARS,
} from '../../addon/import/import-api';
import type { Locale } from '../../core/i18n/locale';
import { el } from '../page-kit/dom';
import { messageOf, pageLocale, type TextParams, textLookup } from '../page-kit/page-text';
import { closeDialog, googleScriptRun, scriptRpc } from '../page-kit/script-rpc';
import { DIALOG_TEXTS, type DialogTextKey } from './dialog-messages';
import { readFileText } from './read-file-text';

const rpc = scriptRpc<ImportEndpoints>(googleScriptRun, {
  importAmazonReport: true,
  undoLastImport: true,
});

const locale: Locale = pageLocale();
document.documentElement.lang = locale;

const dialogText = textLookup(DIALOG_TEXTS);

function t(key: DialogTextKey, params: TextParams = {}): string {
  return dialogText(locale, key, params);
}

const textarea = el('textarea', {
  attrs: {
    id: 'report-text',
    'aria-label': t('pasteLabel'),
    placeholder: t('placeholder'),
    spellcheck: 'false',
  },
});
const fileInput = el('input', {
  attrs: {
    type: 'file',
    id: 'report-file',
    accept: '.txt,.tsv,.csv,text/plain,text/csv,text/tab-separated-values',
  },
});
fileInput.hidden = true;
const chooseButton = el('button', {
  text: t('chooseFile'),
  attrs: { type: 'button', id: 'choose-file' },
});
const fileName = el('span', {
  className: 'file-name',
  text: t('noFile'),
  attrs: { id: 'file-name' },
});
const importButton = el('button', {
  className: 'primary',
  text: t('import'),
  attrs: { type: 'button', id: 'import' },
});
const closeButton = el('button', { text: t('close'), attrs: { type: 'button', id: 'close' } });
const status = el('div', { className: 'status', attrs: { id: 'status', role: 'status' } });
const summaryBox = el('div', { attrs: { id: 'summary', 'aria-live': 'polite' } });

let pickedFile: File | undefined;

/** Shows what is going on; `done` (0–1) fills the bar, else it just moves. */
function setBusy(message: string | undefined, done?: number): void {
  importButton.disabled = message !== undefined;
  chooseButton.disabled = message !== undefined;
  status.textContent = '';
  if (message === undefined) return;
  const bar = el('progress', { attrs: { id: 'progress', max: '1' } });
  if (done !== undefined) bar.value = done;
  status.append(message, bar);
}

/**
 * Sends the report: in one call, or, when it is longer than one call takes, in parts the server
 * keeps aside until the last arrives (then it imports the whole, never a part of it).
 */
async function send(text: string, fileName: string, lines: string): Promise<ImportSummary> {
  const count = Math.ceil(text.length / MAX_PART_CHARS);
  if (count <= 1) return rpc.importAmazonReport({ text, fileName });
  const upload = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let summary: ImportSummary | undefined;
  for (let index = 0; index < count; index++) {
    setBusy(
      index < count - 1 ? t('sending', { part: index + 1, count }) : t('importing', { lines }),
      index / count,
    );
    const part = text.slice(index * MAX_PART_CHARS, (index + 1) * MAX_PART_CHARS);
    summary = await rpc.importAmazonReport({
      text: part,
      fileName,
      part: { upload, index, count },
    });
    if (!summary.ok) return summary;
  }
  return summary as ImportSummary;
}

function showSummary(summary: ImportSummary): void {
  summaryBox.textContent = '';
  const box = el('div', { className: summary.ok ? 'summary' : 'summary refused' }, [
    el('div', { text: summary.message, attrs: { id: 'summary-message' } }),
  ]);
  if (summary.details.length > 0) {
    box.append(
      el(
        'ul',
        { className: 'details', attrs: { id: 'summary-details' } },
        summary.details.map((line) => el('li', { text: line })),
      ),
    );
  }
  if (summary.ok && summary.cellsChanged > 0) {
    const undo = el('button', { text: t('undo'), attrs: { type: 'button', id: 'undo' } });
    undo.addEventListener('click', () => void runUndo(undo));
    box.append(el('div', { className: 'buttons' }, [undo]));
  }
  summaryBox.append(box);
}

function showError(text: string): void {
  summaryBox.textContent = '';
  summaryBox.append(
    el('div', { className: 'summary refused', text, attrs: { id: 'summary-message' } }),
  );
}

async function runImport(): Promise<void> {
  summaryBox.textContent = '';
  let text = textarea.value;
  let name = '';
  if (pickedFile !== undefined) {
    name = pickedFile.name;
    setBusy(t('reading', { file: name }));
    try {
      text = await readFileText(pickedFile);
    } catch (error) {
      setBusy(undefined);
      showError(t('unreadable', { detail: messageOf(error) }));
      return;
    }
  }
  if (text.trim() === '') {
    setBusy(undefined);
    showError(t('empty'));
    return;
  }
  const lines = ((text.match(/\n/g)?.length ?? 0) + 1).toLocaleString(locale);
  setBusy(t('importing', { lines }));
  try {
    showSummary(await send(text, name, lines));
  } catch (error) {
    showError(t('failed', { detail: messageOf(error) }));
  } finally {
    setBusy(undefined);
  }
}

async function runUndo(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setBusy(t('undoing'));
  try {
    const result = await rpc.undoLastImport();
    summaryBox.textContent = '';
    summaryBox.append(
      el('div', {
        className: result.ok ? 'summary' : 'summary refused',
        text: result.message,
        attrs: { id: 'summary-message' },
      }),
    );
  } catch (error) {
    showError(t('failed', { detail: messageOf(error) }));
  } finally {
    setBusy(undefined);
  }
}

chooseButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  pickedFile = fileInput.files?.[0];
  fileName.textContent =
    pickedFile === undefined
      ? t('noFile')
      : t('fileChosen', {
          file: pickedFile.name,
          size: `${(pickedFile.size / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} KB`,
        });
});
textarea.addEventListener('input', () => {
  if (textarea.value !== '' && pickedFile !== undefined) {
    pickedFile = undefined;
    fileInput.value = '';
    fileName.textContent = t('noFile');
  }
});
importButton.addEventListener('click', () => void runImport());
closeButton.addEventListener('click', closeDialog);

document
  .getElementById('app')
  ?.append(
    el('p', { className: 'intro', text: t('intro') }),
    textarea,
    el('div', { className: 'file-row' }, [chooseButton, fileInput, fileName]),
    el('p', { className: 'hint', text: t('hint') }),
    el('div', { className: 'buttons' }, [closeButton, importButton]),
    status,
    summaryBox,
  );
