/** One DuckDB, whether it runs in a browser worker or in Node: the only surface the app uses. */
export interface Db {
  /** Rows as plain objects. Parameters bind to `?` placeholders; text from files or users is never spliced into SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Plan a query once to run it many times (without parameters: DuckDB plans a query with parameters again on each run). */
  prepare(sql: string): Promise<Prepared>;
  /** Run statements whose results are not needed. */
  exec(sql: string): Promise<void>;
  /** Make bytes readable by `read_csv('name')`. The buffer is handed over: do not use it afterwards. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}

export interface Prepared {
  query<T = Record<string, unknown>>(): Promise<T[]>;
  close(): Promise<void>;
}
