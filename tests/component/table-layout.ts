import { afterAll, beforeAll } from 'vitest';

// jsdom does no layout: give the scrolling area a 600 px viewport, a content height of one
// 32 px row per aria-rowcount (the header measures 0, so it counts as one row), and a scrollTo
// that moves scrollTop and fires the scroll event a browser would.
export const TABLE_VIEWPORT = 600;
export const TABLE_ROW = 32;
const saved = {
  clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!,
  scrollHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!,
  scrollTo: Element.prototype.scrollTo,
};
const isScroller = (el: Element) => el.classList.contains('virtual-table');

/** Registers beforeAll/afterAll for the current test file. */
export function useTableLayout(): void {
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return isScroller(this) ? TABLE_VIEWPORT : 0;
      },
    });
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        const table = this.querySelector('table');
        return isScroller(this) && table ? Number(table.getAttribute('aria-rowcount')) * TABLE_ROW : 0;
      },
    });
    Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
      this.dispatchEvent(new Event('scroll'));
    } as Element['scrollTo'];
  });

  afterAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', saved.clientHeight);
    Object.defineProperty(Element.prototype, 'scrollHeight', saved.scrollHeight);
    Element.prototype.scrollTo = saved.scrollTo;
  });
}
