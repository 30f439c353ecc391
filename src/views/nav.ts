import { AREAS } from '../lib/measures/areas';

export interface NavLink {
  id: string;
  label: string;
}

/** The pages a user reads, in the order of the navigation bar. */
export const READING: readonly NavLink[] = [
  { id: 'overview', label: 'Overview' },
  ...AREAS.map((a) => ({ id: a.id, label: a.label })),
  { id: 'pupils', label: 'Pupils' },
  { id: 'publish', label: 'Publish' },
];

/** The pages that look after the data and explain it: a group of their own. */
export const HOUSEKEEPING: readonly NavLink[] = [
  { id: 'load', label: 'Load data' },
  { id: 'quality', label: 'Data quality' },
  { id: 'help', label: 'Help' },
];

/** Every page of the navigation. */
export const VIEWS: readonly NavLink[] = [...READING, ...HOUSEKEEPING];

/** Pages reached from another page, not from the navigation bar: a saved group's figures. */
export const SUB_VIEWS: readonly string[] = ['groups'];
