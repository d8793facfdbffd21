// One test over every text a user sees (src/texts.ts): each key in both languages, the same
// placeholders in both, no Chinese in an English text and no English left in a Chinese one.

import { describe, expect, it } from 'vitest';
import { CATALOGS, INLINE_TEXTS } from '../src/texts';
import { placeholders } from './support/placeholders';

interface Pair {
  readonly where: string;
  readonly en: unknown;
  readonly zh: unknown;
}

/** Han characters and the full-width punctuation that goes with them. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Latin words a Chinese text keeps as they are: names Chinese sellers use in English (Seller
 * Central's own words, "listing"), the product's name, the JSON values a page may send, and the
 * columns of Amazon's reports, which stay English in every marketplace.
 */
const KEPT_IN_LATIN = new Set([
  'fba',
  'sku',
  'skus',
  'asin',
  'amazon',
  'listing',
  'stockout',
  'playbook',
  'true',
  'false',
  'null',
  'available',
  'inbound',
  'quantity',
]);

/** An object naming either language is a text in both: a missing half is caught below. */
function isPair(value: object): value is { en: unknown; 'zh-CN': unknown } {
  return Object.hasOwn(value, 'en') || Object.hasOwn(value, 'zh-CN');
}

/** Every {en, 'zh-CN'} pair below `value`; a pair of objects is walked key by key. */
function pairs(where: string, value: unknown, out: Pair[] = [], seen = new Set<unknown>()): Pair[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (isPair(value)) {
    const en = value.en;
    const zh = value['zh-CN'];
    if (typeof en === 'object' && en !== null && typeof zh === 'object' && zh !== null) {
      const keys = new Set([...Object.keys(en), ...Object.keys(zh)]);
      for (const key of keys) {
        out.push({
          where: `${where}.${key}`,
          en: (en as Record<string, unknown>)[key],
          zh: (zh as Record<string, unknown>)[key],
        });
      }
      return out;
    }
    out.push({ where, en, zh });
    return out;
  }
  for (const [key, child] of Object.entries(value)) pairs(`${where}.${key}`, child, out, seen);
  return out;
}

/** The Latin words of a Chinese text that read as English: not placeholders, codes or names. */
function englishLeft(zh: string): string[] {
  const bare = zh
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/=?[A-Z_]+\([^)]*\)/g, ' ') // a formula: =DEMAND_STATS(skus, …)
    .replace(/\b[a-z]+\(/gi, ' ') // a function in a formula: max(
    .replace(/#[0-9a-f]{3,8}\b/gi, ' ') // a colour: #ffe599
    .replace(/\.(txt|tsv|csv)\b/g, ' ') // a file's ending
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, ' ') // an Amazon report column: afn-fulfillable-quantity
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' '); // codes and names: SKU, REORDER_QTY, R12
  return (bare.match(/[A-Za-z]{3,}/g) ?? []).filter(
    (word) => !KEPT_IN_LATIN.has(word.toLowerCase()),
  );
}

const ALL = [
  ...Object.entries(CATALOGS).flatMap(([name, catalog]) => pairs(name, catalog)),
  ...Object.entries(INLINE_TEXTS).flatMap(([name, data]) => pairs(name, data)),
];

describe('every text in both languages', () => {
  it('walks every catalog and every inline pair', () => {
    expect(Object.keys(CATALOGS).length).toBeGreaterThanOrEqual(20);
    expect(ALL.length).toBeGreaterThan(800);
  });

  it('has each key in both languages, as text that is not blank', () => {
    const missing = ALL.filter(
      (p) =>
        typeof p.en !== 'string' ||
        typeof p.zh !== 'string' ||
        p.en.trim() === '' ||
        p.zh.trim() === '',
    );
    expect(missing.map((p) => p.where)).toEqual([]);
  });

  it('has the same placeholders in both languages', () => {
    const differ = ALL.filter(
      (p) =>
        JSON.stringify(placeholders(String(p.en))) !== JSON.stringify(placeholders(String(p.zh))),
    );
    expect(differ.map((p) => `${p.where}: ${p.en} | ${p.zh}`)).toEqual([]);
  });

  it('writes no Chinese in an English text', () => {
    const mixed = ALL.filter((p) => CHINESE.test(String(p.en)));
    expect(mixed.map((p) => `${p.where}: ${p.en}`)).toEqual([]);
  });

  it('leaves no English in a Chinese text', () => {
    const left = ALL.map((p) => ({ p, words: englishLeft(String(p.zh)) })).filter(
      ({ words }) => words.length > 0,
    );
    expect(left.map(({ p, words }) => `${p.where}: ${words.join(' ')} | ${p.zh}`)).toEqual([]);
  });
});
