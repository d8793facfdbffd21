// One line of a phase's checklist: the rule it carries, its words and the numbers worked out for it.

import type { PlanTextKey } from './plan-messages';
import { money, type Quantity } from './quantity';
import { type Area, type ItemKind, RULE_BOOK, type RuleId } from './rule-book';
import type { SkuField } from './sku-row';

/** A text with the numbers that fill its placeholders. */
export interface PlanLine {
  readonly text: PlanTextKey;
  readonly values: Readonly<Record<string, Quantity>>;
}

export interface PlanItem {
  readonly rule: RuleId;
  readonly area: Area;
  readonly kind: ItemKind;
  /** The headline, e.g. "Cut the daily ad budget to {low}–{high}". */
  readonly text: PlanTextKey;
  /** The reason or the how, one sentence under the headline. */
  readonly detail: PlanTextKey;
  /** Fills the placeholders of text, detail and steps. */
  readonly values: Readonly<Record<string, Quantity>>;
  /** Extra lines shown in order under the detail (the discount ladder's rungs). */
  readonly steps: readonly PlanLine[];
  /** Row figures that are blank and would turn the rule in words into numbers. */
  readonly missing: readonly SkuField[];
}

export interface ItemParts {
  readonly text: PlanTextKey;
  readonly detail: PlanTextKey;
  readonly values?: Readonly<Record<string, Quantity>>;
  readonly steps?: readonly PlanLine[];
  readonly missing?: readonly SkuField[];
}

/** Builds an item, taking its area and kind from the rule book. */
export function planItem(rule: RuleId, parts: ItemParts): PlanItem {
  const { area, kind } = RULE_BOOK[rule];
  return {
    rule,
    area,
    kind,
    text: parts.text,
    detail: parts.detail,
    values: parts.values ?? {},
    steps: parts.steps ?? [],
    missing: parts.missing ?? [],
  };
}

/** A headline whose detail is the same key followed by "Detail". */
type FixedText = {
  [K in PlanTextKey]: `${K}Detail` extends PlanTextKey ? K : never;
}[PlanTextKey];

/**
 * The rules whose item never changes, by their headline: the detail under it is the headline's
 * key followed by "Detail" (noPromotions, noPromotionsDetail).
 */
const FIXED_ITEMS = {
  R12: 'noPromotions',
  R17: 'protectWeight',
  R19: 'pauseWeakCampaigns',
  R21: 'neverAllAdsOff',
  R22: 'recordRanks',
  R26: 'spPausesItself',
  R27: 'pauseSbSd',
  R28: 'guardListing',
  R29: 'keepListingAlive',
  R30: 'logRankFall',
  R31: 'watchCompetitors',
  R32: 'checkReceiving',
  R35: 'bundlesFirst',
  R37: 'bidUpFallen',
  R38: 'couponsDeals',
  R39: 'reviewAdsDaily',
  R40: 'improveListing',
  R41: 'askReviews',
  R42: 'parallelListing',
  R43: 'sprintKeywords',
} as const satisfies Partial<Record<RuleId, FixedText>>;

/** The item of a rule whose words never change (no figures, nothing missing). */
export function fixedItem(rule: keyof typeof FIXED_ITEMS): PlanItem {
  const text = FIXED_ITEMS[rule];
  return planItem(rule, { text, detail: `${text}Detail` });
}

/** How a budget item reads: in words while the row has no daily ad budget, in money once it has. */
export interface BudgetItemParts {
  /** The factors the rule applies, as the texts' placeholders (e.g. cutLow, cutHigh). */
  readonly factors: Readonly<Record<string, Quantity>>;
  readonly rule: ItemParts;
  readonly figures: ItemParts;
}

/**
 * A daily-ad-budget item (R18, R36): without a budget on the row, the rule in words and the
 * budget named missing; with one, the budget and the range worked out from it.
 */
export function budgetItem(
  rule: RuleId,
  budget: number | undefined,
  range: (budget: number) => { readonly low: number; readonly high: number },
  parts: BudgetItemParts,
): PlanItem {
  if (budget === undefined) {
    return planItem(rule, { ...parts.rule, values: parts.factors, missing: ['dailyAdBudget'] });
  }
  const { low, high } = range(budget);
  return planItem(rule, {
    ...parts.figures,
    values: { ...parts.factors, budget: money(budget), low: money(low), high: money(high) },
  });
}
