// Looks up the sidebar's own words and the plan's words in the reader's language.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { INPUT_MESSAGES, type InputMessageKey } from '../../core/input-messages';
import { PLAN_TEXTS, type PlanTextKey } from '../../core/plan/plan-messages';
import { SIDEBAR_TEXTS, type SidebarTextKey } from './sidebar-messages';

type Params = Readonly<Record<string, string | number>>;

export function sidebarText(locale: Locale, key: SidebarTextKey, params: Params = {}): string {
  return formatMessage(SIDEBAR_TEXTS[locale][key], params);
}

/** A plan word with no numbers in it: a phase, an area. */
export function planWord(locale: Locale, key: PlanTextKey): string {
  return PLAN_TEXTS[locale][key];
}

export function inputErrorText(locale: Locale, key: InputMessageKey, params: Params): string {
  const template = INPUT_MESSAGES[locale][key] as string | undefined;
  return template === undefined ? key : formatMessage(template, params);
}
