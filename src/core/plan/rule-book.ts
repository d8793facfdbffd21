// R6, R12–R43: where each playbook rule sits in the sidebar: its area, its kind and its phases.

import type { Phase } from '../phase';

/**
 * The playbook rules the sidebar carries (PLAYBOOK.md R12–R43), and R6: this week's order, the
 * first item of any SKU with something to order (its sums written out, R11).
 */
export const PLAN_RULES = [
  'R6',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
  'R29',
  'R30',
  'R31',
  'R32',
  'R33',
  'R34',
  'R35',
  'R36',
  'R37',
  'R38',
  'R39',
  'R40',
  'R41',
  'R42',
  'R43',
] as const;
export type RuleId = (typeof PLAN_RULES)[number];

/** The checklist's groups, in the order the sidebar shows them. */
export const AREAS = ['stock', 'price', 'ads', 'listing', 'keywords'] as const;
export type Area = (typeof AREAS)[number];

/**
 * `action`: a task to tick off. `number`: a task whose figure is worked out for the SKU (also
 * ticked off). `warning`: a caution to read, with nothing to tick.
 */
export const ITEM_KINDS = ['action', 'number', 'warning'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface RuleEntry {
  readonly area: Area;
  readonly kind: ItemKind;
  /** The phases whose checklist can hold the rule. */
  readonly phases: readonly Phase[];
}

/**
 * R33: a recovering SKU heading for a new gap gets the before-stockout protection, so the
 * before rules belong to the recovery checklist too.
 */
const BEFORE: readonly Phase[] = ['PRE_STOCKOUT', 'RECOVERY'];
const DURING: readonly Phase[] = ['OUT_OF_STOCK'];
const AFTER: readonly Phase[] = ['RECOVERY'];

export const RULE_BOOK: Readonly<Record<RuleId, RuleEntry>> = {
  R6: {
    area: 'stock',
    kind: 'number',
    phases: ['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY'],
  },
  R12: { area: 'price', kind: 'action', phases: BEFORE },
  R13: { area: 'price', kind: 'number', phases: BEFORE },
  R14: { area: 'price', kind: 'action', phases: BEFORE },
  R15: { area: 'price', kind: 'number', phases: BEFORE },
  R16: { area: 'price', kind: 'warning', phases: BEFORE },
  R17: { area: 'price', kind: 'warning', phases: BEFORE },
  R18: { area: 'ads', kind: 'number', phases: BEFORE },
  R19: { area: 'ads', kind: 'action', phases: BEFORE },
  R20: { area: 'ads', kind: 'number', phases: BEFORE },
  R21: { area: 'ads', kind: 'warning', phases: BEFORE },
  R22: { area: 'keywords', kind: 'action', phases: BEFORE },
  R23: { area: 'stock', kind: 'action', phases: DURING },
  R24: { area: 'stock', kind: 'number', phases: ['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY'] },
  R25: { area: 'price', kind: 'action', phases: DURING },
  R26: { area: 'ads', kind: 'warning', phases: DURING },
  R27: { area: 'ads', kind: 'action', phases: DURING },
  R28: { area: 'listing', kind: 'action', phases: DURING },
  R29: { area: 'listing', kind: 'action', phases: DURING },
  R30: { area: 'keywords', kind: 'action', phases: DURING },
  R31: { area: 'keywords', kind: 'action', phases: DURING },
  R32: { area: 'stock', kind: 'action', phases: AFTER },
  R33: { area: 'stock', kind: 'number', phases: AFTER },
  R34: { area: 'price', kind: 'number', phases: AFTER },
  R35: { area: 'price', kind: 'action', phases: AFTER },
  R36: { area: 'ads', kind: 'number', phases: AFTER },
  R37: { area: 'keywords', kind: 'action', phases: AFTER },
  R38: { area: 'price', kind: 'action', phases: AFTER },
  R39: { area: 'ads', kind: 'action', phases: AFTER },
  R40: { area: 'listing', kind: 'action', phases: AFTER },
  R41: { area: 'listing', kind: 'action', phases: AFTER },
  R42: { area: 'listing', kind: 'action', phases: AFTER },
  R43: { area: 'keywords', kind: 'action', phases: AFTER },
};

/**
 * R33: the recovery items that push sales up (discounts, bundles and thresholds, coupons and
 * deals, a bigger ad budget, higher bids, a keyword sprint). A recovering SKU heading for a new
 * gap leaves them out; the others (receiving, listing, reviews, ad reports) still fit.
 */
export const SALES_RAISING_RULES: ReadonlySet<RuleId> = new Set([
  'R34',
  'R35',
  'R36',
  'R37',
  'R38',
  'R43',
]);

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULE_BOOK, value);
}

/** True when the rule's item carries a checkbox (warnings are read, not ticked). */
export function isTickable(rule: RuleId): boolean {
  return RULE_BOOK[rule].kind !== 'warning';
}
