// What a typed or imported text becomes in a cell, as Sheets converts it: number, date, formula, text.

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The cell Sheets would make of a text (typed, or a CSV field): a formula stays text starting
 * with `=`; numbers ("1,234", "12.5", "15%") become numbers; dates (2025-03-14, 3/14/2025)
 * become dates; TRUE / FALSE become booleans; anything else stays text, including a text with a
 * leading apostrophe (which the spreadsheet then enters as the text after it). An empty text is ''.
 * @example cellFromText('1,234') === 1234
 */
export function cellFromText(field: string): unknown {
  if (field.startsWith("'")) return field;
  const text = field.trim();
  if (text === '') return '';
  if (text.startsWith('=')) return text;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  if (text.endsWith('%') && NUMBER.test(text.slice(0, -1))) {
    return Number(text.slice(0, -1).replace(/,/g, '')) / 100;
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? field;
  const us = US_DATE.exec(text);
  if (us) return validDate(Number(us[3]), Number(us[1]), Number(us[2])) ?? field;
  return field;
}

function validDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}
