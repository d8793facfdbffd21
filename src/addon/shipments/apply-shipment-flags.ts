// Writes the shipments sheet's flag colour rules, replacing the add-on's earlier ones there and
// keeping every rule the user made: the platform's marked colour rules.

import { openColumnRange } from '../platform/column-letter';
import { buildRule, type RulesWritten, replaceAddonRules } from '../platform/marked-colour-rules';
import type { SheetLike, SpreadsheetAppLike } from '../platform/services/spreadsheet-service';
import { flagRuleSpecs } from './shipment-flag-rules';
import type { OwnColumns } from './shipment-formulas';

/**
 * Replaces the shipment flag rules on the sheet: one read of the rules, one write, whatever the
 * row count. Rules for cover and phase colours, and the user's, stay as they were, in order.
 */
export function applyShipmentFlags(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  own: OwnColumns,
  checkColumn: number | undefined,
): RulesWritten {
  const columnOf = {
    eta: own.columns.eta,
    status: own.columns.status,
    receivedUnits: own.columns.receivedUnits,
    check: checkColumn,
  };
  const written = replaceAddonRules(sheet, ['shipment'], () =>
    flagRuleSpecs(own, checkColumn).flatMap((spec) => {
      const column = columnOf[spec.column];
      if (column === undefined) return [];
      const range = sheet.getRange(openColumnRange(column, own.firstRow));
      return [buildRule(app, spec, [range])];
    }),
  );
  return written ?? { kept: 0, removed: 0, added: 0 };
}
