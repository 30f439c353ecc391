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

  constructor(salt?: string) {
    this.salt = salt ?? [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
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
    return this.map.size > 0;
  }

  /** Replace the map with a Header's (UPN, child_id) pairs; returns how many UPNs two children hold (never keys). */
  setHeader(pairs: Iterable<[upn: string, childId: string]>): number {
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
    this.map = next;
    return shared;
  }

  /** The child of a UPN; null when it links to no one (unknown, shared, or not in the Header). */
  child(upn: string): string | null {
    if (!LinkMap.usable(upn)) return null;
    return this.map.get(this.key(upn)) ?? null;
  }
}

/** The session's one map: the Header of a load links the school files of that load and of later ones. */
export const sessionLinks = new LinkMap();
