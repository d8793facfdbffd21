// The add-on's own colour rules on a sheet, told from the user's by a marker in their formula:
// written in one read and one write of the sheet's rules, every rule the user made kept as it was.

import type {
  ConditionalFormatRuleLike,
  RangeLike,
  SheetLike,
  SpreadsheetAppLike,
} from './services/spreadsheet-service';

/** What a marker names: the column or flag a rule colours (e.g. 'cover', 'shipment'). */
export type MarkedTarget = string;

const MARKER_TEXT = 'stockout-playbook';

/**
 * The marker term: N() of a text is 0, so `N("…")=0` is always TRUE and changes nothing, yet it
 * lets a refresh tell the add-on's rules from the user's with no stored state.
 * @example marker('cover', 'R4') === 'N("stockout-playbook:cover:R4")=0'
 */
export function marker(target: MarkedTarget, rule: string): string {
  return `N("${MARKER_TEXT}:${target}:${rule}")=0`;
}

const MARKED = new RegExp(`N\\(\\s*"${MARKER_TEXT}:([a-z]+):`);

/** The target of one of the add-on's rules, or undefined for a rule the user made. */
export function markedTarget(formula: unknown): MarkedTarget | undefined {
  if (typeof formula !== 'string') return undefined;
  return MARKED.exec(formula)?.[1];
}

export interface RulesWritten {
  /** The user's rules, kept as they were and in their order. */
  readonly kept: number;
  /** The add-on's rules taken out (from an earlier refresh). */
  readonly removed: number;
  /** The add-on's rules written now. */
  readonly added: number;
}

/** One rule read from the sheet, with the target its marker names (undefined: kept as is). */
export interface ReadRule {
  readonly rule: ConditionalFormatRuleLike;
  readonly target: MarkedTarget | undefined;
}

/**
 * Reads the rules once, and writes them once unless `build` returns undefined (nothing to do).
 * Only the add-on's rules for `targets` are replaced; every other rule (the user's, and the
 * add-on's for other targets) stays as it was, in its order.
 */
export function replaceAddonRules(
  sheet: SheetLike,
  targets: readonly MarkedTarget[],
  build: (ours: readonly ReadRule[]) => ConditionalFormatRuleLike[] | undefined,
): RulesWritten | undefined {
  const read: ReadRule[] = sheet.getConditionalFormatRules().map((rule) => {
    const target = markedTarget(rule.getBooleanCondition()?.getCriteriaValues()[0]);
    return { rule, target: target !== undefined && targets.includes(target) ? target : undefined };
  });
  const ours = read.filter((r) => r.target !== undefined);
  const kept = read.filter((r) => r.target === undefined).map((r) => r.rule);
  // Every rule before the add-on's first one is kept, so its index is a place in `kept`.
  const firstOurs = read.findIndex((r) => r.target !== undefined);
  const insertAt = firstOurs < 0 ? kept.length : firstOurs;
  const built = build(ours);
  if (built === undefined) return undefined;
  sheet.setConditionalFormatRules([...kept.slice(0, insertAt), ...built, ...kept.slice(insertAt)]);
  return { kept: kept.length, removed: ours.length, added: built.length };
}

/** One colour rule: a custom formula and its background, on `ranges`. */
export function buildRule(
  app: SpreadsheetAppLike,
  spec: { readonly formula: string; readonly background: string },
  ranges: RangeLike[],
): ConditionalFormatRuleLike {
  return app
    .newConditionalFormatRule()
    .whenFormulaSatisfied(spec.formula)
    .setBackground(spec.background)
    .setRanges(ranges)
    .build();
}
