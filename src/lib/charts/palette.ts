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
  /** PEP quality ratings in RAG-like hues, told apart with colour-blindness too (see vision.ts) */
  qa: Readonly<Record<QaRating, string>>;
}

export type QaRating = 'GOLD' | 'GREEN' | 'AMBER' | 'RED' | 'NOT_RATED';

export const LIGHT: Theme = {
  background: '#ffffff',
  // blue, vermillion, bluish green, reddish purple, orange, yellow (dark olive)
  series: ['#0072b2', '#d55e00', '#009e73', '#b8578f', '#a86800', '#8a7a00'],
  national: '#505a5f',
  grid: '#8f8f8f',
  // darker than the dark theme's: at 3:1 on white, lightness keeps gold and amber apart for protanopes
  qa: { GOLD: '#ad8b16', GREEN: '#3f9c72', AMBER: '#a84400', RED: '#7a0019', NOT_RATED: '#4f5457' },
};

export const DARK: Theme = {
  background: '#121417',
  // sky blue, vermillion, bluish green, reddish purple, orange, yellow
  series: ['#56b4e9', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#f0e442'],
  national: '#aab1b7',
  grid: '#666a6e',
  qa: { GOLD: '#f7d65c', GREEN: '#49a85d', AMBER: '#fe8f0e', RED: '#d6262f', NOT_RATED: '#8b9296' },
};

export const THEMES = { light: LIGHT, dark: DARK } as const;

/** The CSS variable names, in the order of the palette. */
export const SERIES_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'] as const;

/** The colour of the i-th series or part, as a CSS value that follows the theme. */
export const seriesColour = (i: number): string => `var(${SERIES_VARS[i % SERIES_VARS.length]})`;
/** The CSS variable of each quality rating. */
export const QA_VARS: Readonly<Record<QaRating, string>> = {
  GOLD: '--chart-qa-gold',
  GREEN: '--chart-qa-green',
  AMBER: '--chart-qa-amber',
  RED: '--chart-qa-red',
  NOT_RATED: '--chart-qa-not-rated',
};

/** A group's place in the palette: its place in the known order, else a hash of its key (never its place among the groups shown). */
function categoryIndex(key: string, order: readonly string[]): number {
  const known = order.indexOf(key);
  if (known >= 0) return known;
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash;
}

const isQaRating = (key: string): key is QaRating => key in QA_VARS;

/**
 * The colour of one group of a breakdown, the same in every chart: quality ratings in their
 * RAG-like hues (anything unrated grey), every other group by its place in the dimension's natural `order`
 * (the contract's, given by the caller), else by its key.
 */
export function categoryColour(dimension: string, key: string, order: readonly string[] = []): string {
  if (dimension === 'qa_rating') return `var(${QA_VARS[isQaRating(key) ? key : 'NOT_RATED']})`;
  return seriesColour(categoryIndex(key, order));
}

export const NATIONAL_COLOUR = 'var(--chart-national)';
export const GRID_COLOUR = 'var(--chart-grid)';

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
