import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureRows, Row } from '../../src/lib/snapshot/figures';
import { RememberedAuthority } from '../../src/lib/state/authority.svelte';
import { authorityNamed, localAuthorities } from '../../src/lib/state/local-authorities';
import { snapshotFileName } from '../../src/lib/state/publish-form';
import { Publisher, type PublishSource } from '../../src/lib/state/publish.svelte';
import PublishPage from '../../src/views/publish/PublishPage.svelte';

const row = (
  measure: string,
  period: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
  children?: number,
): Row => ({ measure, period, value, numerator, denominator, ...(children === undefined ? {} : { children }) });

/** A small authority: 40 children on roll, a key stage 4 cohort of 12 (3 of them in one year: a small number). */
const ROWS: FigureRows = {
  series: [
    row('roll_n', '2023/24', 38, null, null, 38),
    row('roll_n', '2024/25', 40, null, null, 40),
    row('cla12m_n', '2023/24', 30, null, null, 38),
    row('cla12m_n', '2024/25', 31, null, null, 40),
    row('ks4_cohort_n', '2023/24', 3, null, null, 3),
    row('ks4_cohort_n', '2024/25', 12, null, null, 12),
    row('ks4_att8_avg', '2023/24', 20.5, null, 3),
    row('ks4_att8_avg', '2024/25', 22.1, null, 12),
  ],
  byDimension: new Map(),
  bins: new Map(),
};

const SOURCE: PublishSource = {
  version: 1,
  sources: [
    { table: 'pupils', sha256: 'a'.repeat(64) },
    { table: 'ks4_results', sha256: 'b'.repeat(64) },
  ],
  rows: async () => ROWS,
};

/** The governor page the app serves beside itself, cut to what the HTML file fills in. */
const TEMPLATE =
  '<!doctype html><title>Governor view</title><script id="vsd-snapshot" type="application/json"></script>';

function page(storage: Storage = localStorage) {
  const publisher = new Publisher(SOURCE, new RememberedAuthority(storage), async () => TEMPLATE);
  publisher.setRows(ROWS);
  publisher.authority = 'Dudley';
  render(PublishPage, { publisher });
  const json = () => screen.getByRole('button', { name: 'Download the snapshot (JSON)' }) as HTMLButtonElement;
  const html = () => screen.getByRole('button', { name: 'Download the HTML file' }) as HTMLButtonElement;
  return { publisher, json, html };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Each file the page saves, by name: its type and text, caught where the browser would save it. */
function catchDownloads(): Map<string, Promise<[string, string]>> {
  const blobs = new Map<string, Blob>();
  const saved = new Map<string, Promise<[string, string]>>();
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
    const blob = blobs.get(this.getAttribute('href') ?? '')!;
    saved.set(
      this.download,
      blob.text().then((text) => [blob.type, text]),
    );
  });
  return saved;
}

describe('the Publish page', () => {
  it('starts from the loaded years, k = 6 and a title for the last year, ready to download', () => {
    const { publisher, json, html } = page();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Virtual school annual report 2024/25');
    expect((screen.getByLabelText('First year') as HTMLSelectElement).value).toBe('2023/24');
    expect((screen.getByLabelText('Last year') as HTMLSelectElement).value).toBe('2024/25');
    expect((screen.getByLabelText('Threshold k') as HTMLInputElement).value).toBe('6');
    expect(publisher.preview?.authority).toBe('Dudley');
    expect(json().disabled).toBe(false);
    expect(html().disabled).toBe(false);
    expect(screen.getByTestId('suppression-counts').textContent).toMatch(
      /^\d+ cells? suppressed: \d+ small numbers? \(rules 1–3\), \d+ resting on fewer than 6 children \(rule 7\), \d+ to protect another \(rule 4\), \d+ linked counts? \(rule 9\)\.$/,
    );
    expect(screen.getByText(/^Published snapshot: Dudley, as at /)).toBeTruthy();
  });

  it.each([
    ['a UPN', 'Well done to A123456789012 this year.', /looks like a UPN/],
    ['a postcode', 'The new unit at DY1 1HF opened in May.', /looks like a full postcode/],
  ])(
    'refuses a commentary holding %s with the reason, and both downloads until it is taken out',
    async (_, text, reason) => {
      const { json, html } = page();
      const box = screen.getByLabelText('Commentary on Key stage 4') as HTMLTextAreaElement;
      await fireEvent.input(box, { target: { value: text } });
      const problem = document.getElementById('pub-c-ks4-problem');
      expect(problem?.textContent).toMatch(reason);
      expect(box.getAttribute('aria-invalid')).toBe('true');
      expect(box.getAttribute('aria-describedby')).toBe('pub-c-ks4-problem');
      expect(json().disabled).toBe(true);
      expect(html().disabled).toBe(true);
      expect(
        screen.getByText(
          /^Nothing can be downloaded while a problem stands: put right the commentary on Key stage 4\.$/,
        ),
      ).toBeTruthy();

      await fireEvent.input(box, { target: { value: 'A strong year for our Year 11s.' } });
      expect(document.getElementById('pub-c-ks4-problem')).toBeNull();
      expect(box.getAttribute('aria-invalid')).toBeNull();
      expect(json().disabled).toBe(false);
      expect(html().disabled).toBe(false);
    },
  );

  it('refuses k = 5, and takes k = 10 into the counts', async () => {
    const { publisher, json } = page();
    const k = screen.getByLabelText('Threshold k') as HTMLInputElement;
    await fireEvent.input(k, { target: { value: '5' } });
    expect(document.getElementById('pub-k-problem')?.textContent).toBe(
      'The threshold must be a whole number from 6 to 20.',
    );
    expect(k.getAttribute('aria-invalid')).toBe('true');
    expect(json().disabled).toBe(true);
    expect(screen.queryByTestId('suppression-counts')).toBeNull();
    await fireEvent.input(k, { target: { value: '10' } });
    expect(json().disabled).toBe(false);
    expect(publisher.preview?.disclosure.k).toBe(10);
    expect(screen.getByTestId('suppression-counts').textContent).toContain('resting on fewer than 10 children');
  });

  it('saves the preview as the snapshot JSON, and inside the governor page as the HTML file, named by authority and date', async () => {
    const saved = catchDownloads();
    const { publisher, json, html } = page();
    await fireEvent.click(json());
    await fireEvent.click(html());
    const name = `snapshot-dudley-${publisher.asAt}`;
    await vi.waitFor(() => expect([...saved.keys()]).toEqual([`${name}.json`, `${name}.html`]));
    const [jsonType, jsonText] = await saved.get(`${name}.json`)!;
    expect(jsonType).toBe('application/json');
    expect(jsonText.endsWith('}\n')).toBe(true);
    expect(JSON.parse(jsonText)).toEqual(JSON.parse(JSON.stringify(publisher.preview)));
    const [htmlType, htmlText] = await saved.get(`${name}.html`)!;
    expect(htmlType).toBe('text/html;charset=utf-8');
    expect(htmlText).toBe(
      `<!doctype html><title>Virtual school annual report 2024/25</title><script id="vsd-snapshot" type="application/json">${jsonText.trimEnd()}</script>`,
    );
    expect(publisher.failure).toBeNull();
  });

  it('says what is missing, and the years the wrong way round', async () => {
    const { json } = page();
    await fireEvent.input(screen.getByLabelText('Local authority'), { target: { value: '' } });
    await fireEvent.change(screen.getByLabelText('First year'), { target: { value: '2024/25' } });
    await fireEvent.change(screen.getByLabelText('Last year'), { target: { value: '2023/24' } });
    expect(document.getElementById('pub-authority-problem')?.textContent).toBe(
      'Name the local authority, or pick it from the list.',
    );
    expect(document.getElementById('pub-to-problem')?.textContent).toBe('The last year is before the first year.');
    expect(json().disabled).toBe(true);
  });

  it('remembers the authority picked, with its DfE code, and never one holding a postcode', async () => {
    const { publisher } = page();
    const input = screen.getByLabelText('Local authority');
    await fireEvent.input(input, { target: { value: 'dudley' } });
    await fireEvent.change(input);
    expect(JSON.parse(localStorage.getItem('vsd-authority')!)).toEqual({ name: 'Dudley', code: 'E08000027' });
    await fireEvent.input(input, { target: { value: 'Dudley DY1 1HF' } });
    await fireEvent.change(input);
    expect(JSON.parse(localStorage.getItem('vsd-authority')!).name).toBe('Dudley');
    expect(new RememberedAuthority(localStorage).value).toEqual({ name: 'Dudley', code: 'E08000027' });
    flushSync();
    expect(publisher.problems.authority).toMatch(/full postcode/);
  });
});

describe('localAuthorities()', () => {
  it('lists each DfE local authority once, by name, a current one before an abolished one of the same name', () => {
    const list = localAuthorities();
    expect(list).toHaveLength(158);
    expect(new Set(list.map((a) => a.code)).size).toBe(158);
    expect(list.filter((a) => a.current)).toHaveLength(153);
    expect(list.map((a) => a.name)).toEqual([...list.map((a) => a.name)].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(list.find((a) => a.code === 'E06000010')?.name).toBe('Kingston upon Hull, City of');
    expect(authorityNamed('  DORSET ')).toEqual({
      code: 'E06000059',
      number: '838',
      name: 'Dorset',
      region: 'South West',
      current: true,
    });
    expect(authorityNamed('Exampleshire')).toBeNull();
  });

  it('reads the figures again, with the DfE code of its authority, when the authority changes', async () => {
    const asked: (string | null)[] = [];
    const publisher = new Publisher({ ...SOURCE, rows: async (code) => (asked.push(code), ROWS) });
    publisher.authority = 'Dudley';
    await publisher.refresh();
    await publisher.refresh();
    publisher.authority = 'Walsall';
    await publisher.refresh();
    publisher.authority = 'Not a council';
    await publisher.refresh();
    // once per authority: Dudley E08000027, Walsall E08000030, and a name not on the DfE list without one
    expect(asked).toEqual(['E08000027', 'E08000030', null]);
  });

  it('offers no download while the figures are read again for another authority', async () => {
    let release = () => {};
    const pending = new Promise<void>((r) => (release = r));
    const publisher = new Publisher({ ...SOURCE, rows: async () => (await pending, ROWS) });
    publisher.setRows(ROWS);
    publisher.authority = 'Dudley';
    expect(publisher.canSave).toBe(true);
    const reading = publisher.refresh();
    expect(publisher.canSave).toBe(false);
    release();
    await reading;
    expect(publisher.canSave).toBe(true);
  });

  it('names the snapshot file by the authority and the date only', () => {
    expect(snapshotFileName({ authority: 'Kingston upon Hull, City of', as_at: '2025-08-31' })).toBe(
      'snapshot-kingston-upon-hull-city-of-2025-08-31',
    );
    expect(snapshotFileName({ authority: 'Île', as_at: '2025-08-31' })).toBe('snapshot-ile-2025-08-31');
  });
});
