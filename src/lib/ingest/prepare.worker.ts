import { prepare } from './prepare';

/** Decoding, the identifier guard and the line scan of big files run here, off the page's thread. */
self.onmessage = (e: MessageEvent<{ id: number; name: string; bytes: ArrayBuffer }>) => {
  const { id, name, bytes } = e.data;
  const result = prepare(name, new Uint8Array(bytes));
  const transfer = result.ok ? [result.file.csv.buffer as ArrayBuffer] : [];
  (self as unknown as Worker).postMessage({ id, result }, transfer);
};
