import { codes, FALSE_VALUES, isContractId, TRUE_VALUES } from '../contract';
import type { Code } from '../contract';

/** A cohort filter: each key a list of accepted values, combined with AND. */
export type Filter = Partial<Record<FilterKey, string[]>>;

export type FilterKey =
  | 'sex'
  | 'ethnicity'
  | 'ethnicity_group'
  | 'sen_provision'
  | 'uasc'
  | 'placement_location'
  | 'nc_year'
  | 'key_stage'
  | 'school_ref'
  | 'school_in_la'
  | 'cla12m'
  | 'social_care_status'
  | 'child_id';

type Kind = 'pupil' | 'year' | 'register';

interface FilterDef {
  key: FilterKey;
  kind: Kind;
  /** accepted values, or a rule for free ones */
  values: readonly string[] | 'id' | 'bool';
  /** the children of a saved pupil group: never written to a URL, a report's `filters` echo or a published file */
  private?: true;
}

const list = (cs: readonly Code[]) => cs.map((c) => c.code);

export const FILTERS: readonly FilterDef[] = [
  { key: 'sex', kind: 'pupil', values: list(codes.SEX) },
  { key: 'ethnicity', kind: 'pupil', values: list(codes.ETHNICITY) },
  { key: 'ethnicity_group', kind: 'pupil', values: ['WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER', 'UNKNOWN'] },
  { key: 'sen_provision', kind: 'pupil', values: list(codes.SEN_PROVISION) },
  { key: 'uasc', kind: 'pupil', values: 'bool' },
  { key: 'placement_location', kind: 'year', values: list(codes.PLACEMENT_LOCATION) },
  { key: 'nc_year', kind: 'year', values: Array.from({ length: 18 }, (_, i) => String(i - 4)) },
  { key: 'key_stage', kind: 'year', values: ['EY', 'KS1', 'KS2', 'KS3', 'KS4', 'POST16'] },
  { key: 'school_ref', kind: 'year', values: 'id' },
  { key: 'school_in_la', kind: 'year', values: 'bool' },
  { key: 'cla12m', kind: 'year', values: 'bool' },
  { key: 'social_care_status', kind: 'register', values: list(codes.SOCIAL_CARE_STATUS) },
  { key: 'child_id', kind: 'pupil', values: 'id', private: true },
];

/** The filters a person sets, and that a URL or a report may name. */
export const PUBLIC_FILTERS: readonly FilterDef[] = FILTERS.filter((f) => !f.private);

/** A filter without its private part (the children of a pupil group), as a URL or a report's echo may show it. */
export function publicFilter(filter: Filter): Filter {
  return Object.fromEntries(Object.entries(filter).filter(([k]) => PUBLIC_FILTERS.some((f) => f.key === k))) as Filter;
}

/** The public filters that narrow pupils (not a register's social care status), as the Pupils view applies them. */
export function pupilPart(filter: Filter): Filter {
  return Object.fromEntries(
    Object.entries(filter).filter(([k]) => PUBLIC_FILTERS.some((f) => f.key === k && f.kind !== 'register')),
  ) as Filter;
}

const TRUE: readonly string[] = TRUE_VALUES;
const FALSE: readonly string[] = FALSE_VALUES;

export class FilterError extends Error {}

function describeValues(def: FilterDef): string {
  if (def.values === 'bool') return '1 or 0 (also true/false, Y/N)';
  if (def.values === 'id')
    return `${def.key === 'child_id' ? 'child ids' : 'school references'} (letters, digits, _ or -)`;
  return def.values.join(', ');
}

/** Check keys and values against the contract; booleans become `1`/`0`, codes upper-case. */
export function validateFilter(raw: Record<string, readonly string[]>): Filter {
  const out: Filter = {};
  for (const [key, values] of Object.entries(raw)) {
    const def = FILTERS.find((f) => f.key === key);
    if (!def) throw new FilterError(`unknown filter "${key}": use one of ${FILTERS.map((f) => f.key).join(', ')}`);
    if (values.length === 0) throw new FilterError(`filter ${key} needs at least one value: ${describeValues(def)}`);
    out[def.key] = values.map((v) => {
      const t = v.trim();
      if (def.values === 'bool') {
        if (TRUE.includes(t.toUpperCase())) return '1';
        if (FALSE.includes(t.toUpperCase())) return '0';
      } else if (def.values === 'id') {
        if (isContractId(t)) return t;
      } else if (def.values.includes(t.toUpperCase())) {
        return t.toUpperCase();
      }
      throw new FilterError(`filter ${key} has no value "${v}": use ${describeValues(def)}`);
    });
  }
  return out;
}

export interface BoundSql {
  sql: string;
  params: unknown[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * A value of a code-list filter as SQL: the contract's own constant, looked up (never the text given), so that
 * a query without a school_ref filter has no parameters and DuckDB plans it once instead of twice.
 */
function constant(def: FilterDef, value: string): string {
  if (def.values === 'bool') {
    if (value === '1' || value === '0') return value === '1' ? 'true' : 'false';
  } else if (def.values !== 'id') {
    const code = def.values.find((c) => c === value);
    if (code !== undefined && /^-?[A-Z0-9_]+$/.test(code))
      return def.key === 'nc_year' ? String(Number(code)) : `'${code}'`;
  }
  throw new FilterError(`filter ${def.key} has no value "${value}"`);
}

const constants = (def: FilterDef, values: readonly string[]) => values.map((v) => constant(def, v)).join(', ');

/**
 * WHERE conditions on `pupil_years` (alias `py`) for the pupil and year filters. School references (text from
 * a file) are bound as parameters; every other value is one of the contract's constants.
 * `social_care_status` does not apply to pupils.
 */
export function pupilFilterSql(filter: Filter, only: Kind[] = ['pupil', 'year']): BoundSql {
  const conds: string[] = [];
  const params: unknown[] = [];
  for (const def of FILTERS) {
    const values = filter[def.key];
    if (!values || !only.includes(def.kind)) continue;
    switch (def.key) {
      case 'cla12m':
        conds.push(`py.in_cla12m IN (${constants(def, values)})`);
        break;
      case 'school_ref':
        conds.push(
          `EXISTS (SELECT 1 FROM school_enrolments e WHERE e.child_id = py.child_id AND e.academic_year = py.period AND e.school_ref IN (${placeholders(values.length)}))`,
        );
        params.push(...values);
        break;
      case 'child_id':
        // one parameter however many children a group holds: ids have no comma (validateFilter)
        conds.push(`py.child_id IN (SELECT unnest(string_split(?, ',')))`);
        params.push(values.join(','));
        break;
      case 'school_in_la':
        conds.push(
          `EXISTS (SELECT 1 FROM school_enrolments e WHERE e.child_id = py.child_id AND e.academic_year = py.period AND e.school_in_la IN (${constants(def, values)}))`,
        );
        break;
      default:
        conds.push(`py.${def.key} IN (${constants(def, values)})`);
    }
  }
  return { sql: conds.length ? conds.join(' AND ') : 'true', params };
}

/** The `social_care_status` filter on a register base (alias `r`). */
export function registerFilterSql(filter: Filter): BoundSql {
  const values = filter.social_care_status;
  if (!values) return { sql: 'true', params: [] };
  return {
    sql: `r.social_care_status IN (${constants(
      FILTERS.find((f) => f.key === 'social_care_status')!,
      values,
    )})`,
    params: [],
  };
}
