import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BARS } from './fixtures';
import PanelHarness from './PanelHarness.svelte';

/** What download was given: each file's name and blob, caught where the page would save it. */
let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(Object.create(URL), {
      createObjectURL: (blob: Blob) => {
        const url = `blob:${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '') as Blob });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const draw = () => render(PanelHarness, { bars: BARS });
const tab = (name: string) => screen.getByRole('tab', { name });
const menuButton = () => screen.getByRole('button', { name: 'Download' });
const item = (name: string) => screen.getByRole('menuitem', { name });
const tableText = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.children].map((c) => c.textContent ?? ''));

describe('a dashboard panel', () => {
  it('shows the chart under Chart | Table tabs, the Chart tab selected and the only tab stop', () => {
    const { container } = draw();
    expect(screen.getByRole('tablist', { name: 'Suspensions by reason' })).toBeTruthy();
    expect(
      screen
        .getAllByRole('tab')
        .map((t) => [t.textContent, t.getAttribute('aria-selected'), t.getAttribute('tabindex')]),
    ).toEqual([
      ['Chart', 'true', '0'],
      ['Table', 'false', '-1'],
    ]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.id).toBe(tab('Chart').getAttribute('aria-controls'));
    expect(within(panel).getByRole('img', { name: 'Suspensions by reason' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(container.querySelector('.small-print')?.textContent).toContain('Source: school census returns.');
    expect(container.querySelector('.small-print')?.textContent).toContain('c suppressed: fewer than 5 children');
  });

  it('moves between the tabs with the arrow keys, Home and End, selecting as it goes', async () => {
    draw();
    tab('Chart').focus();
    await fireEvent.keyDown(tab('Chart'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Table'));
    expect(tab('Table').getAttribute('aria-selected')).toBe('true');
    expect(tab('Table').getAttribute('tabindex')).toBe('0');
    expect(tab('Chart').getAttribute('tabindex')).toBe('-1');
    expect(tableText(screen.getByRole('table', { name: 'Suspensions by reason' }))).toEqual([
      ['Reason', 'Suspensions'],
      ['Persistent disruptive behaviour', '14'],
      ['Physical assault against a pupil', '9'],
      ['Verbal abuse or threatening behaviour against an adult', '6'],
      ['Drug and alcohol related', 'c'],
    ]);
    expect(screen.queryByRole('img', { name: 'Suspensions by reason' })).toBeNull();

    await fireEvent.keyDown(tab('Table'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Chart'));
    expect(screen.getByRole('img', { name: 'Suspensions by reason' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    await fireEvent.keyDown(tab('Chart'), { key: 'End' });
    expect(tab('Table').getAttribute('aria-selected')).toBe('true');
    // past the last tab comes the first
    await fireEvent.keyDown(tab('Table'), { key: 'ArrowRight' });
    expect(tab('Chart').getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(tab('Chart'), { key: 'ArrowLeft' });
    expect(tab('Table').getAttribute('aria-selected')).toBe('true');
    await fireEvent.click(tab('Chart'));
    expect(tab('Chart').getAttribute('aria-selected')).toBe('true');
  });

  it('opens the Download menu from the keyboard, moves through it with the arrows, and Escape closes it back to the button', async () => {
    draw();
    expect(menuButton().getAttribute('aria-haspopup')).toBe('menu');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    await fireEvent.keyDown(menuButton(), { key: 'ArrowDown' });
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(
      within(screen.getByRole('menu'))
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['CSV (table)', 'SVG (chart)', 'PNG (chart)']);
    expect(document.activeElement).toBe(item('CSV (table)'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('SVG (chart)'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('PNG (chart)'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(item('CSV (table)'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(item('PNG (chart)'));

    await fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());

    await fireEvent.keyDown(menuButton(), { key: 'Enter' });
    expect(document.activeElement).toBe(item('CSV (table)'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    await fireEvent.keyDown(menuButton(), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('PNG (chart)'));
  });

  it('closes the Download menu on a click elsewhere', async () => {
    draw();
    await fireEvent.click(menuButton());
    expect(screen.getByRole('menu')).toBeTruthy();
    await fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(saved).toEqual([]);
  });

  it('"CSV (table)" saves exactly the rows of the table', async () => {
    draw();
    await fireEvent.click(tab('Table'));
    const shown = tableText(screen.getByRole('table'));
    await fireEvent.keyDown(menuButton(), { key: 'ArrowDown' });
    await fireEvent.keyDown(item('CSV (table)'), { key: 'Enter' });
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([['sus-by-reason.csv', 'text/csv;charset=utf-8']]);
    const csv = await saved[0].blob.text();
    expect(csv).toBe(shown.map((row) => row.join(',')).join('\r\n') + '\r\n');
    expect(document.activeElement).toBe(menuButton());
  });

  it('saves the chart as SVG while the table is showing', async () => {
    draw();
    await fireEvent.click(tab('Table'));
    await fireEvent.click(menuButton());
    await fireEvent.click(item('SVG (chart)'));
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([['sus-by-reason.svg', 'image/svg+xml;charset=utf-8']]);
    const doc = new DOMParser().parseFromString(await saved[0].blob.text(), 'image/svg+xml');
    expect(doc.querySelector('title')?.textContent).toBe('Suspensions by reason');
    expect(doc.querySelectorAll('[aria-label]')).toHaveLength(4);
  });

  it('says there is no data, with no tabs or menu, when the panel is empty', () => {
    render(PanelHarness, { bars: [] });
    expect(screen.getByText('No data for this selection.')).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  });
});
