// Keyword ranks of the sidebar world's MUG SKUs, before, during and after their stockouts.

const HEADERS = ['Date', 'SKU', 'Keyword', 'Kind', 'Our rank', 'Competitor above', 'Above rank'];

/** The three MUG SKUs' keyword ranks; MUG-GREEN came back in stock on 2026-11-21. */
export const MUG_RANKS: unknown[][] = [
  HEADERS,
  ['2026-10-20', 'MUG-GREEN', 'enamel mug', 'core', 6, 'B0OLD', 5],
  ['2026-10-20', 'MUG-GREEN', 'camping mug', 'core', 12],
  ['2026-10-20', 'MUG-GREEN', 'green enamel mug', 'long-tail', 3],
  ['2026-11-05', 'MUG-GREEN', 'enamel mug', 'core', 150, 'B0TAKER', 149],
  ['2026-11-05', 'MUG-GREEN', 'camping mug', 'core', 40, 'B0RIVAL', 39],
  ['2026-11-05', 'MUG-GREEN', 'green enamel mug', 'long-tail', 70],
  ['2026-11-25', 'MUG-GREEN', 'enamel mug', 'core', 20, 'B0TAKER', 19],
  ['2026-11-25', 'MUG-GREEN', 'camping mug', 'core', 11],
  ['2026-11-10', 'MUG-RED', 'red mug', 'core', 9],
  ['2026-11-24', 'MUG-RED', 'red mug', 'core', '-'],
  ['2026-11-24', 'MUG-BLUE', 'blue mug', 'core', 4],
];
