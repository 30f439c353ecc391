/**
 * Land on a panel a link names (`#/<area>/<panel id>`): scroll its heading to the top and move focus to it, so
 * that keyboard and screen reader users start there too. False when the view draws no such panel.
 */
export function focusPanel(id: string, root: ParentNode = document): boolean {
  const panel = [...root.querySelectorAll<HTMLElement>('[data-panel]')].find((p) => p.dataset.panel === id);
  const headingId = panel?.getAttribute('aria-labelledby');
  const heading = headingId ? panel?.querySelector<HTMLElement>(`[id="${headingId}"]`) : null;
  if (!heading) return false;
  // a heading is not focusable of itself: -1 takes it out of the tab order while letting it take focus
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView?.({ block: 'start' });
  return true;
}
