import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  categoryColour,
  contrast,
  DARK,
  LIGHT,
  luminance,
  RAG_VARS,
  ragColour,
  type Rag,
  type Theme,
} from '../../../src/lib/charts/palette';
import { deltaE, VISIONS } from './vision';

const colours = (theme: Theme): [string, string][] => [
  ...theme.series.map((c, i): [string, string] => [`--chart-${i + 1}`, c]),
  ['--chart-national', theme.national],
  ['--chart-grid', theme.grid],
  ...Object.entries(theme.rag).map(([k, c]): [string, string] => [RAG_VARS[k as Rag], c]),
];

/** Every pair of rating colours, with how far apart they look to each kind of vision. */
const ratingPairs = (theme: Theme) => {
  const entries = Object.entries(theme.rag);
  return entries.flatMap(([a, ca], i) =>
    entries.slice(i + 1).map(([b, cb]) => ({
      pair: `${a}/${b}`,
      normal: deltaE(ca, cb),
      ...Object.fromEntries(VISIONS.map((v) => [v, deltaE(ca, cb, v)])),
    })),
  );
};

describe('palette', () => {
  it('luminance and contrast follow WCAG: black on white is 21:1', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(luminance('#000000')).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('has the light and dark backgrounds of the app', () => {
    expect([LIGHT.background, DARK.background]).toEqual(['#ffffff', '#121417']);
  });

  for (const [name, theme] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    it(`every ${name} chart colour has at least 3:1 contrast against ${theme.background}`, () => {
      const failing = colours(theme)
        .map(([v, c]) => ({ v, c, ratio: Math.round(contrast(c, theme.background) * 100) / 100 }))
        .filter((x) => x.ratio < 3);
      expect(failing).toEqual([]);
    });
  }

  it('charts.css defines the same colours as palette.ts, light and dark', () => {
    // vitest runs from the project root
    const css = readFileSync(resolve(process.cwd(), 'src/lib/charts/charts.css'), 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    const vars = (block: string) =>
      Object.fromEntries(
        [...block.matchAll(/(--chart-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2].toLowerCase()]),
      );
    expect(vars(light)).toEqual(Object.fromEntries(colours(LIGHT)));
    expect(vars(dark)).toEqual(Object.fromEntries(colours(DARK)));
  });

  it('CIE76 colour difference: identical colours are 0 apart, black and white 100', () => {
    expect(deltaE('#0072b2', '#0072b2')).toBe(0);
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 1);
    // red and green, far apart to most people, nearly meet for a deuteranope
    expect(deltaE('#ff0000', '#00ff00')).toBeGreaterThan(80);
    expect(deltaE('#c00000', '#508000', 'deuteranopia')).toBeLessThan(20);
  });

  for (const [name, theme] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    // ΔE*ab of about 10 is a difference anyone notices between two patches side by side; 12 leaves a margin
    it(`the ${name} quality-rating colours stay at least ΔE 12 apart, pair by pair, with normal vision and each colour-blindness`, () => {
      const close = ratingPairs(theme)
        .flatMap(({ pair, ...seen }) =>
          Object.entries(seen).map(([vision, d]) => ({ pair, vision, d: Math.round(d * 10) / 10 })),
        )
        .filter((x) => x.d < 12);
      expect(close).toEqual([]);
    });
  }

  it('gives each hue of the rating scale its variable, and any other group a colour by its place in a given order, else by its key', () => {
    expect((['gold', 'green', 'amber', 'red', 'grey'] as const).map(ragColour)).toEqual([
      'var(--chart-rag-gold)',
      'var(--chart-rag-green)',
      'var(--chart-rag-amber)',
      'var(--chart-rag-red)',
      'var(--chart-rag-grey)',
    ]);
    expect(['M', 'F', 'U'].map((k) => categoryColour(k, ['M', 'F', 'U']))).toEqual([
      'var(--chart-1)',
      'var(--chart-2)',
      'var(--chart-3)',
    ]);
    expect(categoryColour('PP')).toBe(categoryColour('PP'));
    expect(new Set(['PP', 'PA', 'VA', 'DA', 'BU'].map((k) => categoryColour(k))).size).toBeGreaterThan(1);
  });
});
