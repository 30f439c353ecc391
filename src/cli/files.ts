import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every tabular file (.csv, .tsv, .txt as Excel saves "Unicode text") and SSDA903 XML return of a directory, sorted by name. */
export function csvFilesIn(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((n) => /\.(csv|tsv|txt|xml)$/i.test(n) && statSync(join(dir, n)).isFile())
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}
