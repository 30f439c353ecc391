import type { Kind } from './document';
import { amount, at, fail, finite, only, shown, type Fields } from './check-read';

/** The checks of one cell of a snapshot: a symbol alone, or a figure and what it rests on, against k. */
const SYMBOLS = { c: 'a suppressed cell ("c")', x: 'a not-available cell ("x")', z: 'a not-applicable cell ("z")' };

/** 1..k−1, read as 0 < n < k (sums of sessions may be fractional). */
const small = (n: number, k: number) => n > 0 && n < k;

/** A cell of a measure of this kind; `locator` names the fields its place adds beside the figure. */
export function cell(o: Fields, path: string, kind: Kind, locator: readonly string[], k: number): void {
  const value = o.value;
  if (typeof value === 'string' && Object.hasOwn(SYMBOLS, value))
    return symbolCell(o, path, value as keyof typeof SYMBOLS, locator);
  finite(value, at(path, 'value'), 'a number or one of "c", "x", "z"');
  if (kind === 'count') countCell(o, path, locator, k);
  else if (kind === 'ratio') ratioCell(o, path, locator, k);
  else averageCell(o, path, locator, k);
}

/** Rule 6: a symbol carries no number, nothing beside it but its locator. */
function symbolCell(o: Fields, path: string, symbol: keyof typeof SYMBOLS, locator: readonly string[]): void {
  for (const key of ['numerator', 'denominator']) {
    if (key in o) fail(at(path, 'value'), `${SYMBOLS[symbol]} carries no number, but ${key} is ${shown(o[key])}`);
  }
  const beside = locator.length ? `its value and its ${locator.join(', ')}` : 'its value';
  only(o, path, ['value', ...locator], `${SYMBOLS[symbol]} holds nothing but ${beside}`);
}

function countCell(o: Fields, path: string, locator: readonly string[], k: number): void {
  for (const key of ['numerator', 'denominator']) {
    if (key in o) fail(at(path, key), 'a count carries no numerator or denominator');
  }
  only(o, path, ['value', ...locator], 'not a field of a count');
  const value = o.value as number;
  if (small(value, k)) fail(at(path, 'value'), `a count of ${shown(value)} is under k = ${k} and should have been c`);
}

function ratioCell(o: Fields, path: string, locator: readonly string[], k: number): void {
  only(o, path, ['value', 'numerator', 'denominator', ...locator], 'not a field of a ratio');
  const n = amount(o.numerator, at(path, 'numerator'));
  const d = amount(o.denominator, at(path, 'denominator'));
  if (d === 0) fail(at(path, 'denominator'), 'a ratio over a denominator of 0 should have been z');
  if (small(n, k))
    fail(at(path, 'numerator'), `a numerator of ${shown(n)} is under k = ${k} and the cell should have been c`);
  if (small(d, k))
    fail(at(path, 'denominator'), `a denominator of ${shown(d)} is under k = ${k} and the cell should have been c`);
  const complement = Math.abs(d - n) < 1e-9 ? 0 : d - n;
  if (small(complement, k)) {
    fail(
      path,
      `the complement (denominator − numerator) of ${shown(complement)} is under k = ${k} and the cell should have been c`,
    );
  }
}

function averageCell(o: Fields, path: string, locator: readonly string[], k: number): void {
  if ('numerator' in o)
    fail(at(path, 'numerator'), 'an average carries the number of values as its denominator, and no numerator');
  only(o, path, ['value', 'denominator', ...locator], 'not a field of an average');
  const n = amount(o.denominator, at(path, 'denominator'));
  if (n === 0) fail(at(path, 'denominator'), 'an average of no values should have been x (not available)');
  if (small(n, k))
    fail(at(path, 'denominator'), `an average of ${shown(n)} values is under k = ${k} and should have been c`);
}
