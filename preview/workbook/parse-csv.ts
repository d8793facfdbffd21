// Reads a CSV exported from a seller's sheet into cells, converting values as Sheets' import does.

/**
 * Rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). A byte-order
 * mark and the last line break are ignored; short rows are kept short.
 * @example parseCsv('a,"b,c"\n1,2') → [['a', 'b,c'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * One field as the cell Sheets would make of it: a formula stays text starting with `=`,
 * numbers ("1,234", "12.5", "15%") become numbers, dates (2025-03-14, 3/14/2025) become dates,
 * anything else stays text. An empty field is ''.
 */
export function csvCell(field: string): unknown {
  const text = field.trim();
  if (text === '') return '';
  if (text.startsWith('=')) return text;
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
