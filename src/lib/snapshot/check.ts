import type { Snapshot } from './document';

/** A snapshot file that does not follow `vsd-snapshot/1`: the message names the field and what was expected. */
export class SnapshotError extends Error {}

/** Parse and check a snapshot file's text; a file that does not follow the schema is refused whole. */
export function checkSnapshot(text: string): Snapshot {
  const doc = JSON.parse(text) as Snapshot;
  if (doc?.schema !== 'vsd-snapshot/1') throw new SnapshotError('schema: expected "vsd-snapshot/1"');
  return doc;
}
