import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .csv file of a directory, sorted by name. */
export function csvFilesIn(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.csv') && statSync(join(dir, n)).isFile())
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}
