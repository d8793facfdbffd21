// Every word of the shipments and keyword-rank sheets, and of the sidebar's keyword panel, exists
// in both languages with the same placeholders.

import { describe, expect, it } from 'vitest';
import { RANK_COLUMNS } from '../../src/addon/keyword-ranks/rank-columns';
import { RANK_MESSAGES } from '../../src/addon/keyword-ranks/rank-messages';
import { SHEET_TABLE_MESSAGES } from '../../src/addon/platform/sheet-table/sheet-table-messages';
import { SHIPMENT_COLUMNS } from '../../src/addon/shipments/shipment-columns';
import { MODE_WORDS, STATUS_WORDS } from '../../src/addon/shipments/shipment-words';
import { SHIPMENTS_MESSAGES } from '../../src/addon/shipments/shipments-messages';
import type { Catalog } from '../../src/core/i18n/locale';
import { KEYWORD_TEXTS } from '../../src/ui/sidebar/keyword-messages';
import { placeholders } from '../support/placeholders';

describe('the log sheets’ words', () => {
  it.each([
    ['shipments', SHIPMENTS_MESSAGES],
    ['keyword ranks', RANK_MESSAGES],
    ['sheet problems', SHEET_TABLE_MESSAGES],
    ['sidebar keyword panel', KEYWORD_TEXTS],
  ] as [string, Catalog<string>][])('%s: both languages, same placeholders', (_name, catalog) => {
    for (const [key, en] of Object.entries(catalog.en)) {
      const zh = catalog['zh-CN'][key] ?? '';
      expect(zh, key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('name every column, note and drop-down choice in both languages, all different', () => {
    for (const table of [SHIPMENT_COLUMNS, RANK_COLUMNS]) {
      for (const column of table) {
        for (const text of [
          column.header.en,
          column.header['zh-CN'],
          column.note.en,
          column.note['zh-CN'],
        ]) {
          expect(text.trim(), column.key).not.toBe('');
        }
      }
      const headers = table.map((c) => c.header.en);
      expect(new Set(headers).size).toBe(headers.length);
    }
    for (const words of [STATUS_WORDS, MODE_WORDS]) {
      const all = Object.values(words).flatMap((w) => [w.en, w['zh-CN']]);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
