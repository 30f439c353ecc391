/**
 * Where a key moves the active row of a table of `count` rows, `page` rows to a screen;
 * null for a key that does not move it.
 */
export function moveIndex(key: string, current: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const step = Math.max(1, page);
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = current + 1;
      break;
    case 'ArrowUp':
      next = current - 1;
      break;
    case 'PageDown':
      next = current + step;
      break;
    case 'PageUp':
      next = current - step;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    default:
      return null;
  }
  return Math.max(0, Math.min(last, next));
}
