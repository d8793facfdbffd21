// Measures the preview on a long sheet: start-up, one edit's recalculation, the grid drawn after it.

import os from 'node:os';
import { templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { repeatedSkus } from '../sample/sample-sheet';
import { SAMPLE_SKUS } from '../sample/sample-skus';
import { startPreview } from '../start-preview';

const TARGET_ROWS = 10_000;
const EDITS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export async function runRecalcBench(): Promise<void> {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
  );
  // The sample as `npm start` shows it, then a long sheet.
  await benchSheet(SAMPLE_SKUS);
  await benchSheet(repeatedSkus(Math.ceil(TARGET_ROWS / SAMPLE_SKUS.length)));
}

async function benchSheet(skus: readonly (typeof SAMPLE_SKUS)[number][]): Promise<void> {
  const started = performance.now();
  const preview = await startPreview({ port: 0, locale: 'en', sampleSkus: skus });
  const startup = performance.now() - started;
  const session = preview.session;
  const sheet = session.state().activeSheet;
  const formulas = session.workbook().world.spreadsheet.sheet(sheet).formulaCells().length;
  console.log(
    `sheet: ${skus.length.toLocaleString('en')} SKU rows, ${formulas} array formulas over open ranges`,
  );
  console.log(
    `start-up with that sheet (template, sample, engine, page bundle, server): ${ms(startup)}`,
  );

  const stock = templateColumn('fbaStock') - 1;
  const phase = templateColumn('phase') - 1;
  const engine = session.workbook().sync.engine;
  const editTimes: number[] = [];
  const gridTimes: number[] = [];
  const engineTimes: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    // A stock cell far down the sheet, alternating between stocked out and stocked.
    const row = 2 + ((i * 613) % (skus.length - 2));
    const previous = session.grid(sheet, row, row + 1).rows[0]?.[phase]?.t;
    const input = i % 2 === 0 ? '0' : '750';
    let t = performance.now();
    session.edit({ sheet, row, col: stock, input });
    editTimes.push(performance.now() - t);
    t = performance.now();
    const window = session.grid(sheet, Math.max(0, row - 20), row + 40);
    gridTimes.push(performance.now() - t);
    const shown = window.rows[row - window.from]?.[phase]?.t;
    if (i === 0 && shown !== 'OUT_OF_STOCK' && previous !== 'OUT_OF_STOCK')
      throw new Error(`edit not applied: phase is ${shown}`);
    t = performance.now();
    engine.setContents(sheet, row, stock, [[i % 2 === 0 ? 750 : 0]]);
    engineTimes.push(performance.now() - t);
  }
  console.log(
    `one edit, recalculated (every array formula over ${skus.length.toLocaleString('en')} rows): median ${ms(median(editTimes))} (engine alone ${ms(median(engineTimes))}), ${EDITS} edits`,
  );
  console.log(
    `then the 60 rows around it, formatted and coloured: median ${ms(median(gridTimes))}`,
  );
  await preview.close();
}
