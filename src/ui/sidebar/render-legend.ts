// R2, R4: the sheet's colours explained without hovering — a swatch and a line per band.

import type { LegendBand } from '../../addon/sidebar/sku-cycle';
import type { Locale } from '../../core/i18n/locale';
import { formatQuantity } from '../../core/plan/format-quantity';
import { el } from '../page-kit/dom';
import { cycleText } from './sidebar-text';

export function renderLegend(bands: readonly LegendBand[], locale: Locale): HTMLElement {
  return el('div', { className: 'cover-legend' }, [
    el('div', { className: 'legend-title', text: cycleText(locale, 'legendTitle') }),
    ...bands.map((band) =>
      el('div', { className: 'legend-band', attrs: { 'data-band': band.band } }, [
        swatch(band.colour),
        el('span', {
          text: cycleText(locale, `legend.${band.band}`, {
            days: formatQuantity({ unit: 'days', value: band.days }),
          }),
        }),
      ]),
    ),
  ]);
}

function swatch(colour: string): HTMLElement {
  const node = el('span', { className: 'swatch', attrs: { 'data-colour': colour } });
  node.style.backgroundColor = colour;
  return node;
}
