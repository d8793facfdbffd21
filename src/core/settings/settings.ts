// The settings object derived from SETTINGS_SCHEMA: its type, the playbook defaults, its layout
// version, and reading or building it setting by setting.

import type { SalesWeights } from '../daily-sales';
import {
  type NumberRange,
  SETTINGS_SCHEMA,
  type SettingDeclaration,
  type SettingKey,
  type SettingsSection,
} from './settings-schema';

type Schema = typeof SETTINGS_SCHEMA;

/** The value a declaration holds: a number, a [low, high] range, the three weights or a colour. */
export type ValueOf<D> = D extends { readonly kind: 'number' }
  ? number
  : D extends { readonly kind: 'range' }
    ? NumberRange
    : D extends { readonly kind: 'weights' }
      ? SalesWeights
      : string;

export type SettingValue = number | NumberRange | SalesWeights | string;

type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;
type Rest<K extends string, H extends string> = K extends `${H}.${infer R}` ? R : never;

/** Dotted keys as nested objects: `{ 'colours.alert': V }` becomes `{ colours: { alert: V } }`. */
type Nest<T extends Record<string, unknown>> = {
  readonly [H in Head<keyof T & string>]: H extends keyof T
    ? T[H]
    : Nest<{ [R in Rest<keyof T & string, H>]: T[`${H}.${R}` & keyof T] }>;
};

type FlatSettings = { [K in SettingKey]: ValueOf<Schema[K]> };

/** Everything a seller can change, one plain JSON-safe object, as saved and as used. */
export type PlaybookSettings = Nest<FlatSettings>;

export type SettingsColours = PlaybookSettings['colours'];

/** Every setting's key, in the dialog's order. */
export const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

/** A setting's declaration, widened for code that handles any setting. */
export function declarationOf(key: SettingKey): SettingDeclaration {
  return SETTINGS_SCHEMA[key];
}

/**
 * The layout saved today; older layouts are migrated when read. Layout 4 saves every share as the
 * plan uses it, a fraction (0.3 for 30%), under the plan's own names (`budgetCut`, not
 * `budgetCutPercent`).
 */
export const SETTINGS_VERSION = 4;

/**
 * The value at a setting's key (`colours.alert` → `settings.colours.alert`), or inside one
 * (`salesWeights.2`, the third weight); undefined if absent.
 */
export function valueAt(settings: unknown, key: string): unknown {
  let value: unknown = settings;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The settings object holding each setting's value at its key. */
export function settingsFrom(values: (key: SettingKey) => SettingValue): PlaybookSettings {
  const root: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = values(key);
  }
  return root as unknown as PlaybookSettings;
}

/** The playbook's defaults, each from its declaration. */
export const DEFAULT_SETTINGS: PlaybookSettings = settingsFrom(
  (key) => SETTINGS_SCHEMA[key].default,
);

export const DEFAULT_COLOURS: SettingsColours = DEFAULT_SETTINGS.colours;

/** The settings of each section, in the dialog's order. */
export interface SettingsSectionFields {
  readonly section: SettingsSection;
  readonly fields: readonly SettingKey[];
}

export const SETTINGS_SECTIONS: readonly SettingsSectionFields[] = (() => {
  const sections: { section: SettingsSection; fields: SettingKey[] }[] = [];
  for (const key of SETTING_KEYS) {
    const { section } = SETTINGS_SCHEMA[key];
    const last = sections[sections.length - 1];
    if (last?.section === section) last.fields.push(key);
    else sections.push({ section, fields: [key] });
  }
  return sections;
})();

/** A setting's place in the dialog; anything else (the whole object) comes first. */
export function settingsFieldOrder(field: string): number {
  return SETTING_KEYS.indexOf(field as SettingKey);
}
