import { UPN_UNKNOWN_CODES } from '../contract';
import { sha256Hex } from './sha256';

const encoder = new TextEncoder();
const UNKNOWN = new Set(UPN_UNKNOWN_CODES);

/**
 * UPN → child_id of the SSDA903 Header, for school files keyed by UPN. It lives only in this page's (or process's)
 * memory, keyed by a hash salted with a key made for the session, and is never written to DuckDB, storage or a file.
 */
export class LinkMap {
  private readonly salt: string;
  /** hash of a UPN → its child, or null when two Header children hold it */
  private map = new Map<string, string | null>();
  /** the map of a Header in a load not yet taken: it links that load's files, and replaces `map` once the load is in */
  private pending: Map<string, string | null> | null = null;

  constructor(salt?: string) {
    this.salt =
      salt ?? [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  private key(upn: string): string {
    return sha256Hex(encoder.encode(`${this.salt}:${upn.trim().toUpperCase()}`));
  }

  /** Whether a UPN can ever be a link key: not empty, not one of the 903's "UPN not known" codes. */
  static usable(upn: string): boolean {
    const v = upn.trim().toUpperCase();
    return v !== '' && !UNKNOWN.has(v);
  }

  get loaded(): boolean {
    return (this.pending ?? this.map).size > 0;
  }

  /** The Header of the load under way, as its (UPN, child_id) pairs; returns how many UPNs two children hold (never keys). */
  stage(pairs: Iterable<[upn: string, childId: string]>): number {
    const next = new Map<string, string | null>();
    let shared = 0;
    for (const [upn, child] of pairs) {
      if (!LinkMap.usable(upn)) continue;
      const k = this.key(upn);
      const seen = next.get(k);
      if (seen === undefined) next.set(k, child);
      else if (seen !== null && seen !== child) {
        next.set(k, null);
        shared++;
      }
    }
    this.pending = next;
    return shared;
  }

  /** The load went in: its Header's map links later files. */
  commit(): void {
    if (this.pending) this.map = this.pending;
    this.pending = null;
  }

  /** The load was not taken: later files link through the Header loaded before. */
  discard(): void {
    this.pending = null;
  }

  /** The child of a UPN; null when it links to no one (unknown, shared, or not in the Header). */
  child(upn: string): string | null {
    if (!LinkMap.usable(upn)) return null;
    return (this.pending ?? this.map).get(this.key(upn)) ?? null;
  }
}

/** The session's one map: the Header of a load links the school files of that load and of later ones. */
export const sessionLinks = new LinkMap();
