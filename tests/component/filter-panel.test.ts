import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { pupilPart } from '../../src/lib/measures/filter';
import { ViewStateStore } from '../../src/lib/state/view-state.svelte';
import FilterPanel from '../../src/views/dashboard/FilterPanel.svelte';

/** The panel on a page opened at `search`, as the dashboard (years to pick) or the Pupils view (one year, its pupil part). */
function panel(search: string, pupils = false) {
  history.replaceState(null, '', `/${search}`);
  const view = new ViewStateStore();
  const props = { view, periods: ['2021/22', '2022/23', '2023/24'], cohort: null };
  render(FilterPanel, pupils ? { ...props, years: false, applied: pupilPart(view.filter) } : props);
  return { view, summary: () => document.querySelector('.summary strong')?.textContent };
}

afterEach(() => history.replaceState(null, '', '/'));

describe('the filter panel', () => {
  it('says the whole roll, and offers nothing to clear, when nothing is set', () => {
    const { summary } = panel('');
    expect(summary()).toBe('All children');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('says the filter and the years on the dashboard, in the words of its print header, until cleared', async () => {
    const { view, summary } = panel('?sex=F&key_stage=KS3,KS4&from=2022/23');
    expect(summary()).toBe('Sex: Female; Key stage 3 or Key stage 4; years 2022/23 to latest');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect([view.filter, view.from, view.to]).toEqual([{}, null, null]);
    expect(summary()).toBe('All children');
  });

  it('says in the Pupils view only what its list applies: no years, no register status', () => {
    const { summary } = panel('?sex=F&social_care_status=CPP&from=2022/23', true);
    expect(summary()).toBe('Sex: Female');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });
});
