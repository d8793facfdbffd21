// The settings dialog page: loads the settings in force, shows them in a form built from the
// schema, and saves through the server, which checks everything and names each problem.

import type { SettingsSnapshot } from '../../addon/settings/settings-api';
import {
  SETTINGS_DIALOG_MESSAGES,
  type SettingsDialogMessageKey,
} from '../../addon/settings/settings-dialog-messages';
import { formatMessage, type Locale } from '../../core/i18n/locale';
import { shownSettings } from '../../core/settings/shown-units';
import type { StoredSettingsIssue } from '../../core/settings/stored-settings';
import { el } from '../page-kit/dom';
import { messageOf, pageLocale } from '../page-kit/page-text';
import { closeDialog, googleScriptRun } from '../page-kit/script-rpc';
import { clearProblems, collectForm, fillForm, markProblems } from './form-values';
import { renderSections } from './render-form';
import { settingsRpc } from './server-rpc';

const ISSUE_NOTICE: Readonly<Record<StoredSettingsIssue, SettingsDialogMessageKey>> = {
  unreadable: 'storedUnreadable',
  invalid: 'storedInvalid',
  newerVersion: 'storedNewer',
};

const rpc = settingsRpc(googleScriptRun);

function app(): HTMLElement {
  const root = document.getElementById('app');
  if (root === null) throw new Error('the page has no #app');
  return root;
}

async function start(): Promise<void> {
  const guess = pageLocale();
  app().replaceChildren(
    el('p', { className: 'hint', text: SETTINGS_DIALOG_MESSAGES[guess].loading }),
  );
  let snapshot: SettingsSnapshot;
  try {
    snapshot = await rpc.getPlaybookSettings();
  } catch (error) {
    const text = formatMessage(SETTINGS_DIALOG_MESSAGES[guess].loadFailed, {
      detail: messageOf(error),
    });
    app().replaceChildren(el('p', { className: 'notice', text }));
    return;
  }
  showForm(snapshot);
}

function showForm(snapshot: SettingsSnapshot): void {
  const locale: Locale = snapshot.locale;
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  document.documentElement.lang = locale;
  const status = el('p', { attrs: { id: 'status', role: 'status' } });
  const problemList = el('ul', { attrs: { id: 'problems' } });
  const save = el('button', {
    className: 'primary',
    text: m.save,
    attrs: { type: 'submit', id: 'save' },
  });
  const reset = el('button', { text: m.reset, attrs: { type: 'button', id: 'reset' } });
  const cancel = el('button', { text: m.cancel, attrs: { type: 'button', id: 'cancel' } });
  const form = el('form', { attrs: { id: 'settings-form', novalidate: '' } }, [
    ...renderSections(locale),
    status,
    problemList,
    el('div', { className: 'buttons' }, [reset, cancel, save]),
  ]);
  const notice =
    snapshot.issue === undefined
      ? null
      : el('p', { className: 'notice', text: m[ISSUE_NOTICE[snapshot.issue]] });
  app().replaceChildren(...(notice === null ? [] : [notice]), form);
  fillForm(form, shownSettings(snapshot.settings));

  const clear = () => {
    clearProblems(form);
    status.textContent = '';
    problemList.replaceChildren();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clear();
    status.textContent = m.saving;
    save.disabled = true;
    rpc
      .savePlaybookSettings(collectForm(form))
      .then((response) => {
        status.textContent = response.message;
        if (response.ok) {
          closeDialog();
          return;
        }
        problemList.replaceChildren(
          ...response.problems.map((problem) => el('li', { text: problem.message })),
        );
        markProblems(form, response.problems)?.focus();
      })
      .catch((error: unknown) => {
        status.textContent = formatMessage(m.failed, { detail: messageOf(error) });
      })
      .finally(() => {
        save.disabled = false;
      });
  });
  reset.addEventListener('click', () => {
    clear();
    fillForm(form, shownSettings(snapshot.defaults));
  });
  cancel.addEventListener('click', closeDialog);
}

void start();
