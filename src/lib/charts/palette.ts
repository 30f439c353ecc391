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
}

export const LIGHT: Theme = {
  background: '#ffffff',
  // blue, vermillion, bluish green, reddish purple, orange, yellow (dark olive)
  series: ['#0072b2', '#d55e00', '#009e73', '#b8578f', '#a86800', '#8a7a00'],
  national: '#505a5f',
  grid: '#8f8f8f',
};

export const DARK: Theme = {
  background: '#121417',
  // sky blue, vermillion, bluish green, reddish purple, orange, yellow
  series: ['#56b4e9', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#f0e442'],
  national: '#aab1b7',
  grid: '#666a6e',
};

export const THEMES = { light: LIGHT, dark: DARK } as const;

/** The CSS variable names, in the order of the palette. */
export const SERIES_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'] as const;

/** The colour of the i-th series or part, as a CSS value that follows the theme. */
export const seriesColour = (i: number): string => `var(${SERIES_VARS[i % SERIES_VARS.length]})`;
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
