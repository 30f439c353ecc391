import { monthWords } from './dates';
import type { LaneId, Timeline } from './timeline';

const COUNTED: Record<LaneId, [string, string]> = {
  care: ['period of care', 'periods of care'],
  school: ['school', 'schools'],
  pep: ['PEP', 'PEPs'],
  attendance: ['term of attendance', 'terms of attendance'],
  exclusions: ['suspension or exclusion', 'suspensions and exclusions'],
  ks4: ['set of KS4 results', 'sets of KS4 results'],
  cme: ['episode missing education', 'episodes missing education'],
  ehe: ['episode of home education', 'episodes of home education'],
  post16: ['post-16 destination', 'post-16 destinations'],
};

/** The timeline's alt text: its span and how many of each kind it draws; the table twin has each one. */
export function altOf(timeline: Timeline, childId: string): string {
  if (!timeline.domain) return `Timeline of child ${childId}: nothing dated is loaded`;
  const counts = timeline.lanes.map(({ id }) => {
    const n = timeline.bands.filter((b) => b.lane === id).length + timeline.marks.filter((m) => m.lane === id).length;
    return `${n} ${COUNTED[id][n === 1 ? 0 : 1]}`;
  });
  const [from, to] = timeline.domain;
  return `Timeline of child ${childId}, ${monthWords(from)} to ${monthWords(to - 1)}: ${counts.join(', ')}. The table lists every one.`;
}
