import { sessionLinks } from './link';
import type { Prepared } from './prepare';
import { prepareSet, type SetOptions } from './prepare-set';

export type PrepareRequest =
  { id: number; files: { name: string; bytes: ArrayBuffer }[]; options: SetOptions } | { settle: 'commit' | 'discard' };
export type PrepareReply =
  { id: number; done: number; index: number; result: Prepared } | { id: number; count: number };

/** The door, decoding and the line scan of big files run here, off the page's thread; the UPN link map lives here too. */
self.onmessage = (e: MessageEvent<PrepareRequest>) => {
  if ('settle' in e.data) {
    if (e.data.settle === 'commit') sessionLinks.commit();
    else sessionLinks.discard();
    return;
  }
  const { id, files, options } = e.data;
  const post = (reply: PrepareReply, transfer: ArrayBuffer[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer);
  const results = prepareSet(
    files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
    options,
    (done, index, result) =>
      post({ id, done, index, result }, result.ok ? [result.file.csv.buffer as ArrayBuffer] : []),
  );
  post({ id, count: results.length });
};
