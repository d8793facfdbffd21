// Invariants of the import over random reports (fast-check): the same report twice changes
// nothing, no SKU row is ever lost, no typed column is touched, and undo gives back every cell.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAmazonReport } from '../../../src/addon/import/import-report';
import { undoLastImport } from '../../../src/addon/import/undo-import';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';
import { column, NOW, rowsBySku, sortRowsBySku, templateWorld, typedCells } from './import-world';

const header = headerOf(LAYOUT_FILES.fbaInventory);
const sku = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'EXAMPLE-AIR', 'EXAMPLE-SEA', '=X', '007');
const line = fc.record({
  sku,
  available: fc.oneof(fc.nat(5000).map(String), fc.constant('--'), fc.constant('1,234')),
  'inbound-quantity': fc.nat(900),
  'units-shipped-t30': fc.nat(300),
  'your-price': fc.constantFrom('', '$9.99', '12.50'),
});
const report = fc.array(line, { maxLength: 8 }).map((lines) => reportText(header, lines));

describe('import properties', () => {
  it('re-import changes nothing, rows are never lost, typed columns stay, undo restores', () => {
    fc.assert(
      fc.property(report, report, fc.boolean(), (first, second, sort) => {
        const { world, sheet } = templateWorld();
        const original = typedCells(sheet);
        importAmazonReport(world.services, { text: first }, NOW);
        const skusBefore = new Set(rowsBySku(sheet, []).keys());
        const typed = typedCells(sheet);
        const cycleBefore = [...rowsBySku(sheet, ['cycleDays', 'notes'])].map(([s, r]) => [
          s,
          r.cycleDays,
          r.notes,
        ]);

        const changed = importAmazonReport(world.services, { text: second }, NOW).cellsChanged > 0;
        const afterSecond = sheet.valuesUncounted();
        const again = importAmazonReport(world.services, { text: second }, NOW);
        expect(again.cellsChanged).toBe(0);
        expect(sheet.valuesUncounted()).toEqual(afterSecond);

        for (const known of skusBefore) expect(rowsBySku(sheet, []).has(known)).toBe(true);
        const rows = rowsBySku(sheet, ['cycleDays', 'notes']);
        for (const [s, cycle, notes] of cycleBefore) {
          expect(rows.get(s as string)).toMatchObject({ cycleDays: cycle, notes });
        }
        expect(sheet.cellAt(2, column('coverDays'))?.formula).toMatch(/^=COVER_DAYS/);

        if (sort) sortRowsBySku(sheet);
        // Undo takes back the latest import that changed something.
        undoLastImport(world.services, NOW);
        expect(typedCells(sheet)).toEqual(changed ? typed : original);
      }),
      { numRuns: 40 },
    );
  });
});
