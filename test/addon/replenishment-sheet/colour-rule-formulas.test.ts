// The add-on's rule formulas evaluated by a real spreadsheet engine: the marker changes nothing,
// text and blank cells never match, and the bands fall where the playbook puts them.

import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { markedTarget } from '../../../src/addon/platform/marked-colour-rules';
import {
  coverRuleSpecs,
  flagRuleSpecs,
  phaseRuleSpecs,
} from '../../../src/addon/replenishment-sheet/colour-rule-specs';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

/** The formula's result for a cell value in A2, the formula written for A2 as Sheets applies it. */
function evaluate(formula: string, value: string | number | null): unknown {
  const hf = HyperFormula.buildFromArray([[], [value, formula]], { licenseKey: 'gpl-v3' });
  const result = hf.getCellValue({ sheet: 0, row: 1, col: 1 });
  hf.destroy();
  return result;
}

/** Which band colours a value: the first matching rule wins, as in Sheets. */
function bandOf(value: string | number | null): string | undefined {
  const specs = coverRuleSpecs(DEFAULT_SETTINGS, '$A2');
  return specs.find((spec) => evaluate(spec.formula, value) === true)?.background;
}

describe('colour rule formulas', () => {
  it('colour days of cover by the first matching band', () => {
    const { airFreight, alert, overstock, phases } = DEFAULT_SETTINGS.colours;
    // 0 days on hand is out of stock: its colour, never the milder air-freight yellow.
    expect(bandOf(0)).toBe(phases.OUT_OF_STOCK);
    expect(bandOf(0.5)).toBe(airFreight);
    expect(bandOf(20)).toBe(airFreight);
    expect(bandOf(20.01)).toBe(alert);
    expect(bandOf(75)).toBe(alert);
    expect(bandOf(75.5)).toBeUndefined();
    expect(bandOf(180)).toBeUndefined();
    expect(bandOf(180.1)).toBe(overstock);
  });

  it('ignore text, messages and blank cells', () => {
    for (const value of ['', null, 'Days of cover', '⚠ stock cannot be negative', 'abc']) {
      expect(bandOf(value), String(value)).toBeUndefined();
    }
  });

  it('colour the cover flag by its words in either language', () => {
    const specs = flagRuleSpecs(DEFAULT_SETTINGS, '$A2');
    const matching = (value: string | number | null) =>
      specs.filter((spec) => evaluate(spec.formula, value) === true).map((s) => s.background);
    const { feeFloor, overstock } = DEFAULT_SETTINGS.colours;
    expect(matching('below fee floor')).toEqual([feeFloor]);
    expect(matching('低于低库存费线')).toEqual([feeFloor]);
    expect(matching('overstock')).toEqual([overstock]);
    expect(matching('')).toEqual([]);
  });

  it('match a phase cell only on its exact code', () => {
    const specs = phaseRuleSpecs(DEFAULT_SETTINGS, '$A2');
    const matching = (value: string | number | null) =>
      specs.filter((spec) => evaluate(spec.formula, value) === true).map((s) => s.background);
    expect(matching('OUT_OF_STOCK')).toEqual([DEFAULT_SETTINGS.colours.phases.OUT_OF_STOCK]);
    expect(matching('HEALTHY')).toEqual([DEFAULT_SETTINGS.colours.phases.HEALTHY]);
    expect(matching('')).toEqual([]);
    expect(matching(12)).toEqual([]);
  });

  it('carry a marker that identifies them, and no user formula is mistaken for one', () => {
    for (const spec of [
      ...coverRuleSpecs(DEFAULT_SETTINGS, '$Q2'),
      ...phaseRuleSpecs(DEFAULT_SETTINGS, '$T2'),
      ...flagRuleSpecs(DEFAULT_SETTINGS, '$Z2'),
    ]) {
      expect(markedTarget(spec.formula)).toBe(spec.target);
    }
    for (const userFormula of [
      '=$Q2<=75',
      '=N("note")=0',
      '=ISNUMBER(SEARCH("stockout-playbook", A1))',
      42,
      undefined,
    ]) {
      expect(markedTarget(userFormula)).toBeUndefined();
    }
  });
});
