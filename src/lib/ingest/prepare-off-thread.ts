import type { Prepared } from './prepare';
import type { SetOptions } from './prepare-set';
import type { PrepareReply, PrepareRequest } from './prepare.worker';

/** The files of one set as the worker prepares them, in the order given; each may be taken as soon as it is ready. */
export class PreparedStream implements AsyncIterable<Prepared> {
  private results = new Map<number, Prepared>();
  private count: number | null = null;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly progress?: (done: number) => void,
    private readonly digested?: (digests: Record<string, string>) => void,
  ) {}

  take(done: number, index: number, result: Prepared): void {
    this.results.set(index, result);
    this.progress?.(done);
    this.notify();
  }

  end(count: number, digests: Record<string, string>): void {
    this.digested?.(digests);
    this.count = count;
    this.notify();
  }

  fail(e: Error): void {
    this.failure = e;
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Prepared> {
    for (let i = 0; ; i++) {
      while (!this.results.has(i) && (this.count === null || i < this.count) && !this.failure)
        await new Promise<void>((r) => (this.wake = r));
      if (this.failure) throw this.failure;
      if (!this.results.has(i)) return;
      const result = this.results.get(i)!;
      this.results.delete(i);
      yield result;
    }
  }

  async all(): Promise<Prepared[]> {
    const out: Prepared[] = [];
    for await (const p of this) out.push(p);
    return out;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, PreparedStream>();

/** Tell the worker whether the load its last set was prepared for went in, so that its Header links later files. */
export function settleLinks(taken: boolean): void {
  const message: PrepareRequest = { settle: taken ? 'commit' : 'discard' };
  worker?.postMessage(message);
}

/**
 * `prepareSet` in a module worker of our own; the bytes are handed over to it, and each file's come back as it is done.
 * `digested` has the SHA-256 of each file sent, by name, before the stream ends.
 */
export function prepareOffThread(
  files: { name: string; bytes: ArrayBuffer }[],
  options: SetOptions = {},
  progress?: (done: number) => void,
  digested?: (digests: Record<string, string>) => void,
): PreparedStream {
  if (!worker) {
    worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<PrepareReply>) => {
      const stream = pending.get(e.data.id);
      if (!stream) return;
      if ('count' in e.data) {
        stream.end(e.data.count, e.data.digests);
        pending.delete(e.data.id);
      } else stream.take(e.data.done, e.data.index, e.data.result);
    };
    // A worker that fails (out of memory on a huge file) must not leave the load waiting for ever.
    worker.onerror = (e) => {
      e.preventDefault();
      for (const stream of pending.values())
        stream.fail(new Error(`the files could not be read (${e.message || 'the reading worker stopped'})`));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  const id = ++nextId;
  const stream = new PreparedStream(progress, digested);
  pending.set(id, stream);
  const request: PrepareRequest = { id, files, options };
  worker.postMessage(
    request,
    files.map((f) => f.bytes),
  );
  return stream;
}
