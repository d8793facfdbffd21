import { describe, expect, it } from 'vitest';
import { formatMessage, pickLocale } from '../../src/core/i18n/locale';
import { InputError } from '../../src/core/input-error';
import { INPUT_MESSAGES } from '../../src/core/input-messages';
import { placeholders } from '../support/placeholders';

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

  it('has every input message in both languages, with the same placeholders', () => {
    for (const [key, en] of Object.entries(INPUT_MESSAGES.en)) {
      const zh = INPUT_MESSAGES['zh-CN'][key as keyof typeof INPUT_MESSAGES.en];
      expect(zh, key).toBeTruthy();
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('carries both languages in an input error', () => {
    const error = new InputError('negative', { arg: 'stock', value: -1 });
    expect(error.message).toContain('stock cannot be negative, got -1');
    expect(error.message).toContain('stock 不能为负数');
    expect(error.text('zh-CN')).toBe('stock 不能为负数，当前为 -1');
  });
});
