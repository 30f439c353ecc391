import { categoryColour, ragColour, type Rag } from '../../lib/charts/palette';
import { naturalOrder } from '../../lib/contract/labels';

/** PEP quality ratings on the rating scale's hues; any other value is grey, as not rated. */
const QA_HUES: Readonly<Record<string, Rag>> = { GOLD: 'gold', GREEN: 'green', AMBER: 'amber', RED: 'red' };

/** A breakdown group's colour, the same in every chart: ratings in RAG-like hues, any other by its place in its dimension's natural order, else by its key. */
export function groupColour(dimension: string, key: string): string {
  if (dimension === 'qa_rating') return ragColour(QA_HUES[key] ?? 'grey');
  return categoryColour(key, naturalOrder(dimension));
}
