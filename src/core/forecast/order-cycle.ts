// R1, R8, R9, R11: the parts of a SKU's order cycle and safety days — the same rules as the
// replenishment sheet's formulas, written out for the sidebar.

export type ShipModeName = 'sea' | 'rail' | 'air' | 'express';

/** The cycle legs and review period from the settings. */
export interface CycleSettings {
  readonly productionDays: number;
  readonly seaTransitDays: number;
  readonly railTransitDays: number;
  readonly airTransitDays: number;
  readonly checkInDays: number;
  readonly reviewDays: number;
}

/** One part of the cycle, in days. */
export interface CyclePart {
  readonly part: 'production' | 'transit' | 'checkIn' | 'typed' | 'review';
  readonly days: number;
}

export interface OrderCycle {
  readonly mode: ShipModeName;
  /** Production, transit (and check-in by sea or rail), or the typed cycle; then the review. */
  readonly parts: readonly CyclePart[];
  readonly total: number;
}

/**
 * The order cycle: a typed cycle (order to sellable) replaces the legs; the review period is
 * added either way. By air or express the transit days already run to sellable (R24).
 * @example orderCycle(undefined, 'sea', settings).total === 20 + 33 + 7 + 7
 */
export function orderCycle(
  typed: number | undefined,
  mode: ShipModeName,
  settings: CycleSettings,
): OrderCycle {
  const review: CyclePart = { part: 'review', days: settings.reviewDays };
  let legs: CyclePart[];
  if (typed !== undefined) legs = [{ part: 'typed', days: typed }];
  else if (mode === 'air' || mode === 'express') {
    legs = [
      { part: 'production', days: settings.productionDays },
      { part: 'transit', days: settings.airTransitDays },
    ];
  } else {
    legs = [
      { part: 'production', days: settings.productionDays },
      {
        part: 'transit',
        days: mode === 'rail' ? settings.railTransitDays : settings.seaTransitDays,
      },
      { part: 'checkIn', days: settings.checkInDays },
    ];
  }
  const parts = [...legs, review];
  return { mode, parts, total: parts.reduce((sum, p) => sum + p.days, 0) };
}
