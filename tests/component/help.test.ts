import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/lib/contract';
import Help from '../../src/views/Help.svelte';

const fileHeadings = (): string[] =>
  screen
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '')
    .filter((name) => name.endsWith('.csv'));

const rowOf = (file: string, column: string): HTMLElement => {
  const table = screen.getByRole('table', { name: `Columns of ${file}` });
  const header = within(table).getByText(column, { selector: 'th[scope="row"] code' });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${column}`);
  return row;
};

describe('Help', () => {
  it('shows a heading and a captioned column table for each of the 15 files', () => {
    render(Help);
    expect(fileHeadings()).toEqual([
      'pupils.csv',
      'care_periods.csv',
      'school_enrolments.csv',
      'pep_reviews.csv',
      'pep_targets.csv',
      'attendance.csv',
      'exclusions.csv',
      'ks2_results.csv',
      'ks4_results.csv',
      'post16_results.csv',
      'cme_episodes.csv',
      'ehe_episodes.csv',
      'destinations.csv',
      'schools.csv',
      'uasc.csv',
    ]);
    expect(screen.getAllByRole('table')).toHaveLength(15);
    expect(screen.getByRole('table', { name: 'Columns of pupils.csv' })).toBeTruthy();
  });

  it('marks pupils and care_periods required, the others optional', () => {
    render(Help);
    const badge = (file: string): string =>
      screen.getByRole('heading', { level: 2, name: file }).parentElement?.querySelector('.badge')?.textContent ?? '';
    expect(badge('pupils.csv')).toBe('required');
    expect(badge('care_periods.csv')).toBe('required');
    expect(badge('attendance.csv')).toBe('optional');
  });

  it('lists child_id of pupils as a required primary key, and uasc as optional', () => {
    render(Help);
    const childId = rowOf('pupils.csv', 'child_id');
    expect(within(childId).getByText('required')).toBeTruthy();
    expect(within(childId).getByText('PK')).toBeTruthy();
    expect(within(rowOf('pupils.csv', 'uasc')).queryByText('required')).toBeNull();
  });

  it('shows the sex codes with labels and accepted values', () => {
    render(Help);
    const sex = rowOf('pupils.csv', 'sex');
    expect(sex.textContent).toContain('M (Male; also 1, MALE)');
    expect(sex.textContent).toContain('F (Female; also 2, FEMALE)');
    expect(sex.textContent).toContain('U (Not known; also 9)');
    expect(within(sex).getByText('M', { selector: 'code' })).toBeTruthy();
  });

  it('shows header aliases, ranges, references and row checks', () => {
    render(Help);
    expect(within(rowOf('care_periods.csv', 'start_date')).getByText('decom')).toBeTruthy();
    expect(within(rowOf('ks4_results.csv', 'att8')).getByText('0 – 90')).toBeTruthy();
    expect(rowOf('attendance.csv', 'child_id').textContent).toContain('must be in pupils.csv');
    const attendance = screen.getByRole('heading', { level: 2, name: 'attendance.csv' }).closest('section');
    expect(attendance?.textContent).toContain(
      'sessions_authorised + sessions_unauthorised ≤ sessions_possible; otherwise the row is rejected',
    );
  });

  it('lists the general rules', () => {
    render(Help);
    const rules = screen.getByRole('heading', { level: 2, name: 'General rules' }).closest('section');
    expect(rules?.textContent).toContain('NULL, N/A, NA and - also mean unknown');
    expect(rules?.textContent).toContain('Windows-1252');
  });

  it('filters files and columns by the search text, and clears', async () => {
    render(Help);
    const search = screen.getByRole('searchbox', { name: 'Find a file or column' });
    await fireEvent.input(search, { target: { value: 'DECOM' } });
    expect(fileHeadings()).toEqual(['care_periods.csv']);
    const table = screen.getByRole('table', { name: 'Columns of care_periods.csv' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe(`1 of ${TABLES.length} files shown`);

    await fireEvent.input(search, { target: { value: 'no such thing' } });
    expect(fileHeadings()).toEqual([]);
    expect(screen.getByText('No file or column matches “no such thing”.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(fileHeadings()).toHaveLength(15);
  });

  it('renders only the tables it is given', () => {
    render(Help, { tables: TABLES.filter((t) => t.name === 'exclusions') });
    expect(fileHeadings()).toEqual(['exclusions.csv']);
  });
});
