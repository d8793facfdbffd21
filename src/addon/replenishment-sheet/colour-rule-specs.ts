// R2, R4: the replenishment sheet's colour rules — days of cover, phase, cover flag — as custom
// formulas, each carrying the marker that tells them from the user's.

import { PHASES, type Phase } from '../../core/phase';
import type { PlaybookSettings } from '../../core/settings/settings';
import { marker } from '../platform/marked-colour-rules';
import { COVER_FLAG_WORDS, type CoverFlag, quoted } from './sheet-words';

/** Which column a rule colours: on-hand days of cover, the phase, or the cover flag. */
export type ColourTarget = 'cover' | 'phase' | 'flag';

export interface ColourRuleSpec {
  readonly target: ColourTarget;
  /** The custom formula, written for the first cell of the range it applies to. */
  readonly formula: string;
  readonly background: string;
  readonly rule: string;
}

/**
 * The cover rules, for the on-hand cover (inbound excluded, R2), narrowest band first: Sheets
 * applies the first matching rule. 0 days is out of stock (the out-of-stock colour) before ≤ air
 * freight (yellow), which precedes ≤ alert (red) or it never shows; above the overstock line,
 * grey-blue — never a SKU with no stock on hand, whose cover is 0. `cell` is the first cell, e.g.
 * `$Q2`. Text and blank cells (headers, messages) never match: ISNUMBER guards every band.
 */
export function coverRuleSpecs(settings: PlaybookSettings, cell: string): ColourRuleSpec[] {
  const { airFreightDays, alertDays, overstockDays, colours } = settings;
  const band = (test: string, rule: string) =>
    `=AND(ISNUMBER(${cell}), ${cell}${test}, ${marker('cover', rule)})`;
  return [
    {
      target: 'cover',
      formula: band('<=0', 'R4'),
      background: colours.phases.OUT_OF_STOCK,
      rule: 'R4',
    },
    {
      target: 'cover',
      formula: band(`<=${airFreightDays}`, 'R4'),
      background: colours.airFreight,
      rule: 'R4',
    },
    {
      target: 'cover',
      formula: band(`<=${alertDays}`, 'R4'),
      background: colours.alert,
      rule: 'R4',
    },
    {
      target: 'cover',
      formula: band(`>${overstockDays}`, 'R2'),
      background: colours.overstock,
      rule: 'R2',
    },
  ];
}

/** One rule per phase code: the cell equals the code (STOCKOUT_PHASE's result). */
export function phaseRuleSpecs(settings: PlaybookSettings, cell: string): ColourRuleSpec[] {
  return PHASES.map((phase: Phase) => ({
    target: 'phase' as const,
    formula: `=AND(${cell}="${phase}", ${marker('phase', 'R4')})`,
    background: settings.colours.phases[phase],
    rule: 'R4',
  }));
}

/**
 * R2: the cover flag's colours — below the low-inventory fee floor, and overstock — by the flag's
 * words in either language.
 */
export function flagRuleSpecs(settings: PlaybookSettings, cell: string): ColourRuleSpec[] {
  const flag = (flag: CoverFlag, background: string): ColourRuleSpec => {
    const words = [...new Set([COVER_FLAG_WORDS.en[flag], COVER_FLAG_WORDS['zh-CN'][flag]])];
    const test = words.map((word) => `${cell}=${quoted(word)}`).join(', ');
    return {
      target: 'flag',
      formula: `=AND(OR(${test}), ${marker('flag', 'R2')})`,
      background,
      rule: 'R2',
    };
  };
  return [
    flag('feeFloor', settings.colours.feeFloor),
    flag('overstock', settings.colours.overstock),
  ];
}
