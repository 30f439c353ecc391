import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { makeGroup } from '../../src/lib/groups/group';
import { Groups } from '../../src/lib/groups/groups.svelte';
import { ChosenGroup } from '../../src/lib/state/chosen-group.svelte';
import { PupilList } from '../../src/lib/state/pupil-list.svelte';
import { PupilViewSettings } from '../../src/lib/state/pupil-view.svelte';
import { ViewStateStore } from '../../src/lib/state/view-state.svelte';
import { PUPIL_COLUMNS } from '../../src/views/pupils/columns';
import { csv, dbWith, HEADERS } from '../unit/measures/harness';
import PupilsView from '../../src/views/pupils/PupilsView.svelte';
import { useTableLayout } from './table-layout';

useTableLayout();

// 2023/24, census day 5 October 2023; the latest date in the data is C1's third suspension, 10 January 2024.
// C1: absent 15 of 100 sessions (persistent), attended 85.0%; three suspensions.
// C2: nothing to flag, no attendance rows.
// C3: attended 97 of 100; a PEP due 20 October 2023, not completed by 10 January 2024: overdue.
// C4: its PEP completed on time but rated red; its one target judged on all five, SMART on none: 0%;
//     a missing-education episode open on the census day.
let db: Db;
beforeAll(async () => {
  db = await dbWith({
    'pupils.csv': csv(
      HEADERS.pupils,
      'C1,F,2012-05,WBRI,N,0',
      'C2,M,2012-05,WBRI,N,0',
      'C3,F,2012-05,WBRI,K,0',
      'C4,M,2012-05,WBRI,E,0',
    ),
    'care_periods.csv': csv(
      HEADERS.care_periods,
      ...['C1', 'C2', 'C3', 'C4'].map((c) => `${c},2019-04-01,,C2,U1,IN_LA`),
    ),
    'school_enrolments.csv': csv(
      HEADERS.school_enrolments,
      'C1,2023/24,SCH21,SECONDARY,1,2023-09-05',
      'C2,2023/24,SCH10,SECONDARY,1,2023-09-05',
      'C3,2023/24,SCH22,SECONDARY,1,2023-09-05',
      'C4,2023/24,SCH10,SECONDARY,1,2023-09-05',
    ),
    'attendance.csv': csv(HEADERS.attendance, 'C1,2023/24,AUTUMN,100,10,5', 'C3,2023/24,AUTUMN,100,3,0'),
    'exclusions.csv': csv(
      HEADERS.exclusions,
      'X1,C1,2023-10-10,SUSPENSION,1,PA,',
      'X2,C1,2023-11-10,SUSPENSION,1,PA,',
      'X3,C1,2024-01-10,SUSPENSION,1,PA,',
    ),
    'pep_reviews.csv': csv(
      HEADERS.pep_reviews,
      'P1,C3,2023/24,AUTUMN,REVIEW,2023-10-20,,,,',
      'P2,C4,2023/24,AUTUMN,REVIEW,2023-10-20,2023-10-18,RED,1,',
    ),
    'pep_targets.csv': csv(HEADERS.pep_targets, 'T1,P2,ENGLISH,0,0,0,0,0,,'),
    'cme_episodes.csv': csv(HEADERS.cme_episodes, 'CM1,C4,2023-09-20,,,NONE'),
  });
}, 60_000);

const newSettings = () =>
  new PupilViewSettings(
    PUPIL_COLUMNS.map((c) => c.key),
    PUPIL_COLUMNS.filter((c) => c.initially).map((c) => c.key),
  );

function setUp() {
  const list = new PupilList(() => Promise.resolve(db));
  const chosen = new ChosenGroup();
  const settings = newSettings();
  render(PupilsView, {
    list,
    settings,
    chosen,
    view: new ViewStateStore(),
    groups: new Groups(),
    periods: ['2023/24'],
    version: 1,
    asAt: '10 January 2024',
    onuse: () => {},
  });
  return { list, chosen, settings };
}

const listed = (n: number) =>
  screen.findByText(new RegExp(`^Showing ${n} ${n === 1 ? 'child' : 'children'} of`), undefined, { timeout: 20_000 });

const table = () => screen.getByRole('table');
const column = (label: string) => {
  const heads = within(table())
    .getAllByRole('columnheader')
    .map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
  const i = heads.indexOf(label);
  return [...table().querySelectorAll('tbody tr[data-index]')].map((tr) =>
    tr.children[i].textContent!.replace('▲', '').trim(),
  );
};
const shownIds = () => [...table().querySelectorAll('tbody tr[data-index] th')].map((th) => th.textContent);

describe('PupilsView, on a real DuckDB', () => {
  beforeEach(() => localStorage.clear());

  it('says each raised flag in words, a marker beside it, in one Needs attention column', async () => {
    setUp();
    await listed(4);
    expect(shownIds()).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(column('Needs attention')).toEqual([
      'Persistent absence; 3 suspensions',
      '',
      'PEP overdue',
      'PEP rated red; no SMART target; missing education',
    ]);
    const flagged = table().querySelectorAll('tbody .flag');
    expect(flagged).toHaveLength(3);
    expect(flagged[0].querySelector('.marker')!.getAttribute('aria-hidden')).toBe('true');
    expect(column('Attendance %')).toEqual(['85.0', '', '97.0', '']);
    expect(column('Suspensions')).toEqual(['3', '0', '0', '0']);
    expect(column('Next PEP due')).toEqual(['', '', '20 Oct 2023', '']);
    // two columns not shown until chosen, then in the table's own order
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Targets fully SMART' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'PEP rating' }));
    const heads = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
    expect(heads.indexOf('PEP rating')).toBeLessThan(heads.indexOf('Targets fully SMART'));
    expect(column('PEP rating')).toEqual(['', '', '', 'Red']);
    expect(column('Targets fully SMART')).toEqual(['', '', '', '0%']);
    expect(column('SEN')).toEqual(['No SEN', 'No SEN', 'SEN support', 'EHC plan']);
  });

  it('lists the latest year of the roll, and says how many', async () => {
    setUp();
    await listed(4);
    expect((screen.getByRole('combobox', { name: 'Year' }) as HTMLSelectElement).value).toBe('2023/24');
    expect(screen.getByText(/^Showing 4 children of 4 in 2023\/24/)).toBeTruthy();
  });

  it('shows only the children needing attention when asked', async () => {
    setUp();
    await listed(4);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Needs attention only (3)' }));
    expect(shownIds()).toEqual(['C1', 'C3', 'C4']);
    expect(screen.getByText(/^Showing 3 children of 4/)).toBeTruthy();
  });

  it('searches child ids and school references, ignoring case', async () => {
    setUp();
    await listed(4);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await fireEvent.input(search, { target: { value: 'sch10' } });
    expect(shownIds()).toEqual(['C2', 'C4']);
    await fireEvent.input(search, { target: { value: 'c3' } });
    expect(shownIds()).toEqual(['C3']);
    await fireEvent.input(search, { target: { value: 'zz' } });
    expect(within(table()).getByText('No child matches: change the filter or the search.')).toBeTruthy();
  });

  it('sorts the Needs attention column by how many flags are raised, most first', async () => {
    setUp();
    await listed(4);
    await fireEvent.click(within(table()).getByRole('button', { name: /Needs attention/ }));
    expect(shownIds()).toEqual(['C4', 'C1', 'C3', 'C2']);
  });

  it('lists a group by its children, and shows one none of whose children is loaded as an empty list', async () => {
    const { chosen } = setUp();
    await listed(4);
    chosen.use(makeGroup('Two of them', {}, ['C4', 'C2']));
    await listed(2);
    expect(shownIds()).toEqual(['C2', 'C4']);
    chosen.use(makeGroup('Left the area', {}, ['ZZ1', 'ZZ2']), 'None of the 2 children is in the loaded data');
    await listed(0);
    expect(screen.getByRole('status').textContent).toContain(
      'Listing the group Left the area: None of the 2 children is in the loaded data.',
    );
    expect(within(table()).getByText('No child matches: change the filter or the search.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps the chosen columns in this browser for the next visit, and resets them', async () => {
    setUp();
    await listed(4);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Attainment 8' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'SEN' }));
    const chosen = [
      ...PUPIL_COLUMNS.filter((c) => c.initially && c.key !== 'sen_provision').map((c) => c.key),
      'att8',
    ].sort((a, b) => PUPIL_COLUMNS.findIndex((c) => c.key === a) - PUPIL_COLUMNS.findIndex((c) => c.key === b));
    expect(JSON.parse(localStorage.getItem('vsd-pupil-columns')!)).toEqual(chosen);
    expect(newSettings().columns).toEqual(chosen);
    await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(newSettings().columns).toEqual(PUPIL_COLUMNS.filter((c) => c.initially).map((c) => c.key));
    localStorage.setItem('vsd-pupil-columns', '["no_such_column"');
    expect(newSettings().columns).toEqual(PUPIL_COLUMNS.filter((c) => c.initially).map((c) => c.key));
  });

  it('says a year with no listed child plainly', async () => {
    const list = new PupilList(() => Promise.resolve(db));
    render(PupilsView, {
      list,
      settings: newSettings(),
      chosen: new ChosenGroup(),
      view: new ViewStateStore(),
      groups: new Groups(),
      periods: ['2030/31'],
      version: 1,
      asAt: '10 January 2024',
      onuse: () => {},
    });
    await listed(0);
    expect(within(table()).getByText('No child is listed in this year.')).toBeTruthy();
  });

  it("lists the last year of the dashboard's range until a year is picked here, as a school's link from a breakdown of that year needs", async () => {
    history.replaceState(null, '', '/?to=2023%2F24');
    try {
      const list = new PupilList(() => Promise.resolve(db));
      render(PupilsView, {
        list,
        settings: newSettings(),
        chosen: new ChosenGroup(),
        view: new ViewStateStore(),
        groups: new Groups(),
        periods: ['2023/24', '2024/25'],
        version: 1,
        asAt: '10 January 2024',
        onuse: () => {},
      });
      await listed(4);
      expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('2023/24');
    } finally {
      history.replaceState(null, '', '/');
    }
  });
});
