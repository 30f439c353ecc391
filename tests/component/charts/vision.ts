/**
 * How colours look to people with colour-blindness, and how far apart two colours look:
 * the simulation of Machado, Oliveira and Fernandes (2009) at severity 1.0 (dichromacy),
 * applied in linear RGB, and the CIE76 colour difference ΔE*ab in CIELAB (D65).
 */

export type Vision = 'protanopia' | 'deuteranopia' | 'tritanopia';
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const MACHADO: Record<Vision, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export const VISIONS = Object.keys(MACHADO) as Vision[];

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** A #rrggbb colour as linear RGB, each channel 0 to 1. */
export function linearRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => toLinear(parseInt(m[1].slice(i, i + 2), 16) / 255)) as Rgb;
}

/** Linear RGB as one with this vision sees it (clamped to the gamut). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  return MACHADO[vision].map((row) =>
    Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])),
  ) as Rgb;
}

/** CIELAB (D65 white) of linear RGB. */
export function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE*ab between two #rrggbb colours, as seen with normal vision or the given colour-blindness. */
export function deltaE(a: string, b: string, vision?: Vision): number {
  const see = (hex: string) => lab(vision ? simulate(linearRgb(hex), vision) : linearRgb(hex));
  const [p, q] = [see(a), see(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
