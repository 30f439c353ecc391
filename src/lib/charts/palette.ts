/**
 * Chart colours as data: the Okabe–Ito colour-blind-safe hues, darkened where needed
 * on the light theme, so that every colour has at least 3:1 contrast (WCAG 2.2 AA,
 * non-text contrast) against its background. charts.css holds the same values as
 * CSS variables; tests/component/charts/palette.test.ts checks both.
 */

export interface Theme {
  background: string;
  /** --chart-1 … --chart-6: local first, then comparisons and stack parts */
  series: readonly string[];
  national: string;
  grid: string;
  /** RAG-like hues for a rating scale (PEP quality), told apart with colour-blindness too (tests/component/charts/vision.ts checks) */
  rag: Readonly<Record<Rag, string>>;
}

/** The hues of a rating scale, best first, and grey for what is not rated. */
export type Rag = 'gold' | 'green' | 'amber' | 'red' | 'grey';

export const LIGHT: Theme = {
  background: '#ffffff',
  // blue, vermillion, bluish green, reddish purple, orange, yellow (dark olive)
  series: ['#0072b2', '#d55e00', '#009e73', '#b8578f', '#a86800', '#8a7a00'],
  national: '#505a5f',
  grid: '#8f8f8f',
  // darker than the dark theme's: at 3:1 on white, lightness keeps gold and amber apart for protanopes
  rag: { gold: '#ad8b16', green: '#3f9c72', amber: '#a84400', red: '#7a0019', grey: '#4f5457' },
};

export const DARK: Theme = {
  background: '#121417',
  // sky blue, vermillion, bluish green, reddish purple, orange, yellow
  series: ['#56b4e9', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#f0e442'],
  national: '#aab1b7',
  grid: '#666a6e',
  rag: { gold: '#f7d65c', green: '#49a85d', amber: '#fe8f0e', red: '#d6262f', grey: '#8b9296' },
};

/** The CSS variable names, in the order of the palette. */
export const SERIES_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'] as const;

/** The colour of the i-th series or part, as a CSS value that follows the theme. */
export const seriesColour = (i: number): string => `var(${SERIES_VARS[i % SERIES_VARS.length]})`;
/** The CSS variable of each hue of a rating scale. */
export const RAG_VARS: Readonly<Record<Rag, string>> = {
  gold: '--chart-rag-gold',
  green: '--chart-rag-green',
  amber: '--chart-rag-amber',
  red: '--chart-rag-red',
  grey: '--chart-rag-grey',
};

/** A hue of the rating scale, as a CSS value that follows the theme. */
export const ragColour = (hue: Rag): string => `var(${RAG_VARS[hue]})`;

/** A group's place in the palette: its place in the known order, else a hash of its key (never its place among the groups shown). */
function categoryIndex(key: string, order: readonly string[]): number {
  const known = order.indexOf(key);
  if (known >= 0) return known;
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash;
}

/**
 * The colour of one group, the same in every chart: by its place in its dimension's natural `order` (given by the
 * caller), else by its key; never by its place among the groups shown.
 */
export const categoryColour = (key: string, order: readonly string[] = []): string =>
  seriesColour(categoryIndex(key, order));

export const NATIONAL_COLOUR = 'var(--chart-national)';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}
