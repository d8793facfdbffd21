// R2, R4: writes the replenishment sheet's colour rules — cover, phase, cover flag — on a sheet in
// one read and one write, keeping the user's; and rebuilds them with new settings.

import type { PlaybookSettings } from '../../core/settings/settings';
import { columnLetter, openColumnRange } from '../platform/column-letter';
import { buildRule, type RulesWritten, replaceAddonRules } from '../platform/marked-colour-rules';
import type {
  ConditionalFormatRuleLike,
  SheetLike,
  SpreadsheetAppLike,
} from '../platform/services/spreadsheet-service';
import {
  type ColourRuleSpec,
  type ColourTarget,
  coverRuleSpecs,
  flagRuleSpecs,
  phaseRuleSpecs,
} from './colour-rule-specs';

/** A column to colour: its 1-based number and the first row of its data. */
export interface ColumnTarget {
  readonly column: number;
  readonly firstRow: number;
}

/** Where the add-on's rules go; a missing target gets no rules. */
export type ColourTargets = Partial<Record<ColourTarget, ColumnTarget>>;

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
