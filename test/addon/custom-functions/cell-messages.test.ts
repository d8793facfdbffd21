// The messages a custom function writes into a cell: one language, short enough to read in the
// cell, naming each argument by the label a seller knows — the column header where the
// replenishment sheet feeds it.

import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../../src/addon/custom-functions/catalog';
import { columnLetter } from '../../../src/addon/platform/column-letter';
import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
} from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { LOCALES, type Locale } from '../../../src/core/i18n/locale';
import { describeInputError } from '../../../src/core/input-error';
import {
  CELL_MESSAGE_KEYS,
  INPUT_MESSAGES,
  type InputMessageKey,
} from '../../../src/core/input-messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

/**
 * The most a common message may take, in columns of Latin letters (a Chinese character counts
 * two): what a widened cell shows on one line.
 */
const CELL_BUDGET = 80;
/** A message about a whole call (its ranges, its history table) may run longer. */
const CALL_BUDGET = 130;

/** Columns a text takes in a cell: a Chinese character or full-width sign is two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += HAN.test(c) ? 2 : 1;
  return width;
}

const HAN = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** The longest label of any argument, in a language: the worst realistic name in a message. */
function longestLabels(locale: Locale): [string, string] {
  const labels = [
    ...new Set(CUSTOM_FUNCTIONS.flatMap((spec) => spec.params.map((p) => p.label[locale]))),
  ].sort((a, b) => b.length - a.length);
  return [labels[0] as string, labels[1] as string];
}

function labelOf(fn: string, param: string, locale: Locale): string {
  const spec = CUSTOM_FUNCTIONS.find((s) => s.name === fn);
  return spec?.params.find((p) => p.name === param)?.label[locale] ?? param;
}

/** Realistic values for every placeholder: long labels, a pasted text, the real limits. */
function realisticParams(locale: Locale, key?: InputMessageKey): Record<string, string | number> {
  const [arg, other] = longestLabels(locale);
  const limits: Partial<Record<InputMessageKey, Record<string, string | number>>> = {
    tooManyDays: { max: '36,500', value: 365_000 },
    tooManyUnits: { value: 2_000_000_000 },
    tooMuchMoney: { value: 2_000_000_000 },
    seasonalTooLarge: { value: 1e-300 },
    // Only days to arrival can be overdue.
    arrivalPassed: { arg: labelOf('STOCKOUT_GAP', 'days_to_arrival', locale), value: -120 },
    // In a custom function only RANK_DROP's thresholds compare two arguments.
    notAbove: {
      arg: labelOf('RANK_DROP', 'severe_beyond', locale),
      other: labelOf('RANK_DROP', 'severe_top', locale),
      value: 20,
    },
    historyTooLarge: { arg: labelOf('DEMAND_STATS', 'history', locale), max: '400,000' },
  };
  return {
    arg,
    other,
    value: "'12,50 pcs'",
    max: '1,000,000,000',
    min: 0.5,
    count: 12,
    row: 12_345,
    rows: '400,001',
    otherRows: 10_000,
    cols: 3,
    otherCols: 1,
    fn: 'STOCKOUT_PHASE',
    detail: describeInputError(
      'notANumber',
      { arg: locale === 'en' ? 'Units sold' : '销量', value: "'n/a'" },
      locale,
    ),
    ...(key === undefined ? {} : limits[key]),
  };
}

describe('cell messages', () => {
  for (const locale of LOCALES) {
    it(`fit a cell in ${locale}: ≤ ${CELL_BUDGET} columns for a row’s value, ≤ ${CALL_BUDGET} for a whole call`, () => {
      const lengths: string[] = [];
      for (const key of Object.keys(INPUT_MESSAGES.en) as InputMessageKey[]) {
        const text = describeInputError(key, realisticParams(locale, key), locale);
        expect(text, key).not.toMatch(/\{\w+\}/); // every placeholder filled
        const budget = CELL_MESSAGE_KEYS.includes(key) ? CELL_BUDGET : CALL_BUDGET;
        expect(displayWidth(text), `${key}: ${text}`).toBeLessThanOrEqual(budget);
        lengths.push(`${displayWidth(text)} ${key}`);
      }
      console.info(`${locale} message lengths: ${lengths.join(', ')}`);
    });
  }

  it('are in one language: no Chinese in English, no English words in Chinese', () => {
    for (const key of Object.keys(INPUT_MESSAGES.en) as InputMessageKey[]) {
      const en = describeInputError(key, realisticParams('en', key), 'en');
      const zh = describeInputError(key, realisticParams('zh-CN', key), 'zh-CN');
      expect(en, key).not.toMatch(HAN);
      expect(zh, key).toMatch(HAN);
      // English words left in a Chinese text: only names (ETA, SKU, Stockout Playbook) stay.
      const words = zh.replace(/'[^']*'|Stockout Playbook|STOCKOUT_PHASE|ETA|SKU|FBA|A2:D/g, '');
      expect(words, `${key}: ${zh}`).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

describe('argument labels', () => {
  it('are distinct within a function, in each language', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      for (const locale of LOCALES) {
        const labels = spec.params.map((p) => p.label[locale]);
        expect(new Set(labels).size, `${spec.name} ${locale}`).toBe(labels.length);
      }
    }
  });

  it('are the column headers where the replenishment sheet feeds an argument from a column', () => {
    const ranges = new Map<string, ColumnKey>();
    REPLENISHMENT_COLUMNS.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      ranges.set(`${letter}2:${letter}`, column.key);
    });
    const range = (key: ColumnKey) => {
      const i = REPLENISHMENT_COLUMNS.findIndex((c) => c.key === key);
      return `${columnLetter(i + 1)}2:${columnLetter(i + 1)}`;
    };
    let checked = 0;
    for (const column of REPLENISHMENT_COLUMNS) {
      const formula = column.formula?.({
        range,
        has: () => true,
        settings: DEFAULT_SETTINGS,
        locale: 'en',
      });
      if (formula === undefined) continue;
      for (const spec of CUSTOM_FUNCTIONS) {
        const call = formula.match(new RegExp(`\\b${spec.name}\\((.*)\\)`))?.[1];
        if (call === undefined) continue;
        splitArguments(call).forEach((argument, at) => {
          // A range worked on (the cycle less the review period, say) is another figure.
          const fed = [...ranges.entries()].filter(
            ([r]) => argument.includes(r) && !new RegExp(`${r}\\s*[-+*/]`).test(argument),
          );
          const param = spec.params[at];
          // An argument that is one column's range (or that column with a default) is named so.
          const keys = new Set(fed.map(([, key]) => key));
          if (param === undefined || keys.size !== 1) return;
          const header = REPLENISHMENT_COLUMNS.find((c) => c.key === [...keys][0])?.header;
          expect(param.label, `${spec.name} ${param.name} ← ${argument}`).toEqual(header);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

/** A call's arguments split at top-level commas (not those inside parentheses or braces). */
function splitArguments(call: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < call.length; i++) {
    const c = call[i];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(call.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(call.slice(start).trim());
  return parts;
}
