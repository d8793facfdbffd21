// Locale choice, placeholder filling and input errors told in the reader's language and words.

import { describe, expect, it } from 'vitest';
import { formatMessage, pickLocale } from '../../src/core/i18n/locale';
import { InputError } from '../../src/core/input-error';

describe('locale and messages', () => {
  it('picks Simplified Chinese for any Chinese locale tag, English otherwise', () => {
    expect(pickLocale('zh_CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('zh')).toBe('zh-CN');
    expect(pickLocale('en_US')).toBe('en');
    expect(pickLocale('')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('gives an input error in one language at a time, its arguments named by the reader’s words', () => {
    const error = new InputError('negative', { arg: 'stock', value: -1 });
    expect(error.message).toBe('stock cannot be negative, got -1');
    expect(error.text('zh-CN')).toBe('stock 不能为负数，当前为 -1');
    const label: Record<string, Record<'en' | 'zh-CN', string>> = {
      stock: { en: 'FBA available', 'zh-CN': 'FBA 可售库存' },
      ly_next_90d: { en: 'Last year next 90 days', 'zh-CN': '去年同期后90天销量' },
    };
    const nameArg = (arg: string, locale: 'en' | 'zh-CN') => label[arg]?.[locale] ?? arg;
    expect(error.text('en', nameArg)).toBe('FBA available cannot be negative, got -1');
    expect(error.text('zh-CN', nameArg)).toBe('FBA 可售库存 不能为负数，当前为 -1');
    const seasonal = new InputError('seasonalTooLarge', {
      arg: 'ly_same_30d',
      value: 1e-300,
      other: 'ly_next_90d',
    });
    expect(seasonal.text('zh-CN', nameArg)).toContain('相对 去年同期后90天销量 过小');
    expect(seasonal.text('en', nameArg)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
