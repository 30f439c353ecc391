import { linkedNotice, type FileReport, type RowError } from './report';
import { birthMonth } from './door';
import { findIdentifiers } from './guard';
import type { HeaderMap } from './identify';
import type { LinkMap } from './link';
import { scanCsv } from './scan';

export interface Written {
  columns: string[];
  csv: Uint8Array;
  rowsRead: number;
  errors: RowError[];
  warnings: RowError[];
  notices: string[];
  linked?: FileReport['linked'];
}

const REMOVED = '[removed]';
const n = (v: number) => v.toLocaleString('en-GB');

function csvCell(v: string): string {
  const t = v.trim();
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function untrimmed(fields: readonly string[]): boolean {
  for (const f of fields) if (f.length > 0 && (f.charCodeAt(0) <= 32 || f.charCodeAt(f.length - 1) <= 32)) return true;
  return false;
}

/** What goes into each output column: a file position, the birth month of the DOB, or the child linked by UPN. */
type Source = { kind: 'file'; at: number } | { kind: 'birth_month' } | { kind: 'linked' };

function sources(map: HeaderMap): { columns: string[]; from: Source[] } {
  const columns: string[] = [];
  const from: Source[] = [];
  const linking = map.upn !== null || map.formerUpn !== null;
  for (const c of map.table.columns) {
    const at = map.positions.get(c.name);
    if (at !== undefined) from.push({ kind: 'file', at });
    else if (c.name === 'birth_year_month' && map.dob !== null) from.push({ kind: 'birth_month' });
    else if (c.name === 'child_id' && linking) from.push({ kind: 'linked' });
    else continue;
    columns.push(c.name);
  }
  return { columns, from };
}

/**
 * The rows of a file as DuckDB will read them: `__line` then the contract columns, through the door. A date of birth
 * becomes its month; a UPN becomes the Header's child_id (rows of no Header child are discarded); a Header's UPNs
 * feed the link map; then every value read is searched for identifiers: in free text replaced, elsewhere a refusal.
 */
export function writeRows(
  text: string,
  delimiter: string,
  headers: readonly string[],
  headerLine: number,
  map: HeaderMap,
  links: LinkMap,
  headerUpn: number | null,
): Written | { refusal: string } {
  const { columns, from } = sources(map);
  const out: string[] = ['__line,' + columns.join(',')];
  const errors: RowError[] = [];
  let rowsRead = 0;
  let discarded = 0;
  const linkedChildren = new Set<string>();
  const childAt = map.positions.get('child_id');
  const pairs: [string, string][] = [];
  const verbatim =
    delimiter === ',' && from.length === headers.length && from.every((s, i) => s.kind === 'file' && s.at === i);
  scanCsv(text, delimiter, (line, fields, problem, start, end) => {
    if (line <= headerLine) return;
    rowsRead++;
    if (!fields) {
      errors.push({ line, column: null, value: null, reason: problem ?? 'cannot be read' });
      return;
    }
    if (fields.length > headers.length) {
      // the extra value may be a shifted DOB or name: never quoted
      errors.push({
        line,
        column: `column ${headers.length + 1}`,
        value: null,
        reason: `${fields.length} values but the header has ${headers.length}: remove the extra values or quote values that contain "${delimiter === '\t' ? '\\t' : delimiter}"`,
      });
      return;
    }
    // every Header row with a UPN links, even one rejected below: its school rows are then orphans, counted, not lost
    if (headerUpn !== null && childAt !== undefined)
      pairs.push([fields[headerUpn] ?? '', (fields[childAt] ?? '').trim()]);
    if (verbatim && !untrimmed(fields)) {
      out.push(line + ',' + text.slice(start, end) + ','.repeat(headers.length - fields.length));
      return;
    }
    let row = String(line);
    for (const s of from) {
      if (s.kind === 'file') row += ',' + csvCell(fields[s.at] ?? '');
      else if (s.kind === 'birth_month') {
        const dob = (fields[map.dob!] ?? '').trim();
        const month = dob === '' ? null : birthMonth(dob);
        if (month === null) {
          errors.push({
            line,
            column: headers[map.dob!],
            value: null,
            reason:
              dob === ''
                ? 'missing: the date of birth gives the birth month'
                : 'not a date of birth: use DD/MM/YYYY or YYYY-MM-DD',
          });
          return;
        }
        row += ',' + month;
      } else {
        const child =
          links.child(fields[map.upn ?? -1] ?? '') ??
          (map.formerUpn !== null ? links.child(fields[map.formerUpn] ?? '') : null);
        if (child === null) {
          discarded++;
          return;
        }
        linkedChildren.add(child);
        row += ',' + csvCell(child);
      }
    }
    out.push(row);
  });

  const notices: string[] = [];
  if (headerUpn !== null) {
    const shared = links.stage(pairs);
    if (shared > 0)
      notices.push(
        `${n(shared)} UPN${shared === 1 ? ' is' : 's are'} held by two children here: never used to link school files.`,
      );
  }
  const linking = map.upn !== null || map.formerUpn !== null;
  if (linking && discarded > 0 && out.length === 1) {
    return {
      refusal: `None of its ${n(discarded)} rows has the UPN of a child in the SSDA903 Header loaded: check that the Header and this extract are of the same authority and year, and load the Header first.`,
    };
  }
  const guarded = guard(out, columns, map, headers);
  if ('refusal' in guarded) return guarded;
  if (linking) {
    notices.push(linkedNotice({ children: linkedChildren.size, not_looked_after: discarded }));
  }
  return {
    columns,
    csv: new TextEncoder().encode(guarded.text + '\n'),
    rowsRead,
    errors,
    warnings: guarded.warnings,
    notices,
    ...(linking
      ? { linked: { children: linkedChildren.size, rows: out.length - 1, not_looked_after: discarded } }
      : {}),
  };
}

/** Identifiers in the values read: replaced in free text (a warning each), anywhere else the file is refused. */
function guard(
  out: string[],
  columns: readonly string[],
  map: HeaderMap,
  headers: readonly string[],
): { text: string; warnings: RowError[] } | { refusal: string } {
  let text = out.join('\n');
  const hits = findIdentifiers(out, text);
  if (hits.length === 0) return { text, warnings: [] };
  const warnings: RowError[] = [];
  const lineOf = (row: number) => Number(out[row].slice(0, out[row].indexOf(',')));
  for (const h of hits) {
    const name = columns[h.field - 1];
    if (name === undefined) continue;
    const col = map.table.columns.find((c) => c.name === name)!;
    if (!col.freeText) {
      const at = map.positions.get(name);
      const header = at !== undefined ? headers[at] : name;
      return {
        refusal: `Line ${lineOf(h.row)}, column "${header}" holds what looks like ${h.kind}. An identifier has no place in this column: the export is wrong. Export it again with the local authority's own ids.`,
      };
    }
  }
  for (const h of [...hits].reverse()) {
    const name = columns[h.field - 1];
    if (name === undefined) continue;
    out[h.row] = out[h.row].slice(0, h.start) + REMOVED + out[h.row].slice(h.end);
    warnings.push({
      line: lineOf(h.row),
      column: name,
      value: null,
      reason: `held what looks like ${h.kind}: replaced by ${REMOVED}`,
    });
  }
  text = out.join('\n');
  return { text, warnings: warnings.reverse() };
}
