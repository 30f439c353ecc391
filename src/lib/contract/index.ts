export * from './types';
export * from './general';
export { TABLES, TABLE_BY_NAME, storedColumns, table } from './tables';
export { KNOWN_EXPORTS, knownExport, SSDA903_EPISODE_COLUMNS, type KnownExport } from './exports';
export * as codes from './codes';
export { codeLabel, dimensionLabel, groupLabel, orderGroups, rawCodes, DIMENSION_LABELS } from './labels';
