import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The national figures for children in care, `data/national-benchmarks.csv`, as bytes for the pipeline. */
export const nationalFigures = async (): Promise<Uint8Array> =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'national-benchmarks.csv')));
