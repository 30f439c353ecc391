/**
 * The plain data the charts receive. Nothing here knows about DuckDB or measures:
 * a view turns report rows into these shapes, and every chart and its table twin
 * is drawn from the same values and display strings.
 */

export interface Point {
  period: string;
  value: number | null;
  /** what the table and tooltip show: formatted number, 'c' (suppressed), 'x' (not available) or 'z' (not applicable) */
  display: string;
  /** a 95% interval around a local value, drawn as a band */
  low?: number;
  high?: number;
}

export interface Series {
  id: string;
  label: string;
  role: 'local' | 'national' | 'comparison';
  points: Point[];
}

export interface Bar {
  label: string;
  value: number | null;
  display: string;
}

export interface StackPart {
  key: string;
  label: string;
  /** a CSS colour; by default one the key keeps in every chart (categoryColour) */
  colour?: string;
}

export interface StackColumn {
  period: string;
  values: Record<string, { value: number; display: string }>;
}

export interface Bin {
  x0: number;
  x1: number;
  count: number;
  display: string;
}

/** Formats a number for an axis tick, a tooltip or alt text. */
export type Format = (value: number) => string;
