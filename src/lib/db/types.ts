/** One DuckDB, whether it runs in a browser worker or in Node: the only surface the app uses. */
export interface Db {
  /** Rows as plain objects. Parameters bind to `?` placeholders; text from files or users is never spliced into SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run statements whose results are not needed. */
  exec(sql: string): Promise<void>;
  /** Make bytes readable by `read_csv('name')`. The buffer is handed over: do not use it afterwards. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}
