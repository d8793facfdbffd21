// The in-memory Apps Script world behaves like the real one where the add-on relies on it.

import { describe, expect, it } from 'vitest';
import { formatA1, parseA1 } from '../../fakes/a1-notation';
import { createFakeWorld } from '../../fakes/fake-services';

describe('in-memory spreadsheet', () => {
  it('resolves A1 notation as Sheets does, open ranges included', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('Q2:Q', 1000, 26)).toEqual({ row: 2, column: 17, numRows: 999, numColumns: 1 });
    expect(parseA1('A:C', 50, 26)).toEqual({ row: 1, column: 1, numRows: 50, numColumns: 3 });
    expect(parseA1('$AA$10:AB12', 1000, 30)).toEqual({
      row: 10,
      column: 27,
      numRows: 3,
      numColumns: 2,
    });
    expect(parseA1('2:3', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 26 });
    expect(formatA1({ row: 2, column: 17, numRows: 999, numColumns: 1 })).toBe('Q2:Q1000');
    expect(() => parseA1('nonsense', 10, 10)).toThrow(/Range not found/);
  });

  it('reads and writes blocks, formulas as text, and refuses data of the wrong shape', () => {
    const { spreadsheet } = createFakeWorld();
    const sheet = spreadsheet.activeSheetUncounted();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      ['SKU', '=SUM(B2:B)'],
      ['A', 3],
    ]);
    expect(range.getValues()).toEqual([
      ['SKU', ''],
      ['A', 3],
    ]);
    expect(range.getFormulas()).toEqual([
      ['', '=SUM(B2:B)'],
      ['', ''],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(() => range.setValues([['only one row', 1]])).toThrow(/number of rows/);
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
  });

  it('asks a plugged-in evaluator for formula values', () => {
    const { spreadsheet } = createFakeWorld();
    const sheet = spreadsheet.activeSheetUncounted();
    sheet.seed([[2, '=A1*2']]);
    spreadsheet.evaluator = (_sheet, row, column, formula) => `${formula}@${row},${column}`;
    expect(sheet.getRange('B1').getValue()).toBe('=A1*2@1,2');
  });

  it('refuses a taken sheet name, case-insensitively, and activates a new sheet', () => {
    const { spreadsheet } = createFakeWorld({ sheets: ['Data'] });
    expect(() => spreadsheet.insertSheet('data')).toThrow(/already exists/);
    const added = spreadsheet.insertSheet('Plan');
    expect(spreadsheet.getActiveSheet()).toBe(added);
    expect(spreadsheet.getActiveRange()?.describe()).toBe('Plan!A1');
  });

  it('keeps conditional-format rules as built and refuses rules of another sheet', () => {
    const world = createFakeWorld({ sheets: ['One', 'Two'] });
    const one = world.spreadsheet.sheet('One');
    const two = world.spreadsheet.sheet('Two');
    const rule = world.spreadsheetApp
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=A1>1')
      .setBackground('#ff0000')
      .setRanges([one.rangeA1('A1:A9')])
      .build();
    one.setConditionalFormatRules([rule]);
    expect(one.getConditionalFormatRules()[0]?.getBooleanCondition()?.getCriteriaValues()).toEqual([
      '=A1>1',
    ]);
    expect(() => two.setConditionalFormatRules([rule])).toThrow(/not on sheet Two/);
    expect(() =>
      world.spreadsheetApp.newConditionalFormatRule().setBackground('#000000').build(),
    ).toThrow(/condition/);
    const copy = rule.copy().setBackground('#00ff00').build();
    expect(copy.describe().format.background).toBe('#00ff00');
    expect(rule.describe().format.background).toBe('#ff0000');
  });

  it('counts every call, by class and by method', () => {
    const world = createFakeWorld();
    world.calls.reset();
    const sheet = world.spreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').getValues();
    expect(world.calls.count()).toBe(4);
    expect(world.calls.count('Range')).toBe(1);
    expect(world.calls.count('Sheet.getRange')).toBe(1);
    expect(world.calls.names()).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getActiveSheet',
      'Sheet.getRange',
      'Range.getValues',
    ]);
  });
});

describe('in-memory services', () => {
  it('stores document properties within Apps Script’s limits', () => {
    const { properties } = createFakeWorld();
    const store = properties.getDocumentProperties();
    store.setProperty('a', '1');
    expect(store.getProperty('a')).toBe('1');
    expect(store.getProperty('missing')).toBeNull();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    store.deleteProperty('a');
    expect(store.getKeys()).toEqual([]);
  });

  it('shares one document lock, which another user can hold', () => {
    const { lock } = createFakeWorld();
    const first = lock.getDocumentLock();
    const second = lock.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    second.releaseLock();
    const other = lock.holdDocumentLockElsewhere();
    expect(first.tryLock(1000)).toBe(false);
    expect(() => first.waitLock(1000)).toThrow(/Lock timeout/);
    other.release();
    expect(first.tryLock(1000)).toBe(true);
  });

  it('serves project HTML files and fails like Apps Script for a missing one', () => {
    const { html } = createFakeWorld();
    expect(() => html.createHtmlOutputFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.',
    );
    html.files.set('Sidebar', '<p>x</p>');
    expect(html.createHtmlOutputFromFile('Sidebar').setTitle('t').shown()).toMatchObject({
      title: 't',
      html: '<p>x</p>',
    });
  });

  it('records menus, alerts and dialogs', () => {
    const { ui, html } = createFakeWorld();
    const menu = ui.getUi().createAddonMenu().addItem('Go', 'go').addSeparator();
    menu.addToUi();
    ui.getUi().alert('hello');
    ui.getUi().showModalDialog(html.createHtmlOutput('<p>d</p>').setWidth(300), 'Title');
    expect(ui.ui.addonMenu()?.entries).toEqual([
      { caption: 'Go', functionName: 'go' },
      { separator: true },
    ]);
    expect(ui.ui.alerts).toEqual(['hello']);
    expect(ui.ui.dialogs).toEqual([
      { title: 'Title', html: '<p>d</p>', width: 300, height: undefined },
    ]);
  });

  it('checks data validation as a person typing would meet it', () => {
    const world = createFakeWorld();
    const sheet = world.spreadsheet.activeSheetUncounted();
    const rule = world.spreadsheetApp
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B').setDataValidation(rule);
    expect(sheet.typeInto('B5', -1)).toBe(false);
    expect(sheet.typeInto('B5', '12')).toBe(true);
    expect(sheet.typeInto('C5', -1)).toBe(true);
  });
});
