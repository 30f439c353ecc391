import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, type Prepared } from '../../src/lib/ingest/prepare';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixture(path: string): Prepared {
  return prepare(path.split('/').pop()!, new Uint8Array(readFileSync(join(FIXTURES, path))));
}

export function fixtureDir(dir: string): Prepared[] {
  return readdirSync(join(FIXTURES, dir)).sort().map((f) => fixture(`${dir}/${f}`));
}

export function text(name: string, content: string): Prepared {
  return prepare(name, new TextEncoder().encode(content));
}
