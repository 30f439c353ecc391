import laUrl from '../../../data/la-benchmarks.csv?url';
import neighboursUrl from '../../../data/statistical-neighbours.csv?url';
import type { Db } from '../db/types';
import { loadLocalAuthorityFigures, localAuthorityFiguresLoaded } from '../neighbours/load';

/**
 * DfE's local-authority figures for the browser: fetched from our own origin once an authority is chosen (6 MB,
 * never on the first view's path), kept as bytes, and loaded into a database that lacks them.
 */
export class LocalAuthorityFigures {
  private bytes: Promise<[ArrayBuffer, ArrayBuffer]> | null = null;
  /** one load at a time into each database: two would register the same file and table */
  private loading = new WeakMap<Db, Promise<void>>();

  load(db: Db): Promise<void> {
    let loaded = this.loading.get(db);
    if (!loaded) {
      loaded = this.loadInto(db);
      const made = loaded;
      made.catch(() => {
        if (this.loading.get(db) === made) this.loading.delete(db);
      });
      this.loading.set(db, loaded);
    }
    return loaded;
  }

  private async loadInto(db: Db): Promise<void> {
    if (await localAuthorityFiguresLoaded(db)) return;
    this.bytes ??= Promise.all([fetched(laUrl), fetched(neighboursUrl)]);
    this.bytes.catch(() => (this.bytes = null));
    const [la, neighbours] = await this.bytes;
    // registerFile hands the buffer over: give it copies, to load again into a newer database
    await loadLocalAuthorityFigures(db, new Uint8Array(la.slice(0)), new Uint8Array(neighbours.slice(0)));
  }
}

async function fetched(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`DfE's local-authority figures could not be fetched (${res.status}): reload the page.`);
  return res.arrayBuffer();
}
