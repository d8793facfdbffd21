// R1, R2, R8, R9, R11: the selected SKU's order cycle part by part, its safety days and where they
// came from, the daily sales used, on-hand cover against the fee floor, and the colour legend —
// from the row's cells and the settings, by the same rules as the sheet's formulas.

import type { Maybe } from '../../core/checks';
import { type OrderCycle, orderCycle } from '../../core/forecast/order-cycle';
import { safetyDays } from '../../core/forecast/safety-days';
import type { PlaybookSettings } from '../../core/settings/settings';
import { readNumber } from '../platform/cell-value';
import type { ColumnKey } from '../replenishment-sheet/replenishment-columns';
import { readShipMode } from '../replenishment-sheet/sheet-words';

/** Where a row's safety days came from. */
export type SafetySource = 'typed' | 'weeklySd' | 'default';

export interface SkuCycle {
  readonly basis: 'history' | 'blend';
  readonly cycle: OrderCycle;
  readonly safety: {
    readonly days: number;
    readonly source: SafetySource;
    readonly weeklySd?: number;
    readonly serviceLevel?: number;
  };
  /** The daily sales the cycle is worked with; undefined without them. */
  readonly dailySales?: number;
  /** R2: FBA available ÷ daily sales, inbound excluded. */
  readonly onHandCover?: number;
  readonly feeFloorDays: number;
  readonly belowFeeFloor: boolean;
}

/** One colour band of the sheet, for the legend. */
export interface LegendBand {
  readonly band: 'outOfStock' | 'airFreight' | 'alert' | 'overstock' | 'feeFloor';
  readonly colour: string;
  readonly days: number;
}

/** R4, R2: the bands the on-hand cover and the cover flag are coloured by, in rule order. */
export function coverLegend(settings: PlaybookSettings): LegendBand[] {
  const { colours } = settings;
  return [
    { band: 'outOfStock', colour: colours.phases.OUT_OF_STOCK, days: 0 },
    { band: 'airFreight', colour: colours.airFreight, days: settings.airFreightDays },
    { band: 'alert', colour: colours.alert, days: settings.alertDays },
    { band: 'overstock', colour: colours.overstock, days: settings.overstockDays },
    { band: 'feeFloor', colour: colours.feeFloor, days: settings.feeFloorDays },
  ];
}

export interface RowCells {
  readonly columns: Partial<Record<ColumnKey, number>>;
  readonly cells: readonly unknown[];
  readonly timeZone: string;
}

/** The figures the plan was read with: stock, daily sales, inbound. */
export interface RowFigures {
  readonly stock: Maybe;
  readonly dailySales: Maybe;
  readonly inbound?: Maybe;
  readonly casePack?: Maybe;
}

/**
 * The row's cycle, safety days and reorder arithmetic. Values the row holds (typed cycle or
 * safety days, the weekly sd) are read as the formulas read them; a cell that cannot be read
 * counts as blank here (the plan names the problem).
 */
export function skuCycle(row: RowCells, figures: RowFigures, settings: PlaybookSettings): SkuCycle {
  const cell = (key: ColumnKey): unknown => {
    const index = row.columns[key];
    return index === undefined ? '' : row.cells[index];
  };
  const number = (key: ColumnKey): number | undefined => {
    try {
      return readNumber(key, cell(key));
    } catch {
      return undefined;
    }
  };
  const hasLegs = row.columns.shipMode !== undefined;
  const typedCycle = number('cycleDays') ?? (hasLegs ? undefined : settings.cycleDays);
  const cycle = orderCycle(typedCycle, readShipMode(cell('shipMode')) ?? 'sea', settings);

  const sales = figures.dailySales;
  const typedSafety = number('safetyDays');
  const weeklySd = number('weeklySd');
  let safety: SkuCycle['safety'] = { days: settings.safetyDays, source: 'default' };
  if (typedSafety !== undefined) safety = { days: typedSafety, source: 'typed' };
  else if (weeklySd !== undefined && sales !== undefined && sales > 0) {
    const days = safetyDays({
      dailySales: sales,
      weeklySd,
      leadDays: cycle.total - settings.reviewDays,
      reviewDays: settings.reviewDays,
      serviceLevel: settings.serviceLevel,
    });
    if (days !== undefined) {
      safety = { days, source: 'weeklySd', weeklySd, serviceLevel: settings.serviceLevel };
    }
  }

  const stock = figures.stock;
  const onHandCover =
    stock === undefined || sales === undefined || sales <= 0 ? undefined : stock / sales;
  return {
    basis: typeof cell('historyRate') === 'number' ? 'history' : 'blend',
    cycle,
    safety,
    ...(sales === undefined || stock === undefined ? {} : { dailySales: sales }),
    ...(onHandCover === undefined ? {} : { onHandCover }),
    feeFloorDays: settings.feeFloorDays,
    belowFeeFloor: onHandCover !== undefined && onHandCover < settings.feeFloorDays,
  };
}
