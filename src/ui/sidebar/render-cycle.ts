// R1, R8, R9, R11: under the key figures' sums, every part of the order cycle, where the safety
// days and the daily sales came from; and, below the fee floor, the low-inventory fee in one line.

import type { SkuCycle } from '../../addon/sidebar/sku-cycle';
import type { Locale } from '../../core/i18n/locale';
import { formatQuantity } from '../../core/plan/format-quantity';
import { el } from '../page-kit/dom';
import { cycleText } from './sidebar-text';

const days = (value: number) => formatQuantity({ unit: 'days', value });

export function renderCycle(cycle: SkuCycle, locale: Locale): HTMLElement {
  const parts = cycle.cycle.parts
    .map((part) =>
      cycleText(locale, `part.${part.part}`, {
        days: days(part.days),
        mode: cycleText(locale, `mode.${cycle.cycle.mode}`),
      }),
    )
    .join(' + ');
  const { safety } = cycle;
  const lines: (HTMLElement | null)[] = [
    el('div', {
      className: 'cycle-line',
      attrs: { 'data-part': 'cycle' },
      text: cycleText(locale, 'cycle', { parts, total: days(cycle.cycle.total) }),
    }),
    el('div', {
      className: 'cycle-line',
      attrs: { 'data-part': 'safety' },
      text: cycleText(locale, `safety.${safety.source}`, {
        days: days(safety.days),
        sd: formatQuantity({ unit: 'rate', value: safety.weeklySd ?? 0 }),
        level: formatQuantity({ unit: 'percent', value: safety.serviceLevel ?? 0 }),
      }),
    }),
  ];
  if (cycle.dailySales !== undefined) {
    const sales = formatQuantity({ unit: 'rate', value: cycle.dailySales });
    lines.push(
      el('div', {
        className: 'cycle-line',
        attrs: { 'data-part': 'basis' },
        text: cycleText(locale, `basis.${cycle.basis}`, { sales }),
      }),
    );
  }
  if (cycle.belowFeeFloor && cycle.onHandCover !== undefined) {
    lines.push(
      el('div', {
        className: 'cycle-line fee-floor',
        attrs: { 'data-part': 'feeFloor' },
        text: cycleText(locale, 'feeFloor', {
          cover: days(cycle.onHandCover),
          floor: days(cycle.feeFloorDays),
        }),
      }),
    );
  }
  return el('div', { className: 'cycle' }, [
    el('div', { className: 'cycle-title', text: cycleText(locale, 'title') }),
    ...lines,
  ]);
}
