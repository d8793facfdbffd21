// How a plan's numbers read on screen: money to the cent, whole units, days to a tenth, whole percents.

import { addDays } from '../iso-date';
import { EPOCH, type Quantity } from './quantity';

/**
 * Formats a quantity for a message parameter. No currency sign: the sheet's prices may be in any
 * currency, and the seller knows which.
 * @example formatQuantity({ unit: 'money', value: 20.5 }) === '20.50'
 * @example formatQuantity({ unit: 'percent', value: 0.3 }) === '30'
 * @example formatQuantity(date('2026-12-14')) === '2026-12-14'
 */
export function formatQuantity(quantity: Quantity): string {
  const { unit, value } = quantity;
  switch (unit) {
    case 'money':
      return withThousands(value.toFixed(2));
    case 'units':
      return withThousands(String(Math.round(value)));
    case 'percent':
      return trimZero((Math.round(value * 1000) / 10).toFixed(1));
    case 'amount': {
      // A sum's signed result: a true minus sign, like the sum's own operators.
      const tenths = Math.round(value * 10) / 10;
      const text = withThousands(trimZero(Math.abs(tenths).toFixed(1)));
      return tenths < 0 ? `−${text}` : text;
    }
    case 'date':
      return addDays(EPOCH, Math.round(value));
    case 'days':
    case 'multiple':
    case 'rate':
      return trimZero((Math.round(value * 10) / 10).toFixed(1));
  }
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

function withThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
