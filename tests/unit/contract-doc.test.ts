import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_BY_NAME, normaliseHeader } from '../../src/lib/contract';
import { doorKind } from '../../src/lib/ingest/door';
import { describeCode, describeRange, filterTables } from '../../src/lib/contract/describe';
import { contractMarkdown } from '../../src/lib/contract/reference';

const markdown = contractMarkdown();

/** The Markdown from a table's heading up to the next table's heading. */
function section(file: string): string {
  const start = markdown.indexOf(`### ${file} (`);
  expect(start, `no section for ${file}`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

function columnLine(file: string, column: string): string {
  const line = section(file)
    .split('\n')
    .find((l) => l.startsWith(`| \`${column}\``));
  expect(line, `no row for ${column} in ${file}`).toBeDefined();
  return line ?? '';
}

describe('docs/data-contract.md', () => {
  it('equals contractMarkdown(), so the committed doc never drifts from the contract', () => {
    const committed = readFileSync(new URL('../../docs/data-contract.md', import.meta.url), 'utf8');
    expect(committed === markdown, 'docs/data-contract.md is out of date: run `npm run docs`').toBe(true);
  });
});

describe('contractMarkdown()', () => {
  it('has one section per table, required ones marked', () => {
    expect(markdown.match(/^### \S+\.csv \((required|optional)\)$/gm)).toHaveLength(15);
    expect(markdown).toContain('### pupils.csv (required)');
    expect(markdown).toContain('### care_periods.csv (required)');
    expect(markdown).toContain('### attendance.csv (optional)');
  });

  it('lists sex in pupils as required, with codes M, F, U and their aliases', () => {
    const line = columnLine('pupils.csv', 'sex');
    expect(line).toMatch(/^\| `sex`\\\* \|/);
    expect(line).toContain('`M` (Male; also 1, MALE)');
    expect(line).toContain('`F` (Female; also 2, FEMALE)');
    expect(line).toContain('`U` (Not known; also 9)');
  });

  it('marks child_id of pupils as required primary key', () => {
    expect(columnLine('pupils.csv', 'child_id')).toMatch(/^\| `child_id`\\\* PK \|/);
    expect(section('pupils.csv')).toContain('Primary key: `child_id`:');
  });

  it('lists the SSDA903 header alias decom for start_date of care_periods', () => {
    expect(columnLine('care_periods.csv', 'start_date')).toMatch(/^\| `start_date`\\\* \| `decom` \|/);
    expect(columnLine('care_periods.csv', 'child_id')).toContain('must be in pupils.csv');
  });

  it('says in attendance that authorised + unauthorised ≤ possible', () => {
    expect(section('attendance.csv')).toContain(
      '- `sessions_authorised` + `sessions_unauthorised` ≤ `sessions_possible`; otherwise the row is rejected',
    );
  });

  it('says end_date must not be before start_date in the episode tables', () => {
    for (const file of ['care_periods.csv', 'cme_episodes.csv', 'ehe_episodes.csv']) {
      expect(section(file)).toContain('- `end_date` must not be before `start_date`');
    }
  });

  it('shows ranges, composite keys and empty defaults', () => {
    expect(columnLine('ks4_results.csv', 'att8')).toContain('| 0 – 90 |');
    expect(columnLine('ks4_results.csv', 'p8')).toContain('| −10 – 10 |');
    expect(section('ks4_results.csv')).toContain('Primary key: `child_id` + `academic_year`:');
    expect(columnLine('pep_reviews.csv', 'pep_type')).toContain('| empty = `REVIEW` |');
  });

  it('documents the schools lookup: keyed by school_ref, its name never published, phase coded as school_phase', () => {
    expect(section('schools.csv')).toContain('### schools.csv (optional)');
    expect(section('schools.csv')).toContain('Primary key: `school_ref`:');
    expect(columnLine('schools.csv', 'school_ref')).toMatch(/^\| `school_ref`\\\* PK \|/);
    expect(columnLine('schools.csv', 'school_name')).toContain('never in a published snapshot');
    // the codes cell (the fourth) is school_phase's
    const codes = (line: string) => line.split(' | ')[3];
    expect(codes(columnLine('schools.csv', 'phase'))).toBe(codes(columnLine('school_enrolments.csv', 'school_phase')));
    expect(codes(columnLine('schools.csv', 'phase'))).toContain(
      '`PRIMARY` (Primary), `SECONDARY` (Secondary), `SPECIAL` (Special)',
    );
  });

  it('renders the general rules from the contract lists', () => {
    expect(markdown).toContain('`NULL`, `N/A`, `NA` and `-` also mean unknown');
    expect(markdown).toContain('true: `1`, `Y`, `YES`, `TRUE`; false: `0`, `N`, `NO`, `FALSE`');
    expect(markdown).toContain('`nhs_number`');
    expect(markdown).toContain('a refused or missing pupils.csv or care_periods.csv stops the whole set');
  });

  it('keeps every table row to the eight cells of its header', () => {
    const rows = markdown.split('\n').filter((l) => l.startsWith('| `'));
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|')).toHaveLength(10);
  });
});

describe('describe helpers', () => {
  it('describeCode() puts label and aliases in brackets', () => {
    expect(describeCode({ code: 'X' })).toBe('`X`');
    expect(describeCode({ code: 'A', aliases: ['B'] })).toBe('`A` (also B)');
  });

  it('describeRange() handles one-sided ranges', () => {
    expect(describeRange({ name: 'n', type: 'int', min: 1, description: '' })).toBe('≥ 1');
    expect(describeRange({ name: 'n', type: 'int', max: -2, description: '' })).toBe('≤ −2');
  });

  it('filterTables() keeps matching columns only, or whole tables by name', () => {
    const hits = filterTables('decom');
    expect(hits.map((t) => t.name)).toEqual(['care_periods']);
    expect(hits[0].columns.map((c) => c.name)).toEqual(['start_date']);
    expect(filterTables('pupils.csv').find((t) => t.name === 'pupils')?.columns).toHaveLength(6);
    expect(filterTables('  ')).toHaveLength(15);
  });
});

describe('contract sanity', () => {
  it('has 15 tables, of which pupils and care_periods are required', () => {
    expect(TABLES).toHaveLength(15);
    expect(TABLES.filter((t) => t.required).map((t) => t.name)).toEqual(['pupils', 'care_periods']);
  });

  it.each(TABLES.map((t) => [t.name, t] as const))('%s has a required column', (_, t) => {
    expect(t.columns.some((c) => c.required)).toBe(true);
  });

  it('every ref points at an existing primary-key column of another table', () => {
    for (const t of TABLES) {
      for (const c of t.columns.filter((col) => col.ref)) {
        const target = TABLE_BY_NAME.get(c.ref!.table);
        expect(target, `${t.name}.${c.name}`).toBeDefined();
        const col = target?.columns.find((x) => x.name === c.ref!.column);
        expect(col?.pk, `${t.name}.${c.name} → ${c.ref!.table}.${c.ref!.column}`).toBe(true);
      }
    }
  });

  it('primary-key columns are required', () => {
    for (const t of TABLES)
      for (const c of t.columns.filter((col) => col.pk)) expect(c.required, `${t.name}.${c.name}`).toBe(true);
  });

  it('names and aliases are normalised, unique within a table and not identifiers', () => {
    for (const t of TABLES) {
      const headers = t.columns.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
      expect(new Set(headers).size, t.name).toBe(headers.length);
      for (const h of headers) {
        expect(normaliseHeader(h), `${t.name}: ${h}`).toBe(h);
        expect(doorKind(h), `${t.name}: ${h}`).toBeNull();
      }
    }
  });

  it('codes are upper-case and no value maps to two codes within a column', () => {
    for (const t of TABLES) {
      for (const c of t.columns) {
        expect(c.type === 'enum', `${t.name}.${c.name} has codes iff enum`).toBe(c.codes !== undefined);
        const values = (c.codes ?? []).flatMap((k) => [k.code, ...(k.aliases ?? [])]);
        for (const v of values) expect(v, `${t.name}.${c.name}`).toBe(v.trim().toUpperCase());
        expect(new Set(values).size, `${t.name}.${c.name}`).toBe(values.length);
        if (c.emptyAs !== undefined) expect(c.codes?.map((k) => k.code)).toContain(c.emptyAs);
      }
    }
  });

  it('check columns exist in their table', () => {
    for (const t of TABLES) {
      const names = new Set(t.columns.map((c) => c.name));
      for (const ch of t.checks) {
        const cols = ch.kind === 'notBefore' ? [ch.column, ch.other] : [...ch.columns, ch.max, ch.column];
        for (const n of cols) expect(names.has(n), `${t.name}: ${n}`).toBe(true);
      }
    }
  });
});
