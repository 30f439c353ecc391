import { identifierIn } from '../ingest/guard';
import { authorityNamed } from './local-authorities';

const KEY = 'vsd-authority';

/** A local authority: the name as published, and its DfE la_code when it was picked from the list. */
export interface AuthoritySetting {
  name: string;
  code?: string;
}

/** The virtual school's own local authority, one setting of the app remembered in this browser: snapshots and comparisons with neighbours use it. */
export class RememberedAuthority {
  value = $state.raw<AuthoritySetting | null>(null);

  constructor(private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
    const saved = this.storage?.getItem(KEY);
    if (!saved) return;
    try {
      const v = JSON.parse(saved) as unknown;
      if (!isSetting(v)) throw new TypeError('not an authority');
      this.value = v;
    } catch {
      this.storage?.removeItem(KEY);
    }
  }

  /** Remember the authority of this name, with its code when the name is on the DfE list; a blank name forgets it, one holding a UPN or postcode is not kept. */
  remember(name: string): void {
    const trimmed = name.trim();
    if (identifierIn(trimmed)) return;
    if (!trimmed) {
      this.value = null;
      this.storage?.removeItem(KEY);
      return;
    }
    const listed = authorityNamed(trimmed);
    this.value = listed ? { name: listed.name, code: listed.code } : { name: trimmed };
    this.storage?.setItem(KEY, JSON.stringify(this.value));
  }
}

function isSetting(v: unknown): v is AuthoritySetting {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.name === 'string' && o.name.trim() !== '' && (o.code === undefined || typeof o.code === 'string');
}
