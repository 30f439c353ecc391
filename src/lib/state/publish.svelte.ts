import { AREAS } from '../measures/areas';
import { isMeasureId } from '../measures/index';
import { checkSnapshot } from '../snapshot/check';
import { DEFAULT_K } from '../snapshot/disclosure';
import type { Snapshot } from '../snapshot/document';
import { emptyTally, areaOfSeries, type FigureRows, type Tally } from '../snapshot/figures';
import { snapshotHtml } from '../snapshot/html';
import { academicOf } from '../snapshot/periods';
import { makeSnapshot, periodsOf } from '../snapshot/snapshot';
import type { RememberedAuthority } from './authority.svelte';
import { findAuthority } from './local-authorities';
import { formProblems, snapshotFileName, today } from './publish-form';

/** What a snapshot is published from: the data loaded now. */
export interface PublishSource {
  /** goes up with every load that changed the data */
  readonly version: number;
  /** the SHA-256 of the file behind each table */
  readonly sources: readonly { table: string; sha256: string }[];
  /** the rows of the whole roll (no filter) that every area view's figures are built from, with the DfE figures of `authority` (a DfE code) */
  rows(authority: string | null): Promise<FigureRows>;
}

const AREA_OF = areaOfSeries(AREAS);

/** A file for the page to save: state imports no charts, where the app's one download lives. */
export interface PublishedFile {
  name: string;
  text: string;
  type: string;
}

/** The governor HTML template the app serves beside itself. */
const fetchTemplate = async (): Promise<string> => {
  const res = await fetch(`${import.meta.env.BASE_URL}governor.html`);
  if (!res.ok) throw new Error(`the governor page could not be fetched (${res.status})`);
  return res.text();
};

/** The Publish page: the settings of a governors' snapshot, the problems that stand, the snapshot they build, and its downloads. */
export class Publisher {
  rows = $state.raw<FigureRows | null>(null);
  loading = $state(false);
  /** why the figures could not be read, or a download could not be made */
  failure = $state<string | null>(null);
  authority = $state('');
  asAt = $state(today());
  k = $state<number | null>(DEFAULT_K);
  /** the head's own words, by area id ('overview' too) */
  commentary = $state<Record<string, string>>({});
  private chosenTitle = $state<string | null>(null);
  private chosenFrom = $state<string | null>(null);
  private chosenTo = $state<string | null>(null);
  /** the data version and authority code the rows were read for */
  private loadedKey = '';
  private template: Promise<string> | null = null;

  /** the academic years the loaded data covers */
  years = $derived(this.rows ? [...new Set(this.rows.series.map((r) => academicOf(r.period)))].sort() : []);
  private range = $derived(this.rows ? periodsOf(this.rows) : null);
  /** the areas with figures: one commentary box each, after the overview's */
  areas = $derived(
    this.rows
      ? AREAS.filter((a) => this.rows!.series.some((r) => isMeasureId(r.measure) && AREA_OF.get(r.measure) === a.id))
      : [],
  );

  get from(): string {
    return this.chosenFrom && this.years.includes(this.chosenFrom) ? this.chosenFrom : (this.range?.from ?? '');
  }
  set from(v: string) {
    this.chosenFrom = v;
  }
  get to(): string {
    return this.chosenTo && this.years.includes(this.chosenTo) ? this.chosenTo : (this.range?.to ?? '');
  }
  set to(v: string) {
    this.chosenTo = v;
  }
  get title(): string {
    return this.chosenTitle ?? `Virtual school annual report ${this.to}`.trim();
  }
  set title(v: string) {
    this.chosenTitle = v;
  }

  /** what stops a snapshot being published, by field (`title`, `authority`, `as_at`, `k`, `to`, `commentary.<area>`) */
  problems = $derived(
    formProblems({
      title: this.title,
      authority: this.authority,
      as_at: this.asAt,
      k: this.k,
      from: this.from,
      to: this.to,
      commentary: this.published(),
    }),
  );

  private built = $derived.by((): { snapshot: Snapshot; tally: Tally } | { error: string } | null => {
    if (!this.rows || Object.keys(this.problems).length > 0) return null;
    const started = performance.now();
    const tally = emptyTally();
    try {
      const snapshot = makeSnapshot(
        this.rows,
        {
          title: this.title.trim(),
          authority: this.authority.trim(),
          as_at: this.asAt,
          k: this.k!,
          from: this.from,
          to: this.to,
          sources: [...this.source.sources],
          commentary: this.published(),
        },
        tally,
      );
      performance.measure('vsd:publish:preview', { start: started });
      return { snapshot, tally };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });

  /** exactly what will be published; null while a problem stands */
  preview = $derived(this.built && 'snapshot' in this.built ? this.built.snapshot : null);
  /** the cells of the preview each rule suppressed */
  tally = $derived(this.built && 'tally' in this.built ? this.built.tally : null);
  /** why the snapshot could not be built with settings that have no problem (there is nothing to publish) */
  buildError = $derived(this.built && 'error' in this.built ? this.built.error : null);
  /** never while the figures are read again (for another authority): a download would mix two readings */
  canSave = $derived(this.preview !== null && !this.loading);

  constructor(
    private readonly source: PublishSource,
    private readonly remembered: RememberedAuthority | null = null,
    private readonly fetchHtml = fetchTemplate,
  ) {
    this.authority = remembered?.value?.name ?? '';
  }

  /** Read the figures of the data loaded now, once per load and authority: its neighbours' figures are published with them. */
  async refresh(): Promise<void> {
    const version = this.source.version;
    const code = findAuthority(this.authority)?.code ?? null;
    const key = `${version}|${code ?? ''}`;
    if (version === 0 || key === this.loadedKey) return;
    this.loadedKey = key;
    this.loading = true;
    const started = performance.now();
    try {
      const rows = await this.source.rows(code);
      performance.measure('vsd:publish:rows', { start: started });
      if (key === this.loadedKey) this.rows = rows;
      this.failure = null;
    } catch (e) {
      this.loadedKey = '';
      this.failure = `The figures could not be read: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.loading = false;
    }
  }

  /** Give the figures directly (tests, and a caller that has them already). */
  setRows(rows: FigureRows): void {
    this.rows = rows;
  }

  /** Keep the authority as the app's setting, once it is complete and has no problem. */
  rememberAuthority(): void {
    if (!this.problems.authority) this.remembered?.remember(this.authority);
  }

  /** The snapshot as a JSON file; null (with the reason in `failure`) when it cannot be saved. */
  jsonFile(): PublishedFile | null {
    const json = this.checkedJson();
    return json
      ? { name: `${snapshotFileName(this.preview!)}.json`, text: json + '\n', type: 'application/json' }
      : null;
  }

  /** The governor HTML file holding the snapshot; null (with the reason in `failure`) when it cannot be made. */
  async htmlFile(): Promise<PublishedFile | null> {
    const json = this.checkedJson();
    if (!json) return null;
    const snapshot = this.preview!;
    try {
      const template = await (this.template ??= this.fetchHtml());
      return {
        name: `${snapshotFileName(snapshot)}.html`,
        text: snapshotHtml(template, json, snapshot.title),
        type: 'text/html;charset=utf-8',
      };
    } catch (e) {
      this.template = null;
      this.failure = `The HTML file could not be made: ${e instanceof Error ? e.message : String(e)}`;
      return null;
    }
  }

  /** The preview as JSON, checked as a governor's copy of the app will check it on open; null (with the reason) if it fails. */
  private checkedJson(): string | null {
    if (!this.canSave) return null;
    const json = JSON.stringify(this.preview);
    try {
      checkSnapshot(json);
    } catch (e) {
      this.failure = `The snapshot fails its own check, so nothing was saved (a fault of the app: please report it): ${e instanceof Error ? e.message : String(e)}`;
      return null;
    }
    this.failure = null;
    this.rememberAuthority();
    return json;
  }

  /** The commentary typed for the overview and the areas with figures. */
  private published(): Record<string, string> {
    const ids = new Set(['overview', ...this.areas.map((a) => a.id)]);
    return Object.fromEntries(
      Object.entries(this.commentary)
        .filter(([id, text]) => ids.has(id) && text.trim() !== '')
        .map(([id, text]) => [id, text.trim()]),
    );
  }
}
