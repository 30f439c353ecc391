/** The Explore Education Statistics symbols a cell may show instead of a number. */
export const SYMBOLS = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
} as const;

export type SymbolCode = keyof typeof SYMBOLS;

export function isSymbol(display: string): display is SymbolCode {
  return display === 'c' || display === 'x' || display === 'z';
}

/** A value the charts may draw: a finite number whose display is not a symbol. */
export function drawable(value: number | null | undefined, display: string): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && !isSymbol(display);
}

/** Words for a display string: the symbol's meaning, or the display itself. */
export function spoken(display: string): string {
  return isSymbol(display) ? SYMBOLS[display] : display;
}

/** The symbols used in some display strings, in c, x, z order. */
export function symbolsUsed(displays: Iterable<string>): SymbolCode[] {
  const seen = new Set<string>(displays);
  return (Object.keys(SYMBOLS) as SymbolCode[]).filter((s) => seen.has(s));
}
