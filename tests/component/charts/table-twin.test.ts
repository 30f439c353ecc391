import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TableTwin from '../../../src/lib/charts/TableTwin.svelte';

const props = {
  caption: 'Attainment 8 of children in care',
  columns: ['Period', 'local', 'national'],
  rows: [
    { header: '2022/23', cells: ['18.9', '18.5'] },
    { header: '2023/24', cells: ['c', 'x'] },
  ],
};

describe('TableTwin', () => {
  it('is a table named by its caption, with column and row headers', () => {
    render(TableTwin, props);
    const table = screen.getByRole('table', { name: 'Attainment 8 of children in care' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => [th.textContent, th.getAttribute('scope')]),
    ).toEqual([
      ['Period', 'col'],
      ['local', 'col'],
      ['national', 'col'],
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => [th.textContent, th.getAttribute('scope')]),
    ).toEqual([
      ['2022/23', 'row'],
      ['2023/24', 'row'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['18.9', '18.5', 'c', 'x']);
  });

  it('explains the symbols it shows, and only those', () => {
    const { container } = render(TableTwin, props);
    expect(container.querySelector('.symbols')?.textContent).toBe('c = suppressed; x = not available');
  });

  it('has no symbols note when every cell is a number', () => {
    const { container } = render(TableTwin, { ...props, rows: [props.rows[0]] });
    expect(container.querySelector('.symbols')).toBeNull();
  });

  it('says there is no data when it has no rows', () => {
    render(TableTwin, { ...props, rows: [] });
    expect(within(screen.getByRole('table')).getByRole('cell').textContent).toBe('No data for this selection');
  });
});
