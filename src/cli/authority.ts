import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../lib/db/types';
import { loadLocalAuthorityFigures } from '../lib/neighbours/load';
import { closestAuthorities, findAuthority, type LocalAuthority } from '../lib/state/local-authorities';
import { UsageError } from './args';

const data = (file: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', file)));

/** `--authority`: a DfE code, 3-digit LA number or name (a name of two codes takes the current one); else a usage error naming the closest. */
export function resolveAuthority(text: string): LocalAuthority {
  const found = findAuthority(text);
  if (found) return found;
  const closest = closestAuthorities(text)
    .map((a) => `${a.name} (${a.code})`)
    .join(', ');
  throw new UsageError(`--authority: no local authority of that code or name; the closest are ${closest}`);
}

/** The DfE code of an authority named on the DfE list, with its figures loaded; null for another name (published as written). */
export async function listedAuthority(db: Db, name: string | undefined): Promise<string | null> {
  const listed = name ? findAuthority(name) : null;
  if (listed) await loadAuthorityFigures(db);
  return listed?.code ?? null;
}

/** Load DfE's local-authority figures and statistical neighbours from `data/`. */
export const loadAuthorityFigures = (db: Db): Promise<void> =>
  loadLocalAuthorityFigures(db, data('la-benchmarks.csv'), data('statistical-neighbours.csv'));
