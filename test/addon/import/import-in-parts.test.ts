// A report too large for one call, sent in parts: nothing is imported until the last part comes,
// then the whole imports exactly as in one call; a missing part imports nothing.

import { describe, expect, it } from 'vitest';
import { importAmazonReport } from '../../../src/addon/import/import-report';
import { IMPORT_UPLOAD_SHEET } from '../../../src/addon/import/upload-parts';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';
import { NOW, templateWorld } from './import-world';

const text = reportText(
  headerOf(LAYOUT_FILES.fbaInventory),
  ['A-1', '=B2', '0012', 'C-3'].map((sku, i) => ({
    sku,
    available: 10 * (i + 1),
    'inbound-quantity': i,
  })),
);

/** Cut anywhere, mid-line included: before the "=B2" line, inside "0012". */
function parts(cuts: number[]): string[] {
  const at = [0, ...cuts, text.length];
  return at.slice(1).map((end, i) => text.slice(at[i], end));
}

describe('importAmazonReport in parts', () => {
  it('keeps the parts aside, then imports the whole as one call would', () => {
    const whole = templateWorld();
    importAmazonReport(whole.world.services, { text, fileName: 'inv.txt' }, NOW);

    const { world, sheet } = templateWorld();
    const before = sheet.valuesUncounted();
    const cuts = [text.indexOf('=B2'), text.indexOf('0012') + 2];
    const pieces = parts(cuts);
    const part = (index: number) => ({ upload: 'up-1', index, count: pieces.length });
    const first = importAmazonReport(
      world.services,
      { text: pieces[0], fileName: 'inv.txt', part: part(0) },
      NOW,
    );
    expect(first).toMatchObject({
      ok: true,
      partsReceived: 1,
      message: 'Received part 1 of 3; the import starts when all have arrived.',
    });
    importAmazonReport(
      world.services,
      { text: pieces[1], fileName: 'inv.txt', part: part(1) },
      NOW,
    );
    expect(sheet.valuesUncounted()).toEqual(before);
    expect(world.spreadsheet.sheet(IMPORT_UPLOAD_SHEET).hiddenUncounted()).toBe(true);

    const last = importAmazonReport(
      world.services,
      { text: pieces[2], fileName: 'inv.txt', part: part(2) },
      NOW,
    );
    expect(last).toMatchObject({ ok: true, added: 4, rowsRead: 4 });
    expect(sheet.valuesUncounted()).toEqual(whole.sheet.valuesUncounted());
    // The parts are gone once used.
    expect(
      world.spreadsheet
        .sheet(IMPORT_UPLOAD_SHEET)
        .valuesUncounted()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('imports nothing when a part never arrived', () => {
    const { world, sheet } = templateWorld();
    const before = sheet.valuesUncounted();
    const pieces = parts([40, 90]);
    importAmazonReport(
      world.services,
      { text: pieces[0], part: { upload: 'up-2', index: 0, count: 3 } },
      NOW,
    );
    const last = importAmazonReport(
      world.services,
      { text: pieces[2], part: { upload: 'up-2', index: 2, count: 3 } },
      NOW,
    );
    expect(last.ok).toBe(false);
    expect(last.message).toMatch(/did not all arrive: nothing was imported/);
    expect(sheet.valuesUncounted()).toEqual(before);
  });

  it('refuses a malformed part description', () => {
    const { world } = templateWorld();
    const summary = importAmazonReport(
      world.services,
      { text, part: { upload: 'x', index: 3, count: 2 } },
      NOW,
    );
    expect(summary).toMatchObject({ ok: false, message: 'Paste a report or choose a file first.' });
  });
});
