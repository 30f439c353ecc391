import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DownloadMenu from '../../../src/lib/charts/DownloadMenu.svelte';
import { download, svgMarkup, svgSize } from '../../../src/lib/charts/export';
import LineChart from '../../../src/lib/charts/LineChart.svelte';
import { LOCAL, NATIONAL, one } from './fixtures';

const chart = () => {
  const { container } = render(LineChart, {
    series: [LOCAL, NATIONAL],
    format: one,
    alt: 'Attainment 8: falling',
    width: 480,
  });
  return container.querySelector('svg[role="img"]') as SVGSVGElement;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelectorAll('style[data-test]').forEach((s) => s.remove());
});

describe('export', () => {
  it('svgMarkup(svg) is a standalone SVG file: namespace, size, background, title and description', () => {
    const markup = svgMarkup(chart());
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['480', '240']);
    expect(svg.querySelector('title')?.textContent).toBe('Attainment 8');
    expect(svg.querySelector('desc + rect')?.getAttribute('width')).toBe('480');
  });

  it('svgMarkup(svg) writes the colours the page resolves as attributes, and drops tooltips, classes, tab stops and styles', async () => {
    const style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = ':root { --chart-1: #0072b2; } .line path { stroke-width: 2px; }';
    document.head.append(style);
    const svg = chart();
    await fireEvent.focus(svg.querySelector('g.point') as Element);
    expect(svg.querySelector('.chart-tooltip')).not.toBeNull();
    const markup = svgMarkup(svg);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const path = doc.querySelector('[data-series="la"] path');
    expect(path?.getAttribute('stroke')).toBe('#0072b2'); // --chart-1, resolved
    expect(path?.getAttribute('style')).toBeNull();
    expect(markup).not.toContain('var(');
    // no style attribute anywhere: the page's Content Security Policy forbids them
    expect(doc.querySelector('[style]')).toBeNull();
    expect(doc.querySelector('.chart-tooltip, [class], [tabindex]')).toBeNull();
    expect(doc.querySelectorAll('[aria-label]').length).toBe(11);
  });

  it('svgSize(svg) reads the viewBox', () => {
    expect(svgSize(chart())).toEqual({ width: 480, height: 240 });
  });

  it('download(name, text, type) saves the text under the name as a blob of that type, CSV unless told, and lets the link go', async () => {
    const blobs: Blob[] = [];
    const revokeObjectURL = vi.fn();
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), { createObjectURL: (b: Blob) => `blob:${blobs.push(b)}`, revokeObjectURL }),
    );
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.getAttribute('href')}`);
    });
    vi.useFakeTimers();
    download('maps.json', '{"a":1}', 'application/json');
    download('rows.csv', 'file,line\r\n');
    expect(clicked).toEqual(['maps.json blob:1', 'rows.csv blob:2']);
    expect(await Promise.all(blobs.map(async (b) => [b.type, await b.text()]))).toEqual([
      ['application/json', '{"a":1}'],
      ['text/csv;charset=utf-8', 'file,line\r\n'],
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revokeObjectURL.mock.calls).toEqual([['blob:1'], ['blob:2']]);
    vi.useRealTimers();
    click.mockRestore();
  });

  it('the Download menu saves the SVG and the CSV under the given name', async () => {
    const createObjectURL = vi.fn((_: Blob) => 'blob:chart');
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(DownloadMenu, { svg: chart(), name: 'attainment-8', csv: () => 'Period,local\r\n' });
    await fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'SVG (chart)' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'CSV (table)' }));
    expect(clicked).toEqual(['attainment-8.svg', 'attainment-8.csv']);
    expect(createObjectURL.mock.calls.map(([blob]) => blob.type)).toEqual([
      'image/svg+xml;charset=utf-8',
      'text/csv;charset=utf-8',
    ]);
    click.mockRestore();
  });

  it('the Download menu offers the chart files, disabled, until the chart is drawn, and no CSV without a table', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    render(DownloadMenu, { svg: undefined, name: 'x' });
    await fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.getAllByRole('menuitem').map((m) => [m.textContent, m.getAttribute('aria-disabled')])).toEqual([
      ['SVG (chart)', 'true'],
      ['PNG (chart)', 'true'],
    ]);
    await fireEvent.click(screen.getByRole('menuitem', { name: 'SVG (chart)' }));
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});
