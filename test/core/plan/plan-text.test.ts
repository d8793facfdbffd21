import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n/locale';
import { buildPlan } from '../../../src/core/plan/build-plan';
import { formatQuantity } from '../../../src/core/plan/format-quantity';
import { missingHint, planText } from '../../../src/core/plan/plan-text';
import { ALL_ROWS, BEFORE_MEDIUM, DURING } from './sample-rows';

describe('plan texts', () => {
  it('fills every placeholder of every item of every sample plan, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      for (const row of ALL_ROWS) {
        for (const item of buildPlan(row)?.items ?? []) {
          const lines = [
            planText(item.text, item.values, locale),
            planText(item.detail, item.values, locale),
            ...item.steps.map((s) => planText(s.text, { ...item.values, ...s.values }, locale)),
          ];
          for (const line of lines) expect(line, `${item.rule} ${locale}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('reads the worked examples as a seller would', () => {
    const items = buildPlan(BEFORE_MEDIUM)?.items ?? [];
    const r15 = items.find((i) => i.rule === 'R15');
    const r18 = items.find((i) => i.rule === 'R18');
    if (!r15 || !r18) throw new Error('missing items');
    expect(planText(r15.text, r15.values, 'en')).toBe('Raise the price to 20.99–21.99');
    expect(planText(r15.text, r15.values, 'zh-CN')).toBe('将售价提高到 20.99–21.99');
    expect(planText(r18.text, r18.values, 'en')).toBe('Cut the daily ad budget to 30.00–35.00');
    expect(planText(r18.detail, r18.values, 'en')).toBe(
      '30–40% below 50.00; trim non-core keywords first.',
    );
    const air = buildPlan(DURING)?.items.find((i) => i.rule === 'R24');
    if (!air) throw new Error('missing R24');
    expect(planText(air.text, air.values, 'en')).toBe('Send 150 units by air or express now');
  });

  it('names the missing columns in the reader’s language', () => {
    expect(missingHint(['price', 'dailyAdBudget'], 'en')).toBe(
      'Fill in “Price”, “Daily ad budget” to work out the numbers.',
    );
    expect(missingHint(['price'], 'zh-CN')).toBe('填写「售价」即可算出具体数字。');
  });

  it('formats money, units, days and percents', () => {
    expect(formatQuantity({ unit: 'money', value: 1234.5 })).toBe('1,234.50');
    expect(formatQuantity({ unit: 'units', value: 12_000 })).toBe('12,000');
    expect(formatQuantity({ unit: 'days', value: 12 })).toBe('12');
    expect(formatQuantity({ unit: 'days', value: 12.345 })).toBe('12.3');
    expect(formatQuantity({ unit: 'percent', value: 0.15 })).toBe('15');
    expect(formatQuantity({ unit: 'percent', value: 0.075 })).toBe('7.5');
    expect(formatQuantity({ unit: 'multiple', value: 1.5 })).toBe('1.5');
    expect(formatQuantity({ unit: 'rate', value: 17.5 })).toBe('17.5');
  });
});
