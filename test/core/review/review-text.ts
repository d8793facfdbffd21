// A review decision in words, as the Weekly review sheet writes it, for comparing the core with
// the sheet and with the sidebar's plan.

import { REVIEW_MESSAGES } from '../../../src/addon/weekly-review/review-messages';
import { formatMessage, type Locale } from '../../../src/core/i18n/locale';
import { formatQuantity } from '../../../src/core/plan/format-quantity';
import { planText } from '../../../src/core/plan/plan-text';
import type { ReviewEntry, ReviewLine } from '../../../src/core/review/weekly-review';

export function lineText(line: ReviewLine, locale: Locale): string {
  switch (line.kind) {
    case 'cell':
      return line.text;
    case 'plan':
      return planText(line.key, line.values, locale);
    case 'review': {
      const params = Object.fromEntries(
        Object.entries(line.values).map(([name, quantity]) => [name, formatQuantity(quantity)]),
      );
      return formatMessage(REVIEW_MESSAGES[locale][`decision.${line.key}`], params);
    }
  }
}

export function decisionText(entry: ReviewEntry, locale: Locale): string {
  return entry.decision
    .map((line) => lineText(line, locale))
    .join(REVIEW_MESSAGES[locale].decisionSeparator);
}
