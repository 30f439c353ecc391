import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Db } from './types';
import { toRows } from './rows';

const require = createRequire(import.meta.url);

/** The compiled engine, instantiated once per process: instantiating costs about 1.5 s, a new database 50 ms. */
let engine: Promise<duckdb.DuckDBBindings> | undefined;
/** How many databases the engine has opened: a database handle is good only while it is the latest. */
let opened = 0;

/**
 * The same engine as the browser (duckdb-wasm), for the command line and tests: a fresh, empty database each call.
 * One engine serves the process, so opening a database closes the one opened before it, and the old handle then
 * refuses every call. The `eh` build is preferred where Node supports wasm exceptions: under `mvp` a DuckDB error
 * surfaces as "_setThrew is not defined" instead of its message.
 */
export async function openNodeDb(): Promise<Db> {
  const fresh = !engine;
  const db = await (engine ??= instantiate());
  if (!fresh) db.reset();
  const conn = db.connect();
  const mine = ++opened;
  const live = () => {
    if (mine !== opened) throw new Error('This database was closed when a newer one was opened in the same process.');
  };
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      live();
      if (params.length === 0) return toRows<T>(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return toRows<T>(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async prepare(sql: string) {
      live();
      const stmt = conn.prepare(sql);
      return {
        query: async <T>() => (live(), toRows<T>(stmt.query())),
        close: async () => stmt.close(),
      };
    },
    async exec(sql: string) {
      live();
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      live();
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      live();
      db.dropFile(name);
    },
  };
}

/** A fresh duckdb-wasm and a connection to it, whose results are Arrow tables. */
export async function nodeEngine() {
  const db = await instantiate();
  return { db, conn: db.connect() };
}

async function instantiate(): Promise<duckdb.DuckDBBindings> {
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
  return db;
}
