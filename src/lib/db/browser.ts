import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Db } from './types';
import { toRows } from './rows';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Start DuckDB-wasm in a worker, from our own origin (single-threaded bundles only). */
export async function openBrowserDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  const conn = await db.connect();
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      if (params.length === 0) return toRows<T>(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return toRows<T>(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async prepare(sql: string) {
      const stmt = await conn.prepare(sql);
      return {
        query: async <T>() => toRows<T>(await stmt.query()),
        close: () => stmt.close(),
      };
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
  };
}
