// The settings form, built from SETTINGS_SCHEMA: a fieldset per section, a labelled input for each
// number (a range as two, the weights as three), its hint, its bounds and a line for its problem.

import { SETTINGS_DIALOG_MESSAGES } from '../../addon/settings/settings-dialog-messages';
import { formatMessage, type Locale } from '../../core/i18n/locale';
import { declarationOf, SETTING_KEYS, SETTINGS_SECTIONS } from '../../core/settings/settings';
import {
  type ColourGroup,
  SETTINGS_GROUP_TITLES,
  SETTINGS_SECTIONS_SCHEMA,
  type SettingDeclaration,
  type SettingKey,
} from '../../core/settings/settings-schema';
import { toShown } from '../../core/settings/shown-units';
import { el } from '../page-kit/dom';

/** One input: its path in the settings object (`salesWeights.0`), its type and its caption. */
interface Input {
  readonly path: string;
  readonly colour: boolean;
  readonly caption?: string;
}

/** The colour shown on the line of each setting (a threshold and its colour, R2, R4). */
const BESIDE: ReadonlyMap<string, SettingKey> = new Map(
  SETTING_KEYS.flatMap((key) => {
    const declaration = declarationOf(key);
    return declaration.kind === 'colour' && declaration.beside !== undefined
      ? [[declaration.beside, key] as const]
      : [];
  }),
);

/** The sections of the form, every setting in the schema's order, grouped colours last. */
export function renderSections(locale: Locale): HTMLElement[] {
  return SETTINGS_SECTIONS.map(({ section, fields }) => {
    const declared = SETTINGS_SECTIONS_SCHEMA[section];
    const groups = new Map<ColourGroup, SettingKey[]>();
    const lines: HTMLElement[] = [];
    for (const key of fields) {
      const declaration = declarationOf(key);
      const group = declaration.kind === 'colour' ? declaration.group : undefined;
      if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), key]);
      else if (!isBeside(declaration)) lines.push(renderField(key, locale));
    }
    const grouped = [...groups].flatMap(([group, keys]) => [
      el('div', { className: 'subhead', text: SETTINGS_GROUP_TITLES[group][locale] }),
      el(
        'div',
        { className: 'row' },
        keys.map((key) => renderField(key, locale)),
      ),
    ]);
    return el('fieldset', { attrs: { id: `section-${section}` } }, [
      el('legend', { text: declared.title[locale] }),
      el('p', { className: 'hint', text: declared.hint[locale] }),
      ...lines,
      ...grouped,
    ]);
  });
}

function isBeside(declaration: SettingDeclaration): boolean {
  return declaration.kind === 'colour' && declaration.beside !== undefined;
}

/** A setting's line: label, inputs, hint and bounds, then where its problems go. */
function renderField(key: SettingKey, locale: Locale): HTMLElement {
  const declaration = declarationOf(key);
  const colour = BESIDE.get(key);
  const inputs = [
    ...inputsOf(key, locale),
    ...(colour === undefined ? [] : inputsOf(colour, locale)),
  ];
  const notes = [declaration.hint?.[locale], boundsText(declaration, locale)].filter(
    (text): text is string => text !== undefined,
  );
  return el('div', { className: 'field' }, [
    el('label', {
      text: declaration.label[locale],
      attrs: { for: inputId(inputs[0]?.path ?? key) },
    }),
    el('div', { className: 'inputs' }, inputs.flatMap(renderInput)),
    notes.length === 0 ? null : el('div', { className: 'hint', text: notes.join(' · ') }),
    errorLine(key),
    colour === undefined ? null : errorLine(colour),
  ]);
}

/** The inputs of one setting, shaped like its value. */
function inputsOf(key: SettingKey, locale: Locale): Input[] {
  const declaration = declarationOf(key);
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  switch (declaration.kind) {
    case 'colour':
      return [{ path: key, colour: true }];
    case 'number':
      return [{ path: key, colour: false }];
    case 'range':
      return [
        { path: `${key}.0`, colour: false, caption: m.from },
        { path: `${key}.1`, colour: false, caption: m.to },
      ];
    case 'weights':
      return ['7', '14', '30'].map((caption, i) => ({
        path: `${key}.${i}`,
        colour: false,
        caption,
      }));
  }
}

function renderInput(input: Input): HTMLElement[] {
  const attrs: Record<string, string> = input.colour
    ? { type: 'color' }
    : { type: 'text', inputmode: 'decimal', autocomplete: 'off' };
  const field = el('input', {
    attrs: { ...attrs, id: inputId(input.path), 'data-path': input.path },
  });
  return input.caption === undefined
    ? [field]
    : [el('span', { className: 'unit', text: input.caption }), field];
}

/** `Allowed: 0 to 3650`, in the dialog's units, from the setting's declared bounds. */
function boundsText(declaration: SettingDeclaration, locale: Locale): string | undefined {
  if (declaration.kind === 'colour') return undefined;
  const m = SETTINGS_DIALOG_MESSAGES[locale];
  const max = toShown(declaration.unit, declaration.limit.max);
  const low =
    typeof declaration.min === 'number'
      ? String(toShown(declaration.unit, declaration.min))
      : declaration.min === 'positive'
        ? m.aboveZero
        : '0';
  const high = declaration.limit.excluded ? formatMessage(m.under, { max }) : String(max);
  const whole = declaration.whole === true ? m.wholeNumbers : '';
  return `${formatMessage(m.allowed, { low, high })}${whole}`;
}

/** Where a setting's problem is shown, under its inputs. */
function errorLine(key: SettingKey): HTMLElement {
  return el('div', { className: 'error', attrs: { id: `error-${key}`, role: 'status' } });
}

function inputId(path: string): string {
  return `f-${path}`;
}
