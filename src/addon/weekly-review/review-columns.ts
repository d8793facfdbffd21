// R1, R2, R6, R24, R33: the Weekly review's working table — the replenishment columns it reads,
// mirrored row by row, and one array formula per step of the decision — the sheet's copy of the
// rules in core/review/weekly-review.ts, in native functions only.

import type { Locale } from '../../core/i18n/locale';
import { PHASES } from '../../core/phase';
import { PLAN_TEXTS, type PlanTextKey } from '../../core/plan/plan-messages';
import {
  ORDER_BY_OFFSET,
  REVIEW_ACTIONS,
  type ReviewAction,
  type ReviewTextKey,
  URGENCY_SPAN,
} from '../../core/review/weekly-review';
import type { PlaybookSettings } from '../../core/settings/settings';
import { openColumnRange, sheetRef } from '../platform/column-letter';
import {
  type ColumnKey,
  type FormulaContext,
  orderCycleOf,
} from '../replenishment-sheet/replenishment-columns';
import { quoted, SHIP_MODE_WORDS, shipModeNames } from '../replenishment-sheet/sheet-words';
import {
  ceilUnitsFormula,
  dateText,
  daysText,
  formulaText,
  larger,
  smaller,
  unitsText,
  within,
} from './formula-text';
import { REVIEW_MESSAGES, type WorkedKey } from './review-messages';

/** The replenishment columns the working table mirrors, in its order. */
export const MIRRORED_KEYS = [
  'sku',
  'phase',
  'dailySales',
  'daysToArrival',
  'orderCycle',
  'shipMode',
  'coverDays',
  'onHandCover',
  'reorderQty',
  'orderBy',
  'casePack',
  'daysSinceRestock',
  'stockoutGap',
] as const satisfies readonly ColumnKey[];
export type MirroredKey = (typeof MIRRORED_KEYS)[number];

/** The working table's own steps, in its order, each reading the columns left of it. */
export const WORKED_KEYS = [
  'seaTooLate',
  'shipsBy',
  'orderThisWeek',
  'airNeeded',
  'airUnits',
  'airNow',
  'action',
  'sortKey',
] as const satisfies readonly WorkedKey[];

export type WorkKey = MirroredKey | WorkedKey;
export const WORK_KEYS: readonly WorkKey[] = [...MIRRORED_KEYS, ...WORKED_KEYS];

/**
 * What a replenishment sheet must have for the review: the SKU and stock that make it one, and
 * the worked-out figures the decisions read. The other mirrored columns may be missing (blank).
 */
export const REVIEW_REQUIRED: readonly ColumnKey[] = [
  'sku',
  'fbaStock',
  'dailySales',
  'phase',
  'coverDays',
  'onHandCover',
  'reorderQty',
  'orderBy',
];

/** The replenishment sheet the review reads. */
export interface ReplenishmentRef {
  readonly name: string;
  readonly sheetId: number;
  /** 1-based header row; data below it. */
  readonly headerRow: number;
  /** 0-based column of each replenishment column found by header. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
}

export interface ReviewFormulaContext {
  readonly locale: Locale;
  readonly settings: PlaybookSettings;
  readonly rep: ReplenishmentRef;
  /** A working-table column's cells on the review sheet, e.g. `$H$17:$H`. */
  readonly work: (key: WorkKey) => string;
}

/** A replenishment column's data cells as a formula names them, e.g. `'Replenishment'!AD2:AD`. */
export function repRange(rep: ReplenishmentRef, key: ColumnKey): string | undefined {
  const index = rep.columns[key];
  if (index === undefined) return undefined;
  return `${sheetRef(rep.name)}!${openColumnRange(index + 1, rep.headerRow + 1)}`;
}

/** The label of an action in the review's language: what the list and the counts show. */
export function actionLabel(locale: Locale, action: ReviewAction): string {
  return REVIEW_MESSAGES[locale][`action.${action}`];
}

/**
 * The formula of a working-table column; undefined for a mirrored column the replenishment
 * sheet lacks (left blank).
 */
export function workFormula(key: WorkKey, at: ReviewFormulaContext): string | undefined {
  if ((MIRRORED_KEYS as readonly string[]).includes(key)) {
    return mirrorFormula(key as MirroredKey, at);
  }
  return `=ARRAYFORMULA(${WORKED[key as WorkedKey](at)})`;
}

/** A replenishment column, row by row, on the rows that have a SKU (blank on the others). */
function mirrorFormula(key: MirroredKey, at: ReviewFormulaContext): string | undefined {
  const sku = repRange(at.rep, 'sku') as string;
  const range = repRange(at.rep, key);
  // An older sheet without the order cycle: its typed cycle, or the legs, plus the review.
  let cells = range ?? (key === 'orderCycle' ? orderCycleOf(repContext(at)) : undefined);
  // The ship mode as the steps compare it: trimmed, lower case.
  if (key === 'shipMode' && cells !== undefined) cells = `LOWER(TRIM(${cells}))`;
  return cells === undefined ? undefined : `=ARRAYFORMULA(IF(${sku}="", "", ${cells}))`;
}

/** The replenishment sheet as the template's formulas see it (for its order cycle). */
function repContext(at: ReviewFormulaContext): FormulaContext {
  return {
    range: (key) => {
      const range = repRange(at.rep, key);
      if (range === undefined) throw new Error(`no column ${key}`);
      return range;
    },
    has: (key) => at.rep.columns[key] !== undefined,
    settings: at.settings,
    locale: at.locale,
  };
}

/** The steps, each an expression over the working table's own columns (so all have one length). */
const WORKED: Readonly<Record<WorkedKey, (at: ReviewFormulaContext) => string>> = {
  // R24: total cover under the cycle (order cycle less the review), and air lands sooner.
  seaTooLate: (at) => {
    const { cover, legs } = refs(at);
    const air = at.settings.airTransitDays;
    return skuRow(
      at,
      `IF(ISNUMBER(${cover})*ISNUMBER(${at.work('orderCycle')}), (${cover}<${legs})*(${air}<${legs})>0, FALSE)`,
    );
  },
  // R24: the typed ship mode wins; blank (or rail), air when sea is too late.
  shipsBy: (at) => {
    const mode = at.work('shipMode');
    const { air, sea } = modeWords(at);
    return skuRow(
      at,
      `IF(${namesMode(mode, ['air', 'express'])}, ${air}, IF(${namesMode(mode, ['sea', 'ocean'])}, ${sea}, IF(${at.work('seaTooLate')}, ${air}, ${sea})))`,
    );
  },
  // R1, R6: something to order, and due: by the order-by date, or now when sea is too late.
  orderThisWeek: (at) => {
    const { units, due } = refs(at);
    const { air } = modeWords(at);
    return skuRow(
      at,
      `IF(IF(ISNUMBER(${units}), ${units}>0, FALSE), IF(${at.work('shipsBy')}=${air}, (${at.work('seaTooLate')}+${due})>0, ${due}), FALSE)`,
    );
  },
  // R24: what must fly so the SKU sells until a sea order lands, in whole units.
  airNeeded: (at) => {
    const { cover, legs } = refs(at);
    const air = String(at.settings.airTransitDays);
    return skuRow(
      at,
      `IF(${at.work('seaTooLate')}, ${ceilUnitsFormula(`${at.work('dailySales')}*(${legs}-${larger(cover, air)})`)}, 0)`,
    );
  },
  // R24: the part of an air order that flies: what is needed, in cartons, at most the order
  // (order-plan's airUnits); all of it when the ship mode says air and sea is not too late.
  airUnits: (at) => {
    const { units } = refs(at);
    const casePack = at.work('casePack');
    const pack = `IF(ISNUMBER(${casePack}), ${casePack}, 1)`;
    const needed = at.work('airNeeded');
    const cartons = `IF(${needed}<=0, 0, CEILING(${needed}/${pack}, 1)*${pack})`;
    const { air } = modeWords(at);
    return skuRow(
      at,
      `IF(${at.work('shipsBy')}<>${air}, 0, IF(ISNUMBER(${units}), IF(${at.work('seaTooLate')}, ${smaller(units, cartons)}, ${units}), 0))`,
    );
  },
  // R24: an air shipment for the gap before the inbound lands (AIR_QTY), outside HEALTHY.
  airNow: (at) => {
    const sales = at.work('dailySales');
    const arrival = at.work('daysToArrival');
    const saved = `${arrival}-${larger(at.work('onHandCover'), String(at.settings.airTransitDays))}`;
    const phases = arrayLiteral(PHASES.filter((phase) => phase !== 'HEALTHY'));
    return skuRow(
      at,
      `IF(ISNUMBER(MATCH(${at.work('phase')}, ${phases}, 0))*ISNUMBER(${arrival})*ISNUMBER(${sales}), IF(${sales}>0, IF(${saved}>0, ${ceilUnitsFormula(`${sales}*(${saved})`)}, 0), 0), 0)`,
    );
  },
  // The first action that applies, in the order of core/review's rules.
  action: (at) => {
    const { phase } = refs(at);
    const label = (action: ReviewAction) => quoted(actionLabel(at.locale, action));
    const week = at.work('orderThisWeek');
    const { air } = modeWords(at);
    const onHand = at.work('onHandCover');
    const s = at.settings;
    return skuRow(
      at,
      `IF(ISNUMBER(MATCH(${phase}, ${arrayLiteral(PHASES)}, 0)), ${[
        `IF(${week}*(${at.work('shipsBy')}=${air})+(${at.work('airNow')}>0)>0, ${label('sendAir')}`,
        `IF(${week}, ${label('orderSea')}`,
        `IF(${phase}="OUT_OF_STOCK", ${label('outOfStock')}`,
        `IF(${phase}="RECOVERY", ${label('recovering')}`,
        `IF(IF(ISNUMBER(${onHand}), ${onHand}<${s.feeFloorDays}, FALSE), ${label('feeFloor')}`,
        `IF(IF(ISNUMBER(${onHand}), ${onHand}>${s.overstockDays}, FALSE), ${label('overstock')}, ""))))))`,
      ].join(', ')}, ${label('fixRow')})`,
    );
  },
  // The action's number, then its urgency in the decimals (core/review's urgency).
  sortKey: (at) => {
    const w = at.work;
    const is = (action: ReviewAction) => `${w('action')}=${quoted(actionLabel(at.locale, action))}`;
    const labels = arrayLiteral(REVIEW_ACTIONS.map((action) => actionLabel(at.locale, action)));
    const onHand = w('onHandCover');
    const cover = `IF(ISNUMBER(${onHand}), ${within(onHand, 0, URGENCY_SPAN)}, 0)`;
    const gap = w('stockoutGap');
    const urgency = [
      `IF(${is('orderSea')}, ${within(`${w('orderBy')}-TODAY()+${ORDER_BY_OFFSET}`, 0, URGENCY_SPAN)}`,
      `IF(${is('outOfStock')}, IF(ISNUMBER(${gap}), ${URGENCY_SPAN}-${within(gap, 0, URGENCY_SPAN)}, 0)`,
      `IF(${is('overstock')}, ${URGENCY_SPAN}-${cover}`,
      `IF(${is('fixRow')}, 0, ${cover}))))`,
    ].join(', ');
    return `IF(${w('action')}="", "", MATCH(${w('action')}, ${labels}, 0)+(${urgency})/${SORT_SCALE})`;
  },
};

/** Urgencies (0…URGENCY_SPAN) sit in the sort key's decimals, below the action's number. */
export const SORT_SCALE = 10_000_000;

/** The expressions several steps share. */
function refs(at: ReviewFormulaContext) {
  const w = at.work;
  const orderBy = w('orderBy');
  return {
    units: w('reorderQty'),
    phase: w('phase'),
    cover: w('coverDays'),
    /** Order to sellable: the order cycle less the review period. */
    legs: `(${w('orderCycle')}-${at.settings.reviewDays})`,
    /** The order-by date within the review period, or passed. */
    due: `IF(ISNUMBER(${orderBy}), ${orderBy}-TODAY()<=${at.settings.reviewDays}, FALSE)`,
  };
}

/** Blank on rows without a SKU, else the expression. */
function skuRow(at: ReviewFormulaContext, expression: string): string {
  return `IF(${at.work('sku')}="", "", ${expression})`;
}

/** The words the ship-mode step writes, in the review's language, quoted. */
function modeWords(at: ReviewFormulaContext): { air: string; sea: string } {
  const words = SHIP_MODE_WORDS[at.locale];
  return { air: quoted(words.air), sea: quoted(words.sea) };
}

/**
 * True when a lower-cased, trimmed mode cell names one of the modes, as the sidebar reads it
 * (shipModeOf): the word alone or first ("air freight"), or the Chinese word anywhere.
 */
function namesMode(cell: string, words: readonly string[]): string {
  const tests: string[] = [];
  for (const word of words) {
    tests.push(
      `(${cell}=${quoted(word)})`,
      `(LEFT(${cell}, ${word.length + 1})=${quoted(`${word} `)})`,
    );
  }
  const chinese = words.flatMap((word) =>
    word === 'ocean' ? [] : shipModeNames(word as 'air' | 'express' | 'sea').slice(1),
  );
  for (const word of chinese) tests.push(`ISNUMBER(SEARCH(${quoted(word)}, ${cell}))`);
  return `(${tests.join('+')})>0`;
}

/** A one-row array literal of texts: {"a","b"}. */
function arrayLiteral(texts: readonly string[]): string {
  return `{${texts.map(quoted).join(',')}}`;
}

/**
 * The decision for the rows `w` gives (the working table's columns, or the listed rows of them),
 * in the sidebar's words for the orders (R6, R24) and the review's for the rest.
 */
export function decisionFormula(at: ReviewFormulaContext, w: (key: WorkKey) => string): string {
  const { units, phase, legs, cover } = refs({ ...at, work: w });
  const is = (action: ReviewAction) => `${w('action')}=${quoted(actionLabel(at.locale, action))}`;
  const { air } = modeWords(at);
  const airOrder = `${w('orderThisWeek')}*(${w('shipsBy')}=${air})`;
  const plan = (key: PlanTextKey, values: Record<string, string>) =>
    formulaText(PLAN_TEXTS[at.locale][key], values);
  const own = (key: ReviewTextKey, values: Record<string, string> = {}) =>
    formulaText(REVIEW_MESSAGES[at.locale][`decision.${key}`], values);
  const u = unitsText(units);
  const airOrderText = `IF(${w('airUnits')}<${units}, ${plan('orderAirSplit', {
    units: u,
    airUnits: unitsText(w('airUnits')),
    seaUnits: unitsText(`${units}-${w('airUnits')}`),
  })}, ${plan('orderAir', { units: u })})`;
  const orderBy = w('orderBy');
  const seaOrderText = `IF(${orderBy}>=TODAY(), ${plan('orderSea', { units: u, date: dateText(orderBy) })}, ${plan('orderSeaNow', { units: u })})`;
  const arrival = w('daysToArrival');
  const gap = w('stockoutGap');
  // R33: a new gap ahead — before the inbound lands, or before an order could land.
  const ahead = `IF(IF(ISNUMBER(${gap}), ${gap}>0, FALSE), ${gap}, IF(${w('seaTooLate')}, ${legs}-${cover}, 0))`;
  const since = w('daysSinceRestock');
  const onHand = w('onHandCover');
  const s = at.settings;
  const separator = quoted(REVIEW_MESSAGES[at.locale].decisionSeparator);
  return `IF(${w('action')}="", "", ${[
    `IF(${is('fixRow')}, IF(${phase}="", ${own('fillIn')}, ${phase}&"")`,
    `IF(${is('sendAir')}, IF(${airOrder}, ${airOrderText}, ${plan('airSend', { units: unitsText(w('airNow')) })}&IF(${w('orderThisWeek')}, ${separator}&${seaOrderText}, ""))`,
    `IF(${is('orderSea')}, ${seaOrderText}`,
    `IF(${is('outOfStock')}, IF(ISNUMBER(${arrival}), ${own('backIn', { arrival: daysText(arrival), date: dateText(`TODAY()+${arrival}`) })}, ${own('noArrival')})`,
    `IF(${is('recovering')}, IF(${ahead}>0, ${own('newGapAhead', { gap: daysText(ahead) })}, IF(ISNUMBER(${since}), ${own('recoveryDay', { day: daysText(since), recoveryDays: String(s.recoveryDays) })}, ${own('recoveryNoDay')}))`,
    `IF(${is('feeFloor')}, ${own('underFeeFloor', { cover: daysText(onHand), floor: String(s.feeFloorDays) })}`,
    `${own('overstocked', { cover: daysText(onHand), limit: String(s.overstockDays) })}))))))`,
  ].join(', ')})`;
}
