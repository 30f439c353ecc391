import type { Db } from './types';

/** One instance, started on first use (or early, in the background), never twice. */
export function lazyDb(open: () => Promise<Db>): () => Promise<Db> {
  let pending: Promise<Db> | undefined;
  return () => {
    if (!pending) {
      pending = open();
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
}
