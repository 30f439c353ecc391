import { knownExport, normaliseHeader } from '../contract';
import type { ColumnMap } from './column-map';
import { doorKind } from './door';
import { sessionLinks, type LinkMap } from './link';
import { decode } from './decode';
import { prepare, type Prepared, type PrepareOptions } from './prepare';
import { refusedFile } from './report';
import { detectDelimiter, firstRecord } from './scan';
import { isSsda903Xml, readSsda903Xml } from './ssda903-xml';

export interface SetOptions {
  map?: ColumnMap;
  /** constants per file name (a year the user picked) */
  constants?: Record<string, Record<string, string>>;
  year?: number;
  preview?: boolean;
  links?: LinkMap;
}

/** Whether a file's header is an SSDA903 Header (or another pupils file with UPNs), read from its first bytes. */
export function holdsUpnsOfChildren(bytes: Uint8Array): boolean {
  const text = decode(bytes.subarray(0, 4096))?.text.replace(/^\uFEFF/, '') ?? '';
  const headers = firstRecord(text, detectDelimiter(text)).fields.map(normaliseHeader);
  if (knownExport(headers)?.id === 'ssda903_header') return true;
  return (
    headers.some((h) => doorKind(h) === 'upn') &&
    headers.some((h) => h === 'child_id' || h === 'child') &&
    headers.some((h) => doorKind(h) === 'dob' || h === 'birth_year_month')
  );
}

type Source = { name: string; bytes: Uint8Array; from?: string } | { refused: Prepared };

/** An XML return becomes its CSV files, named after it (`return.xml: Header`); other files stay as they are. */
function expand(f: { name: string; bytes: Uint8Array }): Source[] {
  if (!/\.xml$/i.test(f.name)) return [f];
  const text = decode(f.bytes)?.text.replace(/^\uFEFF/, '') ?? '';
  if (!isSsda903Xml(text))
    return [
      {
        refused: {
          ok: false,
          report: refusedFile(
            f.name,
            f.bytes.byteLength,
            'Not an SSDA903 XML return (its root element is not EXPSSDA903): load the return, or its CSV files.',
          ),
        },
      },
    ];
  const read = readSsda903Xml(text);
  if ('problem' in read)
    return [{ refused: { ok: false, report: refusedFile(f.name, f.bytes.byteLength, read.problem) } }];
  const encoder = new TextEncoder();
  return read.files.map((t) => ({ name: `${f.name}: ${t.name}`, bytes: encoder.encode(t.text), from: f.name }));
}

/**
 * Prepare the files of one load, in the order given, except that Headers go first: a school file keyed by UPN links
 * through the Header of the same load, whatever the order the files were dropped in. An SSDA903 XML return is read as
 * the CSV files it holds.
 */
export function prepareSet(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: SetOptions = {},
  onFile?: (done: number, index: number, prepared: Prepared) => void,
): Prepared[] {
  if (!options.preview) (options.links ?? sessionLinks).discard();
  const sources = files.flatMap(expand);
  const headerFirst = (s: Source) => Number(!('refused' in s) && holdsUpnsOfChildren(s.bytes));
  const order = [...sources.keys()].sort((a, b) => headerFirst(sources[b]) - headerFirst(sources[a]));
  const out: Prepared[] = new Array(sources.length);
  order.forEach((i, done) => {
    const s = sources[i];
    if ('refused' in s) out[i] = s.refused;
    else {
      out[i] = prepare(s.name, s.bytes, {
        map: options.map,
        year: options.year,
        constants: options.constants?.[s.name],
        preview: options.preview,
        links: options.links,
      });
      if (s.from) {
        const notice = `Read from the XML return ${s.from}: line N is its record N − 1 of this kind.`;
        (out[i].ok ? out[i].file.notices : out[i].report.notices).unshift(notice);
      }
    }
    onFile?.(Math.min(done + 1, files.length), i, out[i]);
  });
  return out;
}
