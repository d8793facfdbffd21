// Looks up the sidebar's words (its own, the order cycle's, the keyword panel's) and the plan's
// words in the reader's language.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { INPUT_MESSAGES, type InputMessageKey } from '../../core/input-messages';
import { PLAN_TEXTS, type PlanTextKey } from '../../core/plan/plan-messages';
import { type TextParams, textLookup } from '../page-kit/page-text';
import { CYCLE_TEXTS } from './cycle-messages';
import { KEYWORD_TEXTS } from './keyword-messages';
import { SIDEBAR_TEXTS } from './sidebar-messages';

export const sidebarText = textLookup(SIDEBAR_TEXTS);

/** The order cycle's and the colour legend's words. */
export const cycleText = textLookup(CYCLE_TEXTS);

/** The keyword panel's words. */
export const keywordText = textLookup(KEYWORD_TEXTS);

/** A plan word with no numbers in it: a phase, an area. */
export function planWord(locale: Locale, key: PlanTextKey): string {
  return PLAN_TEXTS[locale][key];
}

export function inputErrorText(locale: Locale, key: InputMessageKey, params: TextParams): string {
  const template = INPUT_MESSAGES[locale][key] as string | undefined;
  return template === undefined ? key : formatMessage(template, params);
}
