import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/ingest/sha256';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex, the hash used where the browser has no crypto.subtle (a copy served over http)', () => {
  it('gives the published digests of the empty string and of "abc"', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it("gives Node's digest at every length around a block's end, and of a view into a larger buffer", () => {
    const buffer = new Uint8Array(300).map((_, i) => (i * 131 + 7) % 256);
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 250]) {
      const bytes = buffer.subarray(3, 3 + n);
      expect(sha256Hex(bytes), `${n} bytes`).toBe(reference(bytes));
    }
  });
});
