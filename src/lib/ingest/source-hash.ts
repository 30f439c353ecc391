import { sha256Hex } from './sha256';

/**
 * The SHA-256 of a source file's bytes, as 64 hex digits: what a snapshot records of where its figures came from.
 * crypto.subtle exists only on https and localhost: an intranet copy served over http hashes in JS.
 */
export async function sourceHash(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) return sha256Hex(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
