import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, DARK, LIGHT, luminance, type Theme } from '../../../src/lib/charts/palette';

const colours = (theme: Theme): [string, string][] => [
  ...theme.series.map((c, i): [string, string] => [`--chart-${i + 1}`, c]),
  ['--chart-national', theme.national],
  ['--chart-grid', theme.grid],
];

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

  for (const [name, theme] of [['light', LIGHT], ['dark', DARK]] as const) {
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
    const vars = (block: string) => Object.fromEntries([...block.matchAll(/(--chart-[a-z0-9]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2].toLowerCase()]));
    expect(vars(light)).toEqual(Object.fromEntries(colours(LIGHT)));
    expect(vars(dark)).toEqual(Object.fromEntries(colours(DARK)));
  });
});
