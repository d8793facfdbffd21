// R22: the keyword-rank sheet as inserted, and how its rows are read (ranks, "not found", kinds).

import { describe, expect, it } from 'vitest';
import { insertRankSheet } from '../../../src/addon/keyword-ranks/insert-rank-sheet';
import { RANK_COLUMNS } from '../../../src/addon/keyword-ranks/rank-columns';
import { findRankSheet } from '../../../src/addon/keyword-ranks/rank-sheet';
import { rankLog, readRankRows } from '../../../src/addon/keyword-ranks/read-rank-rows';
import { OFF_RANGE } from '../../../src/core/keywords/rank-log';
import { createFakeWorld } from '../../fakes/fake-services';

describe('insertRankSheet', () => {
  it('inserts headers with notes, examples and a kind drop-down, overwriting nothing', () => {
    const world = createFakeWorld({ sheets: ['Keyword ranks'] });
    const { name } = insertRankSheet(world.services);
    expect(name).toBe('Keyword ranks 2');
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.valuesUncounted()[0]).toEqual(RANK_COLUMNS.map((c) => c.header.en));
    expect(sheet.cell('E1').note).toMatch(/Type - \(or >300\) when it is not found/);
    expect(sheet.valuesUncounted()).toHaveLength(11);
    expect(sheet.cell('A2').formula).toBe('=TODAY()-40');
    expect(sheet.typeInto('D20', 'very core')).toBe(false);
    expect(sheet.typeInto('D20', 'long-tail')).toBe(true);
    expect(sheet.frozenUncounted().rows).toBe(1);
  });

  it('writes the example texts as text: only the dates are formulas, the not-found dash stays "-"', () => {
    const world = createFakeWorld();
    const { name } = insertRankSheet(world.services);
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.formulaCells().every(([a1]) => a1.startsWith('A'))).toBe(true);
    const notFound = sheet.valuesUncounted().findIndex((row) => row[4] === '-');
    expect(notFound).toBeGreaterThan(0);
    const written = world.calls.calls.find(
      (call) =>
        call.method === 'setValues' &&
        call.args[0] !== undefined &&
        (call.args[0] as unknown[][]).length > 1,
    )?.args[0] as unknown[][];
    expect(written[notFound - 1]?.[4]).toBe("'-");
  });

  it('speaks Chinese to a Chinese user', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const { name } = insertRankSheet(world.services);
    expect(name).toBe('关键词排名');
    const sheet = world.spreadsheet.sheet(name);
    expect(sheet.valuesUncounted()[0]?.slice(0, 5)).toEqual([
      '日期',
      'SKU',
      '关键词',
      '类型',
      '自然排名',
    ]);
    expect(sheet.cell('D2').value).toBe('核心');
  });
});

describe('readRankRows', () => {
  function read(rows: unknown[][]) {
    const world = createFakeWorld({ sheets: ['R'] });
    world.spreadsheet
      .sheet('R')
      .seed([['Date', 'SKU', 'Keyword', 'Type', 'Rank', 'Above ASIN', 'Above rank'], ...rows]);
    const found = findRankSheet(world.spreadsheet);
    if (found === undefined) throw new Error('not found');
    return readRankRows(found.table, 'Etc/UTC', 'en');
  }

  it('reads places, "not found" in its common forms, kinds in either language', () => {
    const result = read([
      ['2026-11-01', 'A', 'k1', 'core', 12, 'B0X', 11],
      ['2026-11-01', 'A', 'k2', '长尾', '-'],
      ['2026-11-01', 'A', 'k3', '', '>300'],
      ['2026-11-01', 'A', 'k4', 'Long Tail', '未上榜'],
      ['2026-11-01', 'A', 'k5', 'core', '#7'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.keyword, r.kind, r.rank])).toEqual([
      ['k1', 'core', 12],
      ['k2', 'long-tail', OFF_RANGE],
      ['k3', 'core', OFF_RANGE],
      ['k4', 'long-tail', OFF_RANGE],
      ['k5', 'core', 7],
    ]);
    expect(result.rows[0]?.above).toEqual({ asin: 'B0X', rank: 11 });
  });

  it('ignores half-filled rows, keeps today’s untyped rows out of the log, names bad values', () => {
    const result = read([
      ['', 'A', 'k1', 'core', 12],
      ['2026-11-01', '', 'k1', 'core', 12],
      ['2026-11-02', 'A', 'k1', 'core', ''],
      ['2026-11-03', 'A', 'k1', 'sometimes', 'top ten'],
      ['someday', 'A', 'k1', 'core', 4],
      ['2026-11-04', 'A', 'k1', 'core', 0],
    ]);
    expect(result.ignored).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([4, 5, 7]);
    expect(rankLog(result.rows)).toEqual([]);
    expect(result.problems).toEqual([
      { row: 5, text: "Kind 'sometimes' is not one of: core, long-tail" },
      { row: 5, text: "Our rank must be a place (1 = top), or - when not found, got 'top ten'" },
      { row: 6, text: "Date must be a date such as 2026-11-26, got 'someday'" },
      { row: 7, text: 'Our rank must be a place (1 = top), or - when not found, got 0' },
    ]);
  });
});
