import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collationKey, collationRanks, collator } from '../../src/lib/table/collate';
import { searchRows, sortRows } from '../../src/lib/table/sort';
import type { CellValue, Column } from '../../src/lib/table/types';

interface Row {
  id: string;
  v: CellValue;
}

const rows = (values: CellValue[]): Row[] => values.map((v, i) => ({ id: `r${i}`, v }));
const col: Column<Row> = { key: 'v', label: 'V', value: (r) => r.v };
const values = (rs: Row[]) => rs.map((r) => r.v);
const ids = (rs: readonly Row[]) => rs.map((r) => r.id);

describe('sortRows(rows, column, direction)', () => {
  it('orders numbers numerically, not as text, nulls and NaN last', () => {
    const input = rows([10, null, 2, -1.5, Number.NaN, 33, 0]);
    expect(values(sortRows(input, col, 'asc'))).toEqual([-1.5, 0, 2, 10, 33, null, Number.NaN]);
    expect(values(sortRows(input, col, 'desc'))).toEqual([33, 10, 2, 0, -1.5, null, Number.NaN]);
  });

  it('orders strings in en-GB collation with numeric parts as numbers, letters before case', () => {
    const input = rows(['Year 10', 'year 2', null, 'Year 1', 'apple', 'Banana']);
    expect(values(sortRows(input, col, 'asc'))).toEqual(['apple', 'Banana', 'Year 1', 'year 2', 'Year 10', null]);
    expect(values(sortRows(input, col, 'desc'))).toEqual(['Year 10', 'year 2', 'Year 1', 'Banana', 'apple', null]);
  });

  it('puts true first when descending and false first when ascending, nulls last both ways', () => {
    const input = rows([false, null, true, false, true]);
    expect(ids(sortRows(input, col, 'desc'))).toEqual(['r2', 'r4', 'r0', 'r3', 'r1']);
    expect(ids(sortRows(input, col, 'asc'))).toEqual(['r0', 'r3', 'r2', 'r4', 'r1']);
  });

  it('keeps nulls last, in their original order, in both directions', () => {
    const input = rows([null, 3, null, 1, null, 2]);
    expect(ids(sortRows(input, col, 'asc'))).toEqual(['r3', 'r5', 'r1', 'r0', 'r2', 'r4']);
    expect(ids(sortRows(input, col, 'desc'))).toEqual(['r1', 'r5', 'r3', 'r0', 'r2', 'r4']);
  });

  it('is stable on ties in both directions (ties are not reversed by descending)', () => {
    const input = rows([2, 1, 2, 1, 2, 'b', 'a', 'b', 'B']);
    expect(ids(sortRows(input, col, 'asc'))).toEqual(['r1', 'r3', 'r0', 'r2', 'r4', 'r6', 'r5', 'r7', 'r8']);
    // 'B' and 'b' differ (as in localeCompare): only the two 'b's tie
    expect(ids(sortRows(input, col, 'desc'))).toEqual(['r8', 'r5', 'r7', 'r6', 'r0', 'r2', 'r4', 'r1', 'r3']);
    // "01" and "1" collate equal numerically: a tie, kept in order
    expect(ids(sortRows(rows(['1', '01', '1']), col, 'desc'))).toEqual(['r0', 'r1', 'r2']);
  });

  it('groups mixed types numbers, strings, booleans, then nulls', () => {
    const input = rows([true, 'x', null, 5]);
    expect(values(sortRows(input, col, 'asc'))).toEqual([5, 'x', true, null]);
  });

  it('reads each value once, takes a bare accessor, and does not change its input', () => {
    const input = rows([3, 1, 2]);
    let calls = 0;
    const sorted = sortRows(input, (r) => (calls++, r.v), 'asc');
    expect(values(sorted)).toEqual([1, 2, 3]);
    expect(calls).toBe(3);
    expect(values(input)).toEqual([3, 1, 2]);
    expect(sortRows([], col, 'asc')).toEqual([]);
  });

  it('sorts 80,000 rows quickly', () => {
    const many = Array.from({ length: 80_000 }, (_, i) => ({ id: `C${(i * 7919) % 80_000}`, v: (i * 31) % 997 }));
    const t0 = performance.now();
    const byId = sortRows(many, (r) => r.id, 'asc');
    const byNumber = sortRows(many, (r) => r.v, 'desc');
    const ms = performance.now() - t0;
    expect(byId[0].id).toBe('C0');
    expect(byId[79_999].id).toBe('C79999');
    expect(byNumber[0].v).toBe(996);
    expect(ms).toBeLessThan(2000);
  });
});

describe('searchRows(rows, query, keys)', () => {
  const people = [
    { id: 'C001', school: 'Oak Academy', n: 12 },
    { id: 'C002', school: null, n: 7 },
    { id: 'c103', school: 'Ash primary', n: null },
  ];
  const id = (r: (typeof people)[number]) => r.id;
  const school: Column<(typeof people)[number]> = { key: 'school', label: 'School', value: (r) => r.school };

  it('matches a case-insensitive substring of any of the given columns', () => {
    expect(searchRows(people, 'c1', [id, school]).map(id)).toEqual(['c103']);
    expect(searchRows(people, 'ACAD', [id, school]).map(id)).toEqual(['C001']);
    expect(searchRows(people, 'c', [id]).map(id)).toEqual(['C001', 'C002', 'c103']);
  });

  it('looks only at the given columns, and skips nulls', () => {
    expect(searchRows(people, '12', [id, school])).toEqual([]);
    expect(searchRows(people, '12', [(r) => r.n]).map(id)).toEqual(['C001']);
    expect(searchRows(people, 'null', [school])).toEqual([]);
  });

  it('keeps every row, as the same array, for an empty or blank query', () => {
    expect(searchRows(people, '', [id])).toBe(people);
    expect(searchRows(people, '   ', [id])).toBe(people);
    expect(searchRows(people, ' oak ', [school]).map(id)).toEqual(['C001']);
  });
});

describe('collationKey(s)', () => {
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const byKey = (a: string, b: string) => {
    const ka = collationKey(a)!;
    const kb = collationKey(b)!;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

  it('orders plain letters, digits and spaces exactly as the en-GB numeric collator', () => {
    const plain = fc.stringMatching(/^(0|00|1|9|10|a|A|z|Z|Ab|aB| |[A-Za-z0-9 ]{1,8}){0,5}$/);
    fc.assert(
      fc.property(plain, plain, (a, b) => sign(collator.compare(a, b)) === byKey(a, b)),
      { numRuns: 20_000 },
    );
  });

  it('declines anything else, and collationRanks then falls back to the collator', () => {
    expect(collationKey("O'Brien")).toBeNull();
    expect(collationKey('Zoë')).toBeNull();
    expect([...collationRanks(['Zoë', 'zoe', 'Zoe', "O'Brien", 'Ōsaka'])]).toEqual([4, 2, 3, 0, 1]);
    expect([...collationRanks(['b10', 'B2', 'b2', 'b02'])]).toEqual([2, 1, 0, 0]);
  });
});
