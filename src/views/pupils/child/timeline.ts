import { codes } from '../../../lib/contract';
import type { ChildStory, Enrolment } from '../../../lib/measures/child-story';
import { academicYearOf, dateWords, dayOf, monthWords, termSpan, utc, yearSpan } from './dates';
import { schoolBands } from './schools';
import * as W from './words';

export type LaneId = 'care' | 'school' | 'pep' | 'attendance' | 'exclusions' | 'ks4' | 'cme' | 'ehe' | 'post16';

/**
 * The lanes, top to bottom, with the words of their axis and their colour (the palette's, theme-aware).
 * Vermillion (--chart-2) is kept for the terms absent a tenth or more, green (--chart-3) for the other terms.
 */
export const LANES: readonly { id: LaneId; label: string; colour: string }[] = [
  { id: 'care', label: 'Care', colour: 'var(--chart-1)' },
  { id: 'school', label: 'School', colour: 'var(--chart-4)' },
  { id: 'pep', label: 'PEPs', colour: 'var(--chart-1)' },
  { id: 'attendance', label: 'Attendance', colour: 'var(--chart-3)' },
  { id: 'exclusions', label: 'Exclusions', colour: 'var(--chart-5)' },
  { id: 'ks4', label: 'KS4 results', colour: 'var(--chart-6)' },
  { id: 'cme', label: 'Missing education', colour: 'var(--chart-4)' },
  { id: 'ehe', label: 'Home education', colour: 'var(--chart-5)' },
  { id: 'post16', label: 'Post-16', colour: 'var(--chart-6)' },
];
export const LOW_ATTENDANCE_COLOUR = 'var(--chart-2)';
export const laneColour = (id: LaneId): string => LANES.find((l) => l.id === id)!.colour;

/** A period: from its first day to the day after its last (UTC ms); `to` null while it is still open. */
export interface Band {
  lane: LaneId;
  from: number;
  to: number | null;
  /** 'low': absent for a tenth or more of the term */
  variant: 'plain' | 'low';
  label: string;
}

/** An event on one day. */
export interface Mark {
  lane: LaneId;
  at: number;
  /** a PEP completed or not; a suspension or a permanent exclusion */
  shape: 'done' | 'not-done' | 'suspension' | 'permanent';
  label: string;
}

/** One line of the table twin: every band and mark, in date order. */
export interface TimelineEvent {
  when: string;
  kind: string;
  what: string;
}

export interface Timeline {
  /** the lanes that hold something, in LANES order */
  lanes: { id: LaneId; label: string; colour: string }[];
  /** from 1 September of the first academic year shown to 1 September after the last; null when nothing is dated */
  domain: [number, number] | null;
  /** 1 September of the years shown, thinned to about eight */
  ticks: { at: number; label: string }[];
  bands: Band[];
  marks: Mark[];
  events: TimelineEvent[];
}

interface Item {
  sort: number;
  event: TimelineEvent;
  band?: Band;
  mark?: Mark;
}

const laneLabel = (id: LaneId) => LANES.find((l) => l.id === id)!.label;

function items(story: ChildStory): Item[] {
  const out: Item[] = [];
  const band = (
    lane: LaneId,
    from: number,
    to: number | null,
    when: string,
    what: string,
    kind = laneLabel(lane),
    variant: Band['variant'] = 'plain',
  ) =>
    out.push({
      sort: from,
      event: { when, kind, what },
      band: { lane, from, to, variant, label: `${kind}, ${when}: ${what}` },
    });
  const mark = (lane: LaneId, at: number, shape: Mark['shape'], when: string, what: string, kind = laneLabel(lane)) =>
    out.push({ sort: at, event: { when, kind, what }, mark: { lane, at, shape, label: `${kind}, ${when}: ${what}` } });

  for (const c of story.care)
    band(
      'care',
      dayOf(c.start_date),
      c.end_date ? dayOf(c.end_date) : null,
      W.spanWords(c.start_date, c.end_date),
      W.careWords(c),
    );
  for (const s of schoolBands(story.schools)) band('school', s.from, s.to, s.when, schoolWords(s.first));
  for (const p of story.peps) {
    const day = p.completed_date ?? p.due_date;
    const at = day ? dayOf(day) : termSpan(p.academic_year, p.term)[0];
    mark(
      'pep',
      at,
      p.completed_date ? 'done' : 'not-done',
      day ? dateWords(day) : W.termWords(p.academic_year, p.term),
      W.pepWords(p),
      'PEP',
    );
  }
  for (const a of story.attendance) {
    const [from, to] = termSpan(a.academic_year, a.term);
    band(
      'attendance',
      from,
      to,
      W.termWords(a.academic_year, a.term),
      W.attendanceWords(a),
      'Attendance',
      W.lowAttendance(a) ? 'low' : 'plain',
    );
  }
  for (const x of story.exclusions) {
    mark(
      'exclusions',
      dayOf(x.start_date),
      x.category === 'PERMANENT' ? 'permanent' : 'suspension',
      dateWords(x.start_date),
      W.exclusionWords(x),
      W.exclusionKind(x),
    );
  }
  for (const r of story.ks4) band('ks4', ...yearSpan(r.academic_year), r.academic_year, W.ks4Words(r));
  for (const e of story.cme)
    band(
      'cme',
      dayOf(e.start_date),
      e.end_date ? dayOf(e.end_date) : null,
      W.spanWords(e.start_date, e.end_date),
      W.cmeWords(e),
    );
  for (const e of story.ehe)
    band(
      'ehe',
      dayOf(e.start_date),
      e.end_date ? dayOf(e.end_date) : null,
      W.spanWords(e.start_date, e.end_date),
      W.eheWords(e),
    );
  for (const d of story.destinations) {
    band(
      'post16',
      utc(d.reporting_year - 1, 4, 1),
      utc(d.reporting_year, 4, 1),
      `year to 31 Mar ${d.reporting_year}`,
      W.destinationWords(d),
    );
  }
  return out;
}

const schoolWords = (e: Enrolment) =>
  [
    W.schoolName(e.school_ref, e.school_name),
    [e.school_phase ? W.said(codes.SCHOOL_PHASE, e.school_phase) : null, W.inLaWords(e.school_in_la)]
      .filter(Boolean)
      .join(', '),
  ].join(': ') + (e.entry_date ? `; joined ${dateWords(e.entry_date)}` : '');

const MAX_TICKS = 8;

/** The child's timeline: lanes, bands and marks, the axis, and the table twin's events (by date, then lane). */
export function timelineOf(story: ChildStory): Timeline {
  const all = items(story).map((it, i) => ({
    it,
    i,
    lane: LANES.findIndex((l) => l.id === (it.band ?? it.mark)!.lane),
  }));
  all.sort((a, b) => a.it.sort - b.it.sort || a.lane - b.lane || a.i - b.i);
  const used = new Set(all.map((a) => (a.it.band ?? a.it.mark)!.lane));
  const days = all.flatMap(({ it }) =>
    it.band ? [it.band.from, ...(it.band.to === null ? [] : [it.band.to - 1])] : [it.mark!.at],
  );
  const domain: [number, number] | null = days.length
    ? [utc(academicYearOf(Math.min(...days)), 9, 1), utc(academicYearOf(Math.max(...days)) + 1, 9, 1)]
    : null;
  const ticks: Timeline['ticks'] = [];
  if (domain) {
    const first = new Date(domain[0]).getUTCFullYear(),
      last = new Date(domain[1]).getUTCFullYear();
    const step = Math.ceil((last - first + 1) / MAX_TICKS);
    for (let y = first; y <= last; y += step) ticks.push({ at: utc(y, 9, 1), label: monthWords(utc(y, 9, 1)) });
  }
  return {
    lanes: LANES.filter((l) => used.has(l.id)),
    domain,
    ticks,
    bands: all.flatMap(({ it }) => (it.band ? [it.band] : [])),
    marks: all.flatMap(({ it }) => (it.mark ? [it.mark] : [])),
    events: all.map(({ it }) => it.event),
  };
}
