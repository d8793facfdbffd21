// What Sheets' TEXT writes for a grouped number format ("#,##0", "#,##0.00"), which the preview's
// engine lacks: thousands commas, the decimals the format asks for, halves rounded away from zero.

const GROUPED = /^#,##0(?:\.(0+))?$/;

/**
 * The text for a value in a grouped format, or undefined for any other format (the engine's own
 * formatter handles those).
 * @example groupedNumberText(2040, '#,##0') === '2,040'
 */
export function groupedNumberText(value: number, format: string): string | undefined {
  const match = GROUPED.exec(format.trim());
  if (match === null || !Number.isFinite(value)) return undefined;
  const decimals = match[1]?.length ?? 0;
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    roundingMode: 'halfExpand',
  } as Intl.NumberFormatOptions).format(value);
}
