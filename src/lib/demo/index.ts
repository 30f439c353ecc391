/**
 * The synthetic virtual school: a seeded, deterministic generator of the fourteen contract tables
 * the demo writes (every one but uasc: pupils.uasc says it).
 *
 * `children` is the number looked after on any one day (all ages, as DfE's cla_31mar_n counts
 * them): 500 for the demo authority, about 80,000 for England. pupils.csv holds every child in
 * care at some point of 2019/20–2024/25 while in Reception to Year 13, plus the care leavers with a
 * destinations row in reporting years 2020–2025, so it has well over `children` rows.
 */
import type { TableName } from '../contract';
import { emitAttendanceYear } from './attendance';
import { YEAR_TARGETS } from './calibration';
import { careEpisodes } from './care';
import { Counters, emitChild, type ChildContext } from './child';
import { cmeEpisodes, emitCme } from './cme';
import { ChunkedCsvSink, TABLE_NAMES, type Sink } from './csv';
import { leaverSlots } from './destinations';
import { eheEpisodes, emitEhe } from './ehe';
import { ayLabel, YEARS } from './dates';
import { simulate } from './history';
import { emitKs2Year } from './ks2';
import { emitKs4Year } from './ks4';
import type { Child } from './model';
import { assignIds, makeChild, onRollSomeYear } from './pupils';
import { RegisterIds } from './registers';
import { Rng } from './rng';
import { SchoolPool } from './school';
import { emitSchools } from './schools';

export { ChunkedCsvSink, COLUMNS, TABLE_NAMES, headerLine, type Sink, type Row } from './csv';

export const DEMO_SEED = 903;
export const DEMO_CHILDREN = 500;
/** In care on any one day; gives about 80,000 children in pupils.csv over the six years (the benchmark's "national scale"). */
export const NATIONAL_CHILDREN = 26_000;

export interface DemoOptions {
  seed?: number;
  /** children looked after on any one day (all ages); default 500 */
  children?: number;
}

/** Generates every table, row by row, into the sink (in a fixed order: same seed, same rows). */
export function generateTables(options: DemoOptions, sink: Sink): void {
  const seed = options.seed ?? DEMO_SEED;
  const children = options.children ?? DEMO_CHILDREN;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, not ${seed}`);
  if (!(children >= 1)) throw new Error(`children must be at least 1, not ${children}`);

  const histories = simulate(seed, children, (h) => onRollSomeYear(h) || leaverSlots(h).length > 0);
  const pupils: Child[] = histories.map((h) => {
    const rng = Rng.of(seed, 2, h.key);
    const child = makeChild(h, rng);
    child.episodes = careEpisodes(rng, child);
    return child;
  });
  const ctx: ChildContext = {
    seed,
    sink,
    pool: new SchoolPool(seed, children),
    counters: new Counters(),
    roll: new Map(),
    attendance: new Map(),
    ks2: new Map(),
    ks4: new Map(),
  };
  for (const child of assignIds(pupils, seed)) emitChild(ctx, child, leaverSlots(child));
  for (const year of YEARS) {
    const label = ayLabel(year);
    emitAttendanceYear(sink, ctx.attendance.get(year) ?? [], seed, year, YEAR_TARGETS[year], label);
    emitKs2Year(sink, ctx.ks2.get(year) ?? [], seed, year, label);
    emitKs4Year(sink, ctx.ks4.get(year) ?? [], seed, year, YEAR_TARGETS[year], label);
  }

  const ids = new RegisterIds();
  const cme = cmeEpisodes(seed, children, ctx.roll, ids);
  emitCme(sink, cme.rows);
  emitEhe(sink, eheEpisodes(seed, children, ctx.roll, ids, cme.toEhe));
  emitSchools(sink, seed, ctx.pool.schools());
}

/** CSV text of every table (header row first, LF line ends, a final LF). */
export function generateDemo(options: DemoOptions = {}): Record<TableName, string> {
  const parts = new Map<TableName, string[]>(TABLE_NAMES.map((t) => [t, []]));
  const sink = new ChunkedCsvSink((table, text) => (parts.get(table) as string[]).push(text));
  generateTables(options, sink);
  sink.end();
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, (parts.get(t) as string[]).join('')])) as Record<
    TableName,
    string
  >;
}
