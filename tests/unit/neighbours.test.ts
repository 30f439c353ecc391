import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { quartileBand, readComparisons } from '../../src/lib/neighbours/comparisons';
import { loadLocalAuthorityFigures, localAuthorityFiguresLoaded } from '../../src/lib/neighbours/load';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const bytes = (file: string) => new Uint8Array(readFileSync(join(DATA, file)));
const text = (s: string) => new TextEncoder().encode(s);

const LA_HEADER = 'time_period,period_label,la_code,old_la_code,la_name,region_name,measure,group,value,symbol,source';
const SN_HEADER =
  'la_code,old_la_code,la_name,region_name,rank,neighbour_la_code,neighbour_old_la_code,neighbour_name,similarity,sn_section';

describe("DfE's local-authority figures, for Dudley (E08000027), from data/la-benchmarks.csv", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await loadLocalAuthorityFigures(db, bytes('la-benchmarks.csv'), bytes('statistical-neighbours.csv'));
  });

  it('loads both files', async () => {
    expect(await localAuthorityFiguresLoaded(db)).toBe(true);
  });

  it('Attainment 8 of children looked after for 12 months, 2024/25: 19.7, neighbours 18.16 of 10, West Midlands 19.3, band B', async () => {
    const f = (await readComparisons(db, 'E08000027')).get('ks4_att8_avg|2024/25')!;
    // Worked from la-benchmarks.csv: the ten neighbours' values sum to 181.6 → 18.16.
    expect(f.la_CLA_12M).toBe(19.7);
    expect(f.neighbours_CLA_12M).toBe(18.16);
    expect(f.neighbours_n_CLA_12M).toBe(10);
    expect(f.region_CLA_12M).toBe(19.3);
    expect(f.subregion_CLA_12M).toBeUndefined();
    expect(f.ranked_CLA_12M).toBe(149);
    expect([f.q1_CLA_12M, f.q2_CLA_12M, f.q3_CLA_12M]).toEqual([15.4, 17.5, 19.8]);
    // 17.5 < 19.7 ≤ 19.8: the third quarter from the bottom, the second best where higher is better
    expect(quartileBand(19.7, [15.4, 17.5, 19.8], 'higher')).toBe('B');
  });

  it('persistent absence 2024/25: 13.8, in the best quarter where lower is better (band A)', async () => {
    const f = (await readComparisons(db, 'E08000027')).get('abs_persistent_10_pct|2024/25')!;
    expect(f.la_CLA_12M).toBe(13.8);
    expect(f.q1_CLA_12M).toBe(17.4);
    expect(quartileBand(f.la_CLA_12M, [f.q1_CLA_12M, f.q2_CLA_12M, f.q3_CLA_12M], 'lower')).toBe('A');
  });

  it('grade 4+ in English and maths 2023/24: the neighbours average 17.97 from 6 of 10, 4 suppressed', async () => {
    const f = (await readComparisons(db, 'E08000027')).get('ks4_em_grade4plus_pct|2023/24')!;
    expect(f.neighbours_CLA_12M).toBe(17.97);
    expect(f.neighbours_n_CLA_12M).toBe(6);
  });

  it('a London borough gets London and its Inner or Outer London figure', async () => {
    // Camden (E09000007), Inner London: London 19.3, Inner London 19.4 for Attainment 8, CLA 12 months, 2024/25
    const f = (await readComparisons(db, 'E09000007')).get('ks4_att8_avg|2024/25')!;
    expect(f.region_CLA_12M).toBe(19.3);
    expect(f.subregion_CLA_12M).toBe(19.4);
  });
});

describe('the neighbour average and ranks on a hand-made table', () => {
  // A has ten neighbours N1..N10; N8, N9 are suppressed (c) and N10 has no row; A itself is 30.
  // Neighbours with a value: 10, 20, 30, 40, 50, 60, 70 → mean 280 / 7 = 40.
  // All authorities with a value: A, N1..N7 = 30, 10, 20, 30, 40, 50, 60, 70 (8 of them).
  // Type-7 quartiles of 10, 20, 30, 30, 40, 50, 60, 70: h = 7p; Q1 at 1.75 → 20 + 0.75·10 = 27.5;
  // Q2 at 3.5 → 30 + 0.5·10 = 35; Q3 at 5.25 → 50 + 0.25·10 = 52.5.
  // Higher is better (Attainment 8): ranked 70, 60, 50, 40, 30, 30, … → A and N3 tie at 5 and take rank 5.
  const values = ['A:30', 'N1:10', 'N2:20', 'N3:30', 'N4:40', 'N5:50', 'N6:60', 'N7:70', 'N8:c', 'N9:c'];
  const code = (name: string) => `E0600${name === 'A' ? '0000' : String(Number(name.slice(1))).padStart(4, '0')}`;
  const la = [
    LA_HEADER,
    ...values.map((v) => {
      const [name, figure] = v.split(':');
      const [value, symbol] = figure === 'c' ? ['', 'c'] : [figure, ''];
      return `202324,2023/24,${code(name)},800,${name},North East,ks4_att8_avg,CLA_12M,${value},${symbol},S1`;
    }),
    '202324,2023/24,E12000001,,North East,North East,ks4_att8_avg,CLA_12M,33.3,,S1',
  ].join('\n');
  const sn = [
    SN_HEADER,
    ...Array.from(
      { length: 10 },
      (_, i) => `${code('A')},800,A,North East,${i + 1},${code(`N${i + 1}`)},801,N${i + 1},Close,current`,
    ),
  ].join('\n');

  it('averages the seven neighbours with a value, and ranks ties at the lower rank', async () => {
    const db = await openNodeDb();
    await loadLocalAuthorityFigures(db, text(la), text(sn));
    const f = (await readComparisons(db, code('A'))).get('ks4_att8_avg|2023/24')!;
    expect(f.neighbours_CLA_12M).toBe(40);
    expect(f.neighbours_n_CLA_12M).toBe(7);
    expect(f.region_CLA_12M).toBe(33.3);
    expect([f.q1_CLA_12M, f.q2_CLA_12M, f.q3_CLA_12M]).toEqual([27.5, 35, 52.5]);
    expect(f.rank_CLA_12M).toBe(5);
    expect(f.ranked_CLA_12M).toBe(8);
    // among A and its neighbours with a value (the same eight)
    expect(f.neighbours_rank_CLA_12M).toBe(5);
    // 27.5 < 30 ≤ 35: second quarter from the bottom → C where higher is better, B where lower is
    expect(quartileBand(30, [27.5, 35, 52.5], 'higher')).toBe('C');
    expect(quartileBand(30, [27.5, 35, 52.5], 'lower')).toBe('B');
  });

  it('puts a figure on a quartile in the band below it: each band holds its upper bound', () => {
    expect(quartileBand(27.5, [27.5, 35, 52.5], 'lower')).toBe('A');
    expect(quartileBand(52.5, [27.5, 35, 52.5], 'higher')).toBe('B');
    expect(quartileBand(52.6, [27.5, 35, 52.5], 'higher')).toBe('A');
    expect(quartileBand(30, [27.5, 35, 52.5], null)).toBeNull();
  });

  it('refuses a broken file with its line, column and a fix, and keeps nothing of it', async () => {
    const db = await openNodeDb();
    const broken = la.replace('ks4_att8_avg,CLA_12M,40,,S1', 'ks4_att8_avg,CLA_12M,forty,,S1');
    await expect(loadLocalAuthorityFigures(db, text(broken), text(sn))).rejects.toThrow(
      'la-benchmarks.csv, line 6, column 9 (value): the value "forty" is not a number. Restore the file from data/ in the repository.',
    );
    const both = la.replace('ks4_att8_avg,CLA_12M,10,,S1', 'ks4_att8_avg,CLA_12M,10,c,S1');
    await expect(loadLocalAuthorityFigures(db, text(both), text(sn))).rejects.toThrow(/line 3, column 10 \(symbol\)/);
    await expect(loadLocalAuthorityFigures(db, text(la.replace('la_name', 'name')), text(sn))).rejects.toThrow(
      /la-benchmarks.csv, line 1: the header is not the DfE file's/,
    );
    expect(await localAuthorityFiguresLoaded(db)).toBe(false);
  });
});
