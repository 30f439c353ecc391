import { untrack } from 'svelte';
import {
  Virtualizer,
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type Range,
  type VirtualItem,
} from '@tanstack/virtual-core';

export interface VirtualRowsOptions {
  count: number;
  /** the fixed height of a row, in px */
  rowHeight: number;
  /** the height of the sticky header above the first row, in px */
  headerHeight: number;
  overscan: number;
  /** a row rendered even when out of view (the active row, so that focus and the tab stop stay) */
  pinned?: number;
}

/**
 * The rows of a scroll element that are in view (plus an overscan), from @tanstack/virtual-core,
 * as state. Construct it while a component initialises: it creates the virtualizer when the scroll
 * element is there, passes on option changes, and cleans up with the component.
 */
export class VirtualRows {
  /** the rows to render, in order */
  items = $state.raw<VirtualItem[]>([]);
  /** the height of all rows together, header included, in px */
  total = $state(0);
  /** the height of the scroll element's viewport, in px (0 before layout) */
  viewport = $state(0);

  #virtualizer: Virtualizer<HTMLElement, HTMLTableRowElement> | null = null;
  #options: () => VirtualRowsOptions;

  constructor(element: () => HTMLElement | undefined, options: () => VirtualRowsOptions) {
    this.#options = options;

    $effect(() => {
      const el = element();
      if (!el) return;
      const virtualizer = new Virtualizer<HTMLElement, HTMLTableRowElement>({
        ...untrack(() => this.#resolve()),
        getScrollElement: () => el,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: (v) => this.#read(v),
      });
      this.#virtualizer = virtualizer;
      const unmount = virtualizer._didMount();
      virtualizer._willUpdate();
      this.#read(virtualizer);
      return () => {
        unmount();
        this.#virtualizer = null;
      };
    });

    $effect(() => {
      const resolved = this.#resolve();
      const virtualizer = this.#virtualizer;
      if (!virtualizer) return;
      virtualizer.setOptions({ ...virtualizer.options, ...resolved });
      virtualizer._willUpdate();
      this.#read(virtualizer);
    });
  }

  /** Scrolls the least needed to show row `index` whole, below the sticky header. */
  scrollToIndex(index: number): void {
    this.#virtualizer?.scrollToIndex(index, { align: 'auto' });
  }

  /** How many whole rows fit in the viewport below the header (at least 1). */
  get pageSize(): number {
    const { rowHeight, headerHeight } = this.#options();
    return Math.max(1, Math.floor((this.viewport - headerHeight) / rowHeight));
  }

  #resolve() {
    const { count, rowHeight, headerHeight, overscan, pinned } = this.#options();
    return {
      count,
      rangeExtractor: (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (pinned === undefined || pinned < 0 || pinned >= count || indexes.includes(pinned)) return indexes;
        return pinned < indexes[0] ? [pinned, ...indexes] : [...indexes, pinned];
      },
      estimateSize: () => rowHeight,
      // the rows start below the header, and a row scrolled to must not hide under it
      paddingStart: headerHeight,
      scrollPaddingStart: headerHeight,
      overscan,
    };
  }

  #read(virtualizer: Virtualizer<HTMLElement, HTMLTableRowElement>) {
    this.items = virtualizer.getVirtualItems();
    this.total = virtualizer.getTotalSize();
    this.viewport = virtualizer.scrollRect?.height ?? 0;
  }
}
