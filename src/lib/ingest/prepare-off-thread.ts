import type { Prepared } from './prepare';
import type { SetOptions } from './prepare-set';
import type { PrepareReply, PrepareRequest } from './prepare.worker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (p: Prepared[]) => void; reject: (e: Error) => void; progress?: (done: number) => void }>();

/** Tell the worker whether the load its last set was prepared for went in, so that its Header links later files. */
export function settleLinks(taken: boolean): void {
  const message: PrepareRequest = { settle: taken ? 'commit' : 'discard' };
  worker?.postMessage(message);
}

/** `prepareSet` in a module worker of our own; the bytes are handed over to it. */
export function prepareOffThread(files: { name: string; bytes: ArrayBuffer }[], options: SetOptions = {}, progress?: (done: number) => void): Promise<Prepared[]> {
  if (!worker) {
    worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<PrepareReply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      if ('done' in e.data) job.progress?.(e.data.done);
      else {
        job.resolve(e.data.results);
        pending.delete(e.data.id);
      }
    };
    // A worker that fails (out of memory on a huge file) must not leave the load waiting for ever.
    worker.onerror = (e) => {
      e.preventDefault();
      for (const job of pending.values()) job.reject(new Error(`the files could not be read (${e.message || 'the reading worker stopped'})`));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    const request: PrepareRequest = { id, files, options };
    worker!.postMessage(request, files.map((f) => f.bytes));
  });
}
