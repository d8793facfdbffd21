// The backtest's protocol, shared by bench/backtest.mjs and bench/tune-forecast.mjs: items with
// 300+ sale days and 20+ in the first 90 days; from day 90 to the end, a review every 7 days whose
// order lands L days later; lost sales; the seller sees only its own sales (demand capped by its
// stock) and its own stock, never true demand.

import { readFileSync } from 'node:fs';

/** Codes that are fees, postage or adjustments, not products. */
const NON_PRODUCT =
  /^(POST|DOT|M|C2|D|S|B|CRUK|PADS|AMAZONFEE|BANK CHARGES|ADJUST\w*|TEST\w*|GIFT\w*)$/i;

export const FIRST_SIM_DAY = 90;
export const REVIEW_DAYS = 7;
/** Sheets' date serial of the data's first day, 2009-12-01, so history dates are real dates. */
const FIRST_SERIAL = 40148;

/** Daily demand per item of one data file, on one calendar from the file's first day. */
export function loadItems(file) {
  const lines = readFileSync(new URL(`../../shared/data/${file}`, import.meta.url), 'utf8').split(
    '\n',
  );
  const byItem = new Map();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    const [date, code, units] = lines[i].split(',');
    if (!code || NON_PRODUCT.test(code)) continue;
    const day = Math.round(Date.parse(date) / 86_400_000);
    first = Math.min(first, day);
    last = Math.max(last, day);
    rows.push([day, code, Number(units)]);
  }
  const length = last - first + 1;
  for (const [day, code, units] of rows) {
    let demand = byItem.get(code);
    if (!demand) {
      demand = new Float64Array(length);
      byItem.set(code, demand);
    }
    demand[day - first] += units;
  }
  const items = [];
  for (const [code, demand] of byItem) {
    let saleDays = 0;
    let early = 0;
    for (let d = 0; d < length; d++) {
      if (demand[d] > 0) {
        saleDays++;
        if (d < FIRST_SIM_DAY) early++;
      }
    }
    if (saleDays >= 300 && early >= 20) items.push({ code, demand });
  }
  items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return items;
}

/**
 * Runs every item under a policy, all items in step (one review call covers them all, as one
 * column of formulas does). `policy.order(view)` returns the units to order per item.
 * Returns each item's units served and demanded and its mean stock in days of its demand.
 */
export function simulate(items, leadDays, policy) {
  const n = items.length;
  const length = items[0].demand.length;
  const stock = new Float64Array(n);
  const inbound = new Float64Array(n);
  const arriving = items.map(() => new Float64Array(length + leadDays + 1));
  // What the seller sees: sales (true demand before the simulation, when it was in stock) and the
  // stock left at the end of each day (unknown before the simulation).
  const sold = items.map((item) => Float64Array.from(item.demand));
  const endStock = items.map(() => new Float64Array(length).fill(Number.NaN));
  const served = new Float64Array(n);
  const wanted = new Float64Array(n);
  const stockSum = new Float64Array(n);
  items.forEach((item, i) => {
    let early = 0;
    for (let d = 0; d < FIRST_SIM_DAY; d++) early += item.demand[d];
    stock[i] = Math.ceil((early / FIRST_SIM_DAY) * (leadDays + 14));
  });
  const view = { items, leadDays, stock, inbound, sold, endStock, day: 0, serial: 0 };
  for (let day = FIRST_SIM_DAY; day < length; day++) {
    for (let i = 0; i < n; i++) {
      const units = arriving[i][day];
      if (units > 0) {
        stock[i] += units;
        inbound[i] -= units;
      }
    }
    if ((day - FIRST_SIM_DAY) % REVIEW_DAYS === 0) {
      view.day = day;
      view.serial = FIRST_SERIAL + day;
      const orders = policy.order(view);
      for (let i = 0; i < n; i++) {
        const qty = orders[i];
        if (qty > 0) {
          arriving[i][day + leadDays] += qty;
          inbound[i] += qty;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const want = items[i].demand[day];
      const sale = Math.min(stock[i], want);
      stock[i] -= sale;
      sold[i][day] = sale;
      endStock[i][day] = stock[i];
      served[i] += sale;
      wanted[i] += want;
      stockSum[i] += stock[i];
    }
  }
  const days = length - FIRST_SIM_DAY;
  return items.map((item, i) => ({
    code: item.code,
    served: served[i],
    wanted: wanted[i],
    inventoryDays: wanted[i] > 0 ? stockSum[i] / days / (wanted[i] / days) : undefined,
  }));
}

/**
 * Fill (served / demanded, over all items) and inventory (mean over items of mean end-of-day
 * stock ÷ the item's mean daily demand, in days) of the items `keep` accepts (by position).
 */
export function summarise(results, keep = () => true) {
  let served = 0;
  let wanted = 0;
  let inventory = 0;
  let counted = 0;
  results.forEach((r, i) => {
    if (!keep(i)) return;
    served += r.served;
    wanted += r.wanted;
    if (r.inventoryDays !== undefined) {
      inventory += r.inventoryDays;
      counted++;
    }
  });
  return { fill: served / wanted, inventoryDays: inventory / counted };
}

/** Tuning half: even positions; held-out half: odd ones. */
export const TUNED = (i) => i % 2 === 0;
export const HELD_OUT = (i) => i % 2 === 1;

const column = (values) => values.map((v) => [v]);
const sumBefore = (series, day, n) => {
  let total = 0;
  for (let d = day - n; d < day; d++) total += series[d];
  return total;
};

/** The playbook as the template uses it: blended DAILY_SALES, cycle = L + 7, `safetyDays` days. */
export function playbookPolicy(fns, safetyDays = 14) {
  return {
    order(view) {
      const { sold, day, stock, inbound, leadDays } = view;
      const sales = fns.DAILY_SALES(
        column(sold.map((s) => sumBefore(s, day, 7))),
        column(sold.map((s) => sumBefore(s, day, 14))),
        column(sold.map((s) => sumBefore(s, day, 30))),
      );
      const qty = fns.REORDER_QTY(
        sales,
        leadDays + REVIEW_DAYS,
        safetyDays,
        column([...stock]),
        column([...inbound]),
      );
      return qty.map(([q]) => (typeof q === 'number' ? q : 0));
    },
  };
}

/**
 * The new policy: DEMAND_STATS over the seller's Sales-history rows (one row per item per day
 * with a sale or a change of stock), daily sales = rate × seasonal factor, SAFETY_DAYS from the
 * weekly sd with a weekly review, REORDER_QTY on cycle = L + 7. `serviceLevel` blank: the
 * function's default.
 */
export function forecastPolicy(fns, { serviceLevel = '', demandStats = fns.DEMAND_STATS } = {}) {
  const history = [];
  let builtTo = 0;
  let lastLeft;
  return {
    order(view) {
      const { items, sold, endStock, day, serial, stock, inbound, leadDays } = view;
      if (lastLeft === undefined) lastLeft = items.map(() => Number.NaN);
      for (let d = builtTo; d < day; d++) {
        for (let i = 0; i < items.length; i++) {
          const left = endStock[i][d];
          const known = !Number.isNaN(left);
          if (sold[i][d] > 0 || (known && left !== lastLeft[i])) {
            history.push([serial - day + d, items[i].code, sold[i][d], known ? left : '']);
            if (known) lastLeft[i] = left;
          }
        }
      }
      builtTo = day;
      const cycle = leadDays + REVIEW_DAYS;
      const stats = demandStats(column(items.map((item) => item.code)), history, serial, cycle);
      const daily = stats.map(([rate, , factor]) =>
        typeof rate === 'number' && typeof factor === 'number' ? rate * factor : '',
      );
      const safety = fns.SAFETY_DAYS(
        column(daily),
        column(stats.map(([, sd]) => sd)),
        leadDays,
        REVIEW_DAYS,
        serviceLevel,
      );
      const qty = fns.REORDER_QTY(
        column(daily),
        cycle,
        column(safety.map(([s]) => (typeof s === 'number' ? s : 0))),
        column([...stock]),
        column([...inbound]),
      );
      return qty.map(([q]) => (typeof q === 'number' ? q : 0));
    },
  };
}
