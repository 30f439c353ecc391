import type { Prepared } from './prepare';
import type { SetOptions } from './prepare-set';
import type { PrepareReply, PrepareRequest } from './prepare.worker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (p: Prepared[]) => void; progress?: (done: number) => void }>();

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
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, { resolve, progress });
    const request: PrepareRequest = { id, files, options };
    worker!.postMessage(request, files.map((f) => f.bytes));
  });
}
