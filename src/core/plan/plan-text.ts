// Turns a plan's text keys and numbers into the words a seller reads, in their language.

import { formatMessage, type Locale } from '../i18n/locale';
import { formatQuantity } from './format-quantity';
import { PLAN_TEXTS, type PlanTextKey } from './plan-messages';
import type { Quantity } from './quantity';
import type { SkuField } from './sku-row';

/**
 * The text for a key with its placeholders filled from the plan's numbers.
 * @example planText('cutBudget', { low: money(30), high: money(35) }, 'en') === 'Cut the daily ad budget to 30.00–35.00'
 */
export function planText(
  key: PlanTextKey,
  values: Readonly<Record<string, Quantity>>,
  locale: Locale,
): string {
  const params: Record<string, string> = {};
  for (const [name, quantity] of Object.entries(values)) params[name] = formatQuantity(quantity);
  return formatMessage(PLAN_TEXTS[locale][key], params);
}

/** 'Fill in “Price”, “Daily ad budget” to work out the numbers.' */
export function missingHint(fields: readonly SkuField[], locale: Locale): string {
  const texts = PLAN_TEXTS[locale];
  const names = fields
    .map((field) => formatMessage(texts.quotedField, { name: texts[`field.${field}`] }))
    .join(texts.listSeparator);
  return formatMessage(texts.hint, { fields: names });
}
