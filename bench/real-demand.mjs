// Real daily demand from ../shared/data (a UK online wholesaler, 2009–2011) turned into
// replenishment-sheet rows: units sold in the 7, 14 and 30 days before a date, per item.

import { readFileSync } from 'node:fs';

const DATA = new URL('../../shared/data/online_retail_2009_2011_daily_units.csv', import.meta.url);
const DAY = 86_400_000;

/** Codes that are fees, postage or adjustments, not products. */
const NON_PRODUCT =
  /^(POST|DOT|M|C2|D|S|B|CRUK|PADS|AMAZONFEE|BANK CHARGES|ADJUST\w*|TEST\w*|GIFT\w*)$/i;

/** Daily units per product code, as a map from day number to units. */
export function loadDailyUnits() {
  const byItem = new Map();
  const lines = readFileSync(DATA, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const [date, code, units] = lines[i].split(',');
    if (!code || NON_PRODUCT.test(code)) continue;
    const day = Math.round(Date.parse(date) / DAY);
    let series = byItem.get(code);
    if (!series) {
      series = new Map();
      byItem.set(code, series);
    }
    series.set(day, (series.get(day) ?? 0) + Number(units));
  }
  return byItem;
}

/**
 * `count` rows of [units7d, units14d, units30d, stock, inbound, daysToArrival] from real sales:
 * each item's trailing windows at successive dates; stock and arrival vary deterministically.
 */
export function realDemandRows(count) {
  const items = [...loadDailyUnits().values()].filter((s) => s.size >= 300);
  const rows = [];
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  outer: for (let offset = 0; ; offset += 1) {
    for (const series of items) {
      const days = [...series.keys()].sort((a, b) => a - b);
      const end = days[0] + 30 + offset;
      if (end > days[days.length - 1]) continue;
      const sum = (n) => {
        let total = 0;
        for (let d = end - n + 1; d <= end; d++) total += series.get(d) ?? 0;
        return total;
      };
      const u30 = sum(30);
      rows.push([
        sum(7),
        sum(14),
        u30,
        Math.round((u30 / 30) * 90 * next()),
        Math.round(u30 * next()),
        Math.round(60 * next()),
      ]);
      if (rows.length === count) break outer;
    }
    if (offset > 800) break;
  }
  return { rows, items: items.length };
}
