import type { Prepared } from './prepare';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (p: Prepared) => void>();

/** `prepare` in a module worker of our own; the bytes are handed over to it. */
export function prepareOffThread(name: string, bytes: ArrayBuffer): Promise<Prepared> {
  if (!worker) {
    worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; result: Prepared }>) => {
      pending.get(e.data.id)?.(e.data.result);
      pending.delete(e.data.id);
    };
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, name, bytes }, [bytes]);
  });
}
