import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { prepare, type Prepared } from '../../src/lib/ingest/prepare';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixture(path: string): Prepared {
  return prepare(path.split('/').pop()!, new Uint8Array(readFileSync(join(FIXTURES, path))));
}

export function fixtureDir(dir: string): Prepared[] {
  return readdirSync(join(FIXTURES, dir))
    .sort()
    .map((f) => fixture(`${dir}/${f}`));
}

export function text(name: string, content: string): Prepared {
  return prepare(name, new TextEncoder().encode(content));
}

/** The message `run` refuses with, checking that it is an `Err`; fails the test when nothing is refused. */
export function refusalOf(run: () => unknown, Err: new (message: string) => Error): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(Err);
    return (e as Error).message;
  }
  throw new Error('the file was accepted');
}
