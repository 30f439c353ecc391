import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Db } from './types';
import { toRows } from './rows';

const require = createRequire(import.meta.url);

/**
 * The same engine as the browser (duckdb-wasm), for the command line and tests. The `eh` build is
 * preferred where Node supports wasm exceptions: under `mvp` a DuckDB error surfaces as
 * "_setThrew is not defined" instead of its message.
 */
export async function openNodeDb(): Promise<Db> {
  const { db, conn } = await nodeEngine();
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      if (params.length === 0) return toRows<T>(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return toRows<T>(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async prepare(sql: string) {
      const stmt = conn.prepare(sql);
      return {
        query: async <T>() => toRows<T>(stmt.query()),
        close: async () => stmt.close(),
      };
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
  };
}

/** A fresh duckdb-wasm and a connection to it, whose results are Arrow tables. */
export async function nodeEngine() {
  const bundles = {
    mvp: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  return { db, conn: db.connect() };
}
