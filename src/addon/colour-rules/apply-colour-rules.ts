// Rewrites the add-on's colour rules on one sheet in one read and one write, keeping the user's.

import type { PlaybookSettings } from '../../core/settings/settings';
import type {
  ConditionalFormatRuleLike,
  RangeLike,
  SheetLike,
  SpreadsheetAppLike,
} from '../services/spreadsheet-service';
import { columnLetter, openColumnRange } from '../template/column-letter';
import {
  type ColourRuleSpec,
  type ColourTarget,
  coverRuleSpecs,
  flagRuleSpecs,
  type MarkedTarget,
  markedTarget,
  phaseRuleSpecs,
} from './colour-rule-specs';

/** A column to colour: its 1-based number and the first row of its data. */
export interface ColumnTarget {
  readonly column: number;
  readonly firstRow: number;
}

/** Where the add-on's rules go; a missing target gets no rules. */
export type ColourTargets = Partial<Record<ColourTarget, ColumnTarget>>;

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
 * Replaces the add-on's rules on a sheet with rules for `targets`. The user's rules stay the
 * very objects Sheets returned, in order; the add-on's go where its first old rule was (or
 * last), so running it twice gives the same list. Calls: one read, two per existing rule, a
 * fixed number per new rule, one write: none depends on the number of rows.
 */
export function applyColourRules(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  settings: PlaybookSettings,
  targets: ColourTargets,
): RulesWritten {
  const written = replaceAddonRules(sheet, SPEC_TARGETS, () => {
    const built: ConditionalFormatRuleLike[] = [];
    for (const [target, specsFor] of SPECS) {
      const at = targets[target];
      if (at === undefined) continue;
      const range = sheet.getRange(openColumnRange(at.column, at.firstRow));
      const cell = `$${columnLetter(at.column)}${at.firstRow}`;
      for (const spec of specsFor(settings, cell)) built.push(buildRule(app, spec, [range]));
    }
    return built;
  });
  return written ?? { kept: 0, removed: 0, added: 0 };
}

/**
 * Rebuilds the add-on's rules already on a sheet with new settings, on the ranges they cover
 * now (the user may have moved or resized them). Returns undefined when the sheet has none.
 */
export function reapplyColourRules(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  settings: PlaybookSettings,
): RulesWritten | undefined {
  return replaceAddonRules(sheet, SPEC_TARGETS, (ours) => {
    if (ours.length === 0) return undefined;
    const built: ConditionalFormatRuleLike[] = [];
    for (const [target, specsFor] of SPECS) {
      const old = ours.find((read) => read.target === target);
      if (old === undefined) continue;
      const ranges = old.rule.getRanges();
      const first = ranges[0];
      if (first === undefined) continue;
      const cell = `$${columnLetter(first.getColumn())}${first.getRow()}`;
      for (const spec of specsFor(settings, cell)) built.push(buildRule(app, spec, ranges));
    }
    return built;
  });
}

const SPECS: readonly [ColourTarget, (s: PlaybookSettings, cell: string) => ColourRuleSpec[]][] = [
  ['cover', coverRuleSpecs],
  ['phase', phaseRuleSpecs],
  ['flag', flagRuleSpecs],
];
const SPEC_TARGETS: readonly ColourTarget[] = SPECS.map(([target]) => target);

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

export function buildRule(
  app: SpreadsheetAppLike,
  spec: Pick<ColourRuleSpec, 'formula' | 'background'>,
  ranges: RangeLike[],
): ConditionalFormatRuleLike {
  return app
    .newConditionalFormatRule()
    .whenFormulaSatisfied(spec.formula)
    .setBackground(spec.background)
    .setRanges(ranges)
    .build();
}
