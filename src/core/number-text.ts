// How a plain decimal number is written as text, for every reader of typed numbers (cells, settings).

/**
 * A plain decimal number as text: sign, digits with at most one point, an exponent. Each part can
 * match in one way only, so a test of a long text takes time linear in its length (no backtracking).
 * @example DECIMAL_NUMBER.test('-12.5e3') === true
 */
export const DECIMAL_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
