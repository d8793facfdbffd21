// Words and numbers written by a formula, element by element inside ARRAYFORMULA, the way the
// sidebar writes them (formatQuantity): whole units with thousands commas, days to a tenth, ISO
// dates. Only functions Sheets and the preview's engine compute alike.

import { quoted } from '../replenishment-sheet/sheet-words';

/**
 * A message template as a formula: its text quoted, each `{name}` replaced by that formula.
 * @example formulaText('Order {units} units', { units: 'A2:A' }) === '"Order "&A2:A&" units"'
 */
export function formulaText(template: string, values: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    const value = values[name];
    if (value === undefined) throw new Error(`no formula for {${name}} in "${template}"`);
    if (match.index > at) parts.push(quoted(template.slice(at, match.index)));
    parts.push(`(${value})`);
    at = match.index + match[0].length;
  }
  if (at < template.length || parts.length === 0) parts.push(quoted(template.slice(at)));
  return parts.join('&');
}

/** Whole units with thousands commas ("2,040"), as formatQuantity writes units. */
export function unitsText(value: string): string {
  return `TEXT(${value}, "#,##0")`;
}

/** Days to a tenth, a whole number without ".0" ("15", "9.4"), as formatQuantity writes days. */
export function daysText(value: string): string {
  return `ROUND(${value}, 1)&""`;
}

/** A date as YYYY-MM-DD. */
export function dateText(value: string): string {
  return `TEXT(${value}, "yyyy-mm-dd")`;
}

/**
 * Units rounded up, a sum's binary noise ignored (ceilUnits: 360.0000000001 is 360), element by
 * element.
 */
export function ceilUnitsFormula(value: string): string {
  const x = `(${value})`;
  return `IF(ABS(${x}-ROUND(${x}, 0))<=0.000000001*IF(ABS(${x})>1, ABS(${x}), 1), ROUND(${x}, 0), ROUNDUP(${x}, 0))`;
}

/** The larger of two values, element by element (MAX would take the largest of all). */
export function larger(a: string, b: string): string {
  return `IF(${a}>${b}, ${a}, ${b})`;
}

/** The smaller of two values, element by element. */
export function smaller(a: string, b: string): string {
  return `IF(${a}<${b}, ${a}, ${b})`;
}

/** A value kept within low…high, element by element. */
export function within(value: string, low: number, high: number): string {
  return `IF(${value}<${low}, ${low}, IF(${value}>${high}, ${high}, ${value}))`;
}
