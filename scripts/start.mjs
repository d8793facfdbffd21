// Placeholder for `npm start` until the local preview exists: prints each custom function's
// worked example, computed by the built dist/Code.js exactly as Apps Script would load it.

import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

const context = createContext({});
runInContext(readFileSync('dist/Code.js', 'utf8'), context, { filename: 'Code.js' });
const examples = [
  ['DAILY_SALES', [140, 210, 450]],
  ['COVER_DAYS', [100, 5]],
  ['REORDER_QTY', [10, 60, 14, 300, 200]],
  ['STOCKOUT_GAP', [100, 5, 30]],
  ['STOCKOUT_PHASE', [100, 5, 30]],
];
for (const [name, args] of examples) {
  console.log(`=${name}(${args.join(', ')})  →  ${context[name](...args)}`);
}
