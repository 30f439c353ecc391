import { sourceHash } from './source-hash';
import { sessionLinks } from './link';
import type { Prepared } from './prepare';
import { prepareSet, type SetOptions } from './prepare-set';

export type PrepareRequest =
  { id: number; files: { name: string; bytes: ArrayBuffer }[]; options: SetOptions } | { settle: 'commit' | 'discard' };
export type PrepareReply =
  | { id: number; done: number; index: number; result: Prepared }
  /** the set's end: how many files it gave, and the SHA-256 of each file sent, by name */
  | { id: number; count: number; digests: Record<string, string> };

/** The door, decoding and the line scan of big files run here, off the page's thread; the UPN link map lives here too. */
self.onmessage = (e: MessageEvent<PrepareRequest>) => {
  if ('settle' in e.data) {
    if (e.data.settle === 'commit') sessionLinks.commit();
    else sessionLinks.discard();
    return;
  }
  const { id, files, options } = e.data;
  // Hashed here, not on the page's thread, which a digest of a 90 MB file holds for a third of a second. The digest
  // copies the bytes as it starts, before they are handed back.
  const digests = Promise.all(files.map((f) => sourceHash(f.bytes)));
  const post = (reply: PrepareReply, transfer: ArrayBuffer[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer);
  const results = prepareSet(
    files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
    options,
    (done, index, result) =>
      post({ id, done, index, result }, result.ok ? [result.file.csv.buffer as ArrayBuffer] : []),
  );
  void digests.then((d) =>
    post({ id, count: results.length, digests: Object.fromEntries(files.map((f, i) => [f.name, d[i]])) }),
  );
};
