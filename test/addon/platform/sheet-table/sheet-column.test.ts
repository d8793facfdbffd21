// The columns of the shipments and keyword-rank sheets, declared one per line: every header and
// note written in both languages, every header and drop-down word different. (That every text
// has both languages and the same placeholders, the texts test checks over the whole registry.)

import { describe, expect, it } from 'vitest';
import { RANK_COLUMNS } from '../../../../src/addon/keyword-ranks/rank-columns';
import { SHIPMENT_COLUMNS } from '../../../../src/addon/shipments/shipment-columns';
import { MODE_WORDS, STATUS_WORDS } from '../../../../src/addon/shipments/shipment-words';

describe('the sheet kinds’ columns', () => {
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
