import { AREAS } from '../lib/measures/areas';

/** Every page, in the order of the navigation bar. */
export const VIEWS: readonly { id: string; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  ...AREAS.map((a) => ({ id: a.id, label: a.label })),
  { id: 'pupils', label: 'Pupils' },
  { id: 'publish', label: 'Publish' },
  { id: 'load', label: 'Load data' },
  { id: 'quality', label: 'Data quality' },
  { id: 'help', label: 'Help' },
];

/** Pages reached from another page, not from the navigation bar: a saved group's figures. */
export const SUB_VIEWS: readonly string[] = ['groups'];
