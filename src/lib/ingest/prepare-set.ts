import { knownExport, normaliseHeader } from '../contract';
import type { ColumnMap } from './column-map';
import { doorKind } from './door';
import type { LinkMap } from './link';
import { prepare, type Prepared, type PrepareOptions } from './prepare';

export interface SetOptions {
  map?: ColumnMap;
  /** constants per file name (a year the user picked) */
  constants?: Record<string, Record<string, string>>;
  year?: number;
  preview?: boolean;
  links?: LinkMap;
}

/** Whether a file's first line is an SSDA903 Header (or another pupils file with UPNs), from its first bytes. */
export function holdsUpnsOfChildren(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  const text = new TextDecoder(utf16 ?? 'utf-8').decode(head);
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const headers = first.split(/[,;\t]/).map((h) => normaliseHeader(h.replace(/"/g, '')));
  if (knownExport(headers)?.id === 'ssda903_header') return true;
  return headers.some((h) => doorKind(h) === 'upn') && headers.some((h) => h === 'child_id' || h === 'child') && headers.some((h) => doorKind(h) === 'dob' || h === 'birth_year_month');
}

/**
 * Prepare the files of one load, in the order given, except that Headers go first: a school file keyed by UPN links
 * through the Header of the same load, whatever the order the files were dropped in.
 */
export function prepareSet(files: readonly { name: string; bytes: Uint8Array }[], options: SetOptions = {}, onFile?: (done: number) => void): Prepared[] {
  const order = [...files.keys()].sort((a, b) => Number(holdsUpnsOfChildren(files[b].bytes)) - Number(holdsUpnsOfChildren(files[a].bytes)));
  const out: Prepared[] = new Array(files.length);
  order.forEach((i, done) => {
    const f = files[i];
    const fileOptions: PrepareOptions = { map: options.map, year: options.year, constants: options.constants?.[f.name], preview: options.preview, links: options.links };
    out[i] = prepare(f.name, f.bytes, fileOptions);
    onFile?.(done + 1);
  });
  return out;
}
