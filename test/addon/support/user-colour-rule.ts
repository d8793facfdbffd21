// A colour rule the seller made on a sheet, put before the rules already there: what every refresh
// of the add-on's own rules must keep, as the very object, in its place.

import type { FakeConditionalFormatRule } from '../../../fakes/fake-conditional-format';
import type { FakeWorld } from '../../../fakes/fake-services';
import type { FakeSheet } from '../../../fakes/fake-sheet';

/** Adds a custom-formula rule colouring `a1` with `background`, first on the sheet; returns it. */
export function addUserFormulaRule(
  world: FakeWorld,
  sheet: FakeSheet,
  formula: string,
  background: string,
  a1: string,
): FakeConditionalFormatRule {
  const rule = world.spreadsheetApp
    .newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(background)
    .setRanges([sheet.rangeA1(a1)])
    .build();
  sheet.setConditionalFormatRules([rule, ...sheet.getConditionalFormatRules()]);
  return rule;
}
