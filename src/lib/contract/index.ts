export * from './types';
export * from './general';
export { TABLES, TABLE_BY_NAME, table } from './tables';
export * as codes from './codes';
