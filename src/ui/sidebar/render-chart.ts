// The inline-SVG chart of projected stock: the stock line, the inbound's arrival, the gap shaded.

import type { Locale } from '../../core/i18n/locale';
import { addDays, type IsoDate } from '../../core/iso-date';
import { formatQuantity } from '../../core/plan/format-quantity';
import type { StockProjection } from '../../core/plan/stock-projection';
import { el, svg } from '../page-kit/dom';
import { sidebarText } from './sidebar-text';

const WIDTH = 276;
const HEIGHT = 120;
const PAD = { left: 34, right: 8, top: 16, bottom: 18 } as const;
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

export function renderChart(chart: StockProjection, today: IsoDate, locale: Locale): HTMLElement {
  const maxUnits = niceCeiling(Math.max(0, ...chart.points.map((p) => p.units)));
  const x = (day: number) =>
    PAD.left + (Math.min(day, chart.horizonDays) / chart.horizonDays) * PLOT_W;
  const y = (units: number) => PAD.top + PLOT_H * (1 - units / maxUnits);
  const base = y(0);
  const line = chart.points.map((p) => `${round(x(p.day))},${round(y(p.units))}`).join(' ');
  const parts: SVGElement[] = [];

  for (const units of [0, maxUnits / 2, maxUnits]) {
    parts.push(
      svg('line', {
        class: 'grid',
        x1: PAD.left,
        x2: WIDTH - PAD.right,
        y1: y(units),
        y2: y(units),
      }),
    );
  }
  parts.push(
    axisLabel(formatQuantity({ unit: 'units', value: maxUnits }), PAD.left - 4, y(maxUnits) + 3),
    axisLabel('0', PAD.left - 4, base + 3),
  );

  if (chart.gap !== undefined) {
    const from = x(chart.gap.from);
    const width = Math.max(1, x(chart.gap.to) - from);
    parts.push(
      svg('rect', {
        class: chart.gap.open ? 'gap open' : 'gap',
        x: round(from),
        y: PAD.top,
        width: round(width),
        height: PLOT_H,
      }),
    );
    if (width > 34) {
      parts.push(
        svg(
          'text',
          { class: 'gap-label', x: round(from + width / 2), y: round(PAD.top + PLOT_H / 2 + 3) },
          [sidebarText(locale, 'chart.gap')],
        ),
      );
    }
  }

  parts.push(
    svg('polygon', {
      class: 'stock-area',
      points: `${round(x(0))},${round(base)} ${line} ${round(x(chart.horizonDays))},${round(base)}`,
    }),
    svg('polyline', { class: 'stock-line', points: line }),
  );

  if (chart.arrivalDay !== undefined) {
    const ax = round(x(chart.arrivalDay));
    const anchor = ax > WIDTH - 60 ? 'end' : ax < PAD.left + 40 ? 'start' : 'middle';
    parts.push(
      svg('line', { class: 'arrival', x1: ax, x2: ax, y1: PAD.top - 2, y2: base }),
      svg('text', { class: 'arrival-label', x: ax, y: PAD.top - 5, 'text-anchor': anchor }, [
        sidebarText(locale, 'chart.inbound'),
      ]),
    );
  }

  const middle = Math.round(chart.horizonDays / 2);
  parts.push(
    dayLabel(sidebarText(locale, 'chart.today'), x(0), 'start'),
    dayLabel(shortDate(addDays(today, middle)), x(middle), 'middle'),
    dayLabel(shortDate(addDays(today, chart.horizonDays)), x(chart.horizonDays), 'end'),
  );

  const picture = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label': sidebarText(locale, 'chart.label', { days: chart.horizonDays }),
      class: 'chart-svg',
    },
    parts,
  );
  return el('figure', { className: 'chart' }, [
    el('figcaption', { className: 'chart-title', text: sidebarText(locale, 'chart.title') }),
    picture,
    el('div', { className: 'legend' }, [
      legendKey('key-stock', sidebarText(locale, 'chart.stock')),
      chart.arrivalDay !== undefined &&
        legendKey('key-arrival', sidebarText(locale, 'chart.inbound')),
      chart.gap !== undefined && legendKey('key-gap', sidebarText(locale, 'chart.gap')),
    ]),
  ]);
}

function axisLabel(text: string, x: number, y: number): SVGElement {
  return svg('text', { class: 'axis', x: round(x), y: round(y), 'text-anchor': 'end' }, [text]);
}

function dayLabel(text: string, x: number, anchor: string): SVGElement {
  return svg('text', { class: 'axis', x: round(x), y: HEIGHT - 4, 'text-anchor': anchor }, [text]);
}

function legendKey(className: string, text: string): HTMLElement {
  return el('span', { className: 'legend-item' }, [el('i', { className: className }), text]);
}

/** "2026-11-26" → "11-26". */
function shortDate(date: IsoDate): string {
  return date.slice(5);
}

/** The next round number at or above a value (1, 2, 2.5, 5 × 10ⁿ), at least 10. */
export function niceCeiling(value: number): number {
  if (value <= 10) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
