import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import VirtualTable from '../../src/lib/table/VirtualTable.svelte';
import type { Column } from '../../src/lib/table/types';
import { TABLE_ROW, useTableLayout } from './table-layout';

const ROW = TABLE_ROW;
useTableLayout();

interface Pupil {
  id: string;
  school: string | null;
  attendance: number | null;
  absent: boolean;
}

const columns: Column<Pupil>[] = [
  { key: 'id', label: 'Child', value: (p) => p.id },
  { key: 'school', label: 'School', value: (p) => p.school },
  { key: 'attendance', label: 'Attendance %', value: (p) => p.attendance, format: (v) => `${v}%`, align: 'right' },
  { key: 'absent', label: 'Persistent absence', value: (p) => p.absent, flag: true },
];

const many: Pupil[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `C${String(i).padStart(4, '0')}`,
  school: `School ${i % 7}`,
  attendance: i % 10 === 0 ? null : 80 + (i % 20),
  absent: i % 4 === 0,
}));

const few: Pupil[] = [
  { id: 'C3', school: 'Oak', attendance: 91.5, absent: false },
  { id: 'C1', school: null, attendance: null, absent: true },
  { id: 'C10', school: 'Ash', attendance: 88, absent: false },
  { id: 'C2', school: 'Elm', attendance: 97, absent: true },
];

const props = (rows: Pupil[], more: Record<string, unknown> = {}) => ({
  rows,
  columns,
  rowKey: (p: Pupil) => p.id,
  caption: 'Children in the cohort',
  height: '600px',
  ...more,
});

const table = () => screen.getByRole('table', { name: 'Children in the cohort' });
const scroller = () => screen.getByRole('region', { name: 'Children in the cohort' });
const bodyRows = () => [...table().querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
const ids = () => bodyRows().map((tr) => tr.querySelector('th')!.textContent);
const rowIndexes = () => bodyRows().map((tr) => Number(tr.getAttribute('aria-rowindex')));
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

async function scrollTo(top: number) {
  scroller().scrollTop = top;
  await fireEvent.scroll(scroller());
}

describe('VirtualTable', () => {
  it('is a real table: caption, column headers, a row header per row, aria-rowcount counting the header', () => {
    render(VirtualTable<Pupil>, props(few));
    expect(table().getAttribute('aria-rowcount')).toBe('5');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Child', 'School', 'Attendance %', 'Persistent absence']);
    expect(table().querySelector('thead tr')!.getAttribute('aria-rowindex')).toBe('1');
    expect(
      within(table())
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['C3', 'C1', 'C10', 'C2']);
    expect(rowIndexes()).toEqual([2, 3, 4, 5]);
    expect(bodyRows()[0].querySelectorAll('td')[1].textContent).toBe('91.5%');
    expect(bodyRows()[1].querySelectorAll('td')[1].textContent).toBe('');
  });

  it('renders only the rows in view plus the overscan, between spacer rows', () => {
    render(VirtualTable<Pupil>, props(many, { overscan: 5 }));
    expect(table().getAttribute('aria-rowcount')).toBe('1001');
    // 600 px viewport: the 32 px header row and rows 0 to 17 are in view, and 5 more below
    expect(rowIndexes()).toEqual(Array.from({ length: 23 }, (_, i) => i + 2));
    const spacers = table().querySelectorAll<HTMLTableRowElement>('tr.spacer');
    expect(spacers).toHaveLength(1);
    expect(spacers[0].style.height).toBe(`${(1000 - 23) * ROW}px`);
    expect(spacers[0].getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps the right rows in the DOM while scrolling', async () => {
    render(VirtualTable<Pupil>, props(many, { overscan: 5 }));
    await scrollTo(100 * ROW); // rows 100 to 117 are in view (row i starts at 32 + 32 i)
    // the active row (the first, until a key moves it) stays, then the rows in view and overscan
    expect(ids()[0]).toBe('C0000');
    expect(ids()[1]).toBe('C0094');
    expect(ids().at(-1)).toBe('C0122');
    expect(rowIndexes()).toEqual([2, ...Array.from({ length: 29 }, (_, i) => 96 + i)]);
    const spacers = [...table().querySelectorAll<HTMLTableRowElement>('tr.spacer')].map((tr) => tr.style.height);
    expect(spacers).toEqual([`${93 * ROW}px`, `${(1000 - 123) * ROW}px`]);

    await scrollTo(999 * ROW);
    expect(ids().at(-1)).toBe('C0999');
    expect(rowIndexes().at(-1)).toBe(1001);
    expect(ids()).not.toContain('C0100');
  });

  it('sorts by a clicked header, ascending then descending, with nulls last both ways', async () => {
    render(VirtualTable<Pupil>, props(few));
    expect(header('Attendance').getAttribute('aria-sort')).toBeNull();

    await fireEvent.click(within(header('Attendance')).getByRole('button'));
    expect(header('Attendance').getAttribute('aria-sort')).toBe('ascending');
    expect(ids()).toEqual(['C10', 'C3', 'C2', 'C1']);

    await fireEvent.click(within(header('Attendance')).getByRole('button'));
    expect(header('Attendance').getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual(['C2', 'C3', 'C10', 'C1']);

    await fireEvent.click(within(header('School')).getByRole('button'));
    expect(header('School').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Attendance').getAttribute('aria-sort')).toBeNull();
    expect(ids()).toEqual(['C10', 'C2', 'C3', 'C1']);

    await fireEvent.click(within(header('Child')).getByRole('button'));
    expect(ids()).toEqual(['C1', 'C2', 'C3', 'C10']); // numeric collation
  });

  it('sorts a flag column flagged first on the first click, keeping ties in order', async () => {
    render(VirtualTable<Pupil>, props(few));
    await fireEvent.click(within(header('Persistent absence')).getByRole('button'));
    expect(header('Persistent absence').getAttribute('aria-sort')).toBe('descending');
    expect(ids()).toEqual(['C1', 'C2', 'C3', 'C10']);
  });

  it('takes its sort from a prop, sorting every row before the window is cut', () => {
    render(VirtualTable<Pupil>, props(many, { sort: { key: 'id', direction: 'desc' } }));
    expect(ids()[0]).toBe('C0999');
    expect(header('Child').getAttribute('aria-sort')).toBe('descending');
  });

  it('shows a flag as a text label with a marker, not colour alone, and nothing when not flagged', () => {
    render(VirtualTable<Pupil>, props(few));
    const [notFlagged, flagged] = bodyRows().map((tr) => tr.querySelectorAll('td')[2]);
    expect(flagged.textContent).toBe('▲Persistent absence');
    expect(flagged.querySelector('.marker')!.getAttribute('aria-hidden')).toBe('true');
    expect(notFlagged.textContent).toBe('');
  });

  it('has one tab stop, the active row, and arrow keys move it', async () => {
    render(VirtualTable<Pupil>, props(many));
    const stops = () => bodyRows().filter((tr) => tr.tabIndex === 0);
    expect(stops().map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(['2']);
    expect(scroller().tabIndex).toBe(-1);

    stops()[0].focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('4');
    expect(stops().map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(['4']);
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('3');

    // a page is the 17 whole rows below the header in a 600 px viewport
    await fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('20');
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('End goes to the last row, renders it and focuses it; Enter opens it', async () => {
    const onopen = vi.fn();
    render(VirtualTable<Pupil>, props(many, { onopen }));
    bodyRows()[0].focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await tick();
    expect(scroller().scrollTop).toBeGreaterThan(900 * ROW);
    expect(ids()).toContain('C0999');
    expect(ids()).not.toContain('C0000');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('1001');

    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onopen).toHaveBeenCalledOnce();
    expect(onopen).toHaveBeenCalledWith(many[999]);

    await fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    await tick();
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe(String(1001 - 17));
  });

  it('keeps the active row rendered, as the one tab stop, while it is scrolled away', async () => {
    render(VirtualTable<Pupil>, props(many, { overscan: 5 }));
    bodyRows()[0].focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await scrollTo(500 * ROW);
    expect(rowIndexes()).toEqual([3, ...Array.from({ length: 29 }, (_, i) => 496 + i)]);
    expect(
      bodyRows()
        .filter((tr) => tr.tabIndex === 0)
        .map((tr) => tr.getAttribute('aria-rowindex')),
    ).toEqual(['3']);
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('3');
    // spacer rows before the active row, between it and the rows in view, and after them
    const spacers = [...table().querySelectorAll<HTMLTableRowElement>('tr.spacer')].map((tr) => tr.style.height);
    expect(spacers).toEqual([`${1 * ROW}px`, `${(494 - 2) * ROW}px`, `${(1000 - 523) * ROW}px`]);
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('4');
    expect(scroller().scrollTop).toBe(2 * ROW);
  });

  it('renders a few dozen rows of 80,000', async () => {
    const big = Array.from({ length: 80_000 }, (_, i) => ({ ...many[i % 1000], id: `C${i}` }));
    render(VirtualTable<Pupil>, props(big, { sort: { key: 'attendance', direction: 'asc' } }));
    expect(table().getAttribute('aria-rowcount')).toBe('80001');
    expect(bodyRows().length).toBeLessThan(40);
    await scrollTo(40_000 * ROW);
    expect(rowIndexes()).toContain(40_002);
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('opens the row double-clicked, and makes a clicked (focused) row the active one', async () => {
    const onopen = vi.fn();
    render(VirtualTable<Pupil>, props(few, { onopen }));
    const third = bodyRows()[2];
    third.focus();
    await tick();
    expect(third.tabIndex).toBe(0);
    expect(bodyRows()[0].tabIndex).toBe(-1);
    await fireEvent.dblClick(third.querySelector('td')!);
    expect(onopen).toHaveBeenCalledWith(few[2]);
  });

  it('when given a selection, has a Pick column that Space and the checkbox toggle', async () => {
    render(VirtualTable<Pupil>, props(few, { selected: new Set(['C2']) }));
    expect(within(table()).getAllByRole('columnheader')[0].textContent).toBe('Pick');
    const box = (id: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: `Pick ${id}` });
    expect(box('C2').checked).toBe(true);
    expect(box('C3').checked).toBe(false);

    bodyRows()[0].focus();
    await fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(box('C3').checked).toBe(true);
    await fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(box('C3').checked).toBe(false);

    await fireEvent.click(box('C1'));
    expect(box('C1').checked).toBe(true);
    expect(box('C2').checked).toBe(true);
  });

  it('has no Pick column without a selection, and says so when there are no rows', () => {
    render(VirtualTable<Pupil>, props([], { empty: 'No children match' }));
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(4);
    expect(table().getAttribute('aria-rowcount')).toBe('1');
    expect(within(table()).getByRole('cell').textContent).toBe('No children match');
  });
});
