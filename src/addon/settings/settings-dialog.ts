// The settings dialog page: one self-contained HTML file (no CDN), every text inserted as text.

import type { Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { SETTINGS_LABELS, type SettingsField } from '../../core/settings/settings-messages';
import {
  SETTINGS_SECTIONS,
  type SettingsSection,
  type SettingsSectionFields,
} from '../../core/settings/settings-sections';
import type { StoredSettingsIssue } from '../../core/settings/stored-settings';
import { escapeHtml, jsonForScript } from '../menu/escape-html';
import {
  SETTINGS_DIALOG_MESSAGES,
  type SettingsDialogMessageKey,
} from './settings-dialog-messages';

export interface SettingsDialogInput {
  readonly locale: Locale;
  readonly settings: PlaybookSettings;
  readonly defaults: PlaybookSettings;
  readonly issue?: StoredSettingsIssue;
}

/** The endpoint the dialog's Save button calls through google.script.run. */
export const SAVE_ENDPOINT = 'savePlaybookSettings';

const ISSUE_NOTICE: Readonly<Record<StoredSettingsIssue, SettingsDialogMessageKey>> = {
  unreadable: 'storedUnreadable',
  invalid: 'storedInvalid',
  newerVersion: 'storedNewer',
};

/** One input: its path in the settings object (`salesWeights.0`) and its type. */
interface Input {
  readonly path: string;
  readonly type: 'number' | 'colour';
  readonly label?: string;
}

/** Cover thresholds shown with their colour on one line (R4, R2). */
const BAND_COLOURS: Partial<Record<SettingsField, SettingsField>> = {
  airFreightDays: 'colours.airFreight',
  alertDays: 'colours.alert',
  overstockDays: 'colours.overstock',
};

/** The hint under a setting, where one helps. */
const FIELD_HINTS: Partial<Record<SettingsField, SettingsDialogMessageKey>> = {
  salesWeights: 'weightsHint',
  airTransitDays: 'airTransitHint',
};

/** The hint at the top of each section. */
const SECTION_HINTS: Readonly<Record<SettingsSection, SettingsDialogMessageKey>> = {
  thresholds: 'coverHint',
  replenishment: 'defaultsHint',
  price: 'priceHint',
  ads: 'adsHint',
  recovery: 'recoveryHint',
};

/**
 * The dialog's page: one fieldset per section of SETTINGS_SECTIONS, an input for every saved
 * number (a range as two numbers, from and to), every text escaped.
 */
export function renderSettingsDialog(input: SettingsDialogInput): string {
  const { locale } = input;
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  const labels = SETTINGS_LABELS[locale];

  const field = (name: SettingsField, inputs: readonly Input[], hint?: string) =>
    [
      '<div class="field">',
      `<label for="f-${inputs[0]?.path}">${escapeHtml(labels[name])}</label>`,
      `<div class="inputs">${inputs.map(renderInput).join('')}</div>`,
      hint === undefined ? '' : `<div class="hint">${escapeHtml(hint)}</div>`,
      errorLine(name),
      '</div>',
    ].join('');
  const number = (path: string, label?: string): Input => ({ path, type: 'number', label });
  const colour = (path: string): Input => ({ path, type: 'colour' });

  /** The inputs of one setting, shaped like its default value. */
  const inputsOf = (name: SettingsField): Input[] => {
    if (name.startsWith('colours.')) return [colour(name)];
    if (name === 'salesWeights') {
      return [number(`${name}.0`, '7'), number(`${name}.1`, '14'), number(`${name}.2`, '30')];
    }
    const value = (input.defaults as unknown as Record<string, unknown>)[name];
    if (Array.isArray(value)) return [number(`${name}.0`, m.from), number(`${name}.1`, m.to)];
    return [number(name)];
  };

  const renderField = (name: SettingsField): string => {
    if (Object.values(BAND_COLOURS).includes(name)) return '';
    const hintKey = FIELD_HINTS[name];
    const hint = hintKey === undefined ? undefined : m[hintKey];
    const bandColour = BAND_COLOURS[name];
    if (bandColour !== undefined) {
      return field(name, [...inputsOf(name), colour(bandColour)], hint) + errorLine(bandColour);
    }
    return field(name, inputsOf(name), hint);
  };

  const renderSection = ({ section, fields }: SettingsSectionFields): string => {
    const phaseFields = fields.filter((name) => name.startsWith('colours.phases.'));
    const phases =
      phaseFields.length === 0
        ? ''
        : [
            `<div class="subhead">${escapeHtml(m.sectionPhases)}</div>`,
            '<div class="row">',
            ...phaseFields.map((name) => field(name, inputsOf(name))),
            '</div>',
          ].join('');
    return [
      `<fieldset id="section-${section}"><legend>${escapeHtml(m[`section.${section}`])}</legend>`,
      `<p class="hint">${escapeHtml(m[SECTION_HINTS[section]])}</p>`,
      ...fields.filter((name) => !phaseFields.includes(name)).map(renderField),
      phases,
      '</fieldset>',
    ].join('\n');
  };

  const notice =
    input.issue === undefined
      ? ''
      : `<p class="notice">${escapeHtml(m[ISSUE_NOTICE[input.issue]])}</p>`;
  const data = jsonForScript({
    settings: input.settings,
    defaults: input.defaults,
    text: { saving: m.saving, failed: m.failed },
  });

  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><base target="_top">`,
    `<style>${STYLE}</style>`,
    '</head><body>',
    notice,
    '<form id="settings-form" novalidate>',
    ...SETTINGS_SECTIONS.map(renderSection),
    '<p id="status" role="status"></p>',
    '<ul id="problems"></ul>',
    '<div class="buttons">',
    `<button type="button" id="reset">${escapeHtml(m.reset)}</button>`,
    `<button type="button" id="cancel">${escapeHtml(m.cancel)}</button>`,
    `<button type="submit" id="save" class="primary">${escapeHtml(m.save)}</button>`,
    '</div>',
    '</form>',
    `<script type="application/json" id="settings-data">${data}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body></html>',
  ].join('\n');
}

function renderInput(input: Input): string {
  const prefix =
    input.label === undefined ? '' : `<span class="unit">${escapeHtml(input.label)}</span>`;
  const attributes =
    input.type === 'colour' ? 'type="color"' : 'type="text" inputmode="decimal" size="5"';
  return `${prefix}<input id="f-${input.path}" data-path="${input.path}" ${attributes}>`;
}

/** Where a setting's problem is shown, under its inputs. */
function errorLine(name: SettingsField): string {
  return `<div class="error" id="error-${name}" role="status"></div>`;
}

const STYLE = [
  'body{font:13px/1.4 Arial,sans-serif;margin:0 12px 12px;color:#202124}',
  'fieldset{border:1px solid #dadce0;border-radius:6px;margin:10px 0;padding:6px 10px}',
  'legend{font-weight:bold;padding:0 4px}',
  '.field{margin:5px 0;display:grid;grid-template-columns:1fr auto;align-items:center;column-gap:10px}',
  '.field label{font-weight:bold}.field .hint,.field .error{grid-column:1/-1}',
  '.row{display:grid;grid-template-columns:1fr 1fr;gap:0 18px}',
  '.row .field{grid-template-columns:1fr auto}.row label{font-weight:normal}',
  '.subhead{font-weight:bold;margin-top:8px;color:#3c4043}',
  'fieldset>.hint{margin:2px 0 6px}',
  '.inputs{display:flex;gap:6px;align-items:center;justify-content:flex-end}',
  '.unit{color:#5f6368;font-size:12px}',
  'input[type=text]{padding:3px 5px;border:1px solid #bdc1c6;border-radius:4px}',
  'input[type=color]{width:42px;height:26px;padding:0;border:none;background:none}',
  'input[aria-invalid=true]{border-color:#d93025;background:#fce8e6}',
  '.hint{color:#5f6368;font-size:12px}.error{color:#d93025;font-size:12px}',
  '.notice{background:#fef7e0;padding:6px 8px;border-radius:4px}',
  '#status{font-weight:bold}#problems{color:#d93025;margin:0;padding-left:18px}',
  '.buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:10px}',
  'button{padding:6px 14px;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}',
  'button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}',
].join('');

/**
 * The page's script, ES5 so any browser Sheets supports runs it. It fills the form from the
 * embedded JSON, sends the values as typed (the server validates), and shows problems as text.
 */
const CLIENT_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('settings-data').textContent);
  var form = document.getElementById('settings-form');
  var inputs = form.querySelectorAll('[data-path]');
  var status = document.getElementById('status');
  var problemList = document.getElementById('problems');
  var save = document.getElementById('save');
  function each(fn) { for (var i = 0; i < inputs.length; i++) fn(inputs[i]); }
  function get(obj, path) {
    var keys = path.split('.');
    for (var i = 0; i < keys.length && obj != null; i++) obj = obj[keys[i]];
    return obj;
  }
  function put(obj, path, value) {
    var keys = path.split('.');
    for (var i = 0; i < keys.length - 1; i++) {
      if (obj[keys[i]] === undefined) obj[keys[i]] = /^\\d+$/.test(keys[i + 1]) ? [] : {};
      obj = obj[keys[i]];
    }
    obj[keys[keys.length - 1]] = value;
  }
  function fill(settings) {
    each(function (input) {
      var value = get(settings, input.getAttribute('data-path'));
      input.value = value == null ? '' : String(value);
    });
  }
  function collect() {
    var out = {};
    each(function (input) { put(out, input.getAttribute('data-path'), input.value); });
    return out;
  }
  function clearProblems() {
    status.textContent = '';
    problemList.textContent = '';
    var errors = document.querySelectorAll('.error');
    for (var i = 0; i < errors.length; i++) errors[i].textContent = '';
    each(function (input) { input.removeAttribute('aria-invalid'); });
  }
  function showProblems(message, problems) {
    status.textContent = message;
    var first = null;
    for (var i = 0; i < problems.length; i++) {
      var problem = problems[i];
      var item = document.createElement('li');
      item.textContent = problem.message;
      problemList.appendChild(item);
      var error = document.getElementById('error-' + problem.field);
      if (error) error.textContent = problem.message;
      each(function (input) {
        var path = input.getAttribute('data-path');
        if (path === problem.field || path.indexOf(problem.field + '.') === 0) {
          input.setAttribute('aria-invalid', 'true');
          if (first === null) first = input;
        }
      });
    }
    if (first !== null) first.focus();
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearProblems();
    status.textContent = data.text.saving;
    save.disabled = true;
    google.script.run
      .withSuccessHandler(function (response) {
        save.disabled = false;
        if (response && response.ok) {
          status.textContent = response.message;
          google.script.host.close();
        } else {
          status.textContent = '';
          showProblems(response.message, response.problems || []);
        }
      })
      .withFailureHandler(function (error) {
        save.disabled = false;
        var detail = error && error.message ? error.message : String(error);
        status.textContent = data.text.failed.replace('{detail}', detail);
      })
      .${SAVE_ENDPOINT}(collect());
  });
  document.getElementById('reset').addEventListener('click', function () {
    clearProblems();
    fill(data.defaults);
  });
  document.getElementById('cancel').addEventListener('click', function () {
    google.script.host.close();
  });
  fill(data.settings);
})();`;
