/**
 * Alt text generated from the data a chart draws: the first and last value of each
 * series, and which periods are suppressed or missing, in plain words.
 */
import { drawable, isSymbol, SYMBOLS, type SymbolCode } from './symbols';
import type { Bar, Bin, Format, Point, Series, StackColumn, StackPart } from './types';

const NO_DATA = 'no data for this selection';

/** "a", "a and b", "a, b and c" */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "2019/20 to 2024/25", or the one period */
function span(periods: readonly string[]): string {
  return periods.length === 1 ? periods[0] : `${periods[0]} to ${periods.at(-1)}`;
}

/** "(2021/22 suppressed; 2019/20 not available)" for the points shown as symbols */
function gaps(points: readonly Point[]): string {
  const by = new Map<SymbolCode, string[]>();
  for (const p of points) if (isSymbol(p.display)) by.set(p.display, [...(by.get(p.display) ?? []), p.period]);
  const parts = [...by].map(([symbol, periods]) => `${listOf(periods)} ${SYMBOLS[symbol]}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function describeSeries(s: Series, periods: readonly string[], format: Format): string {
  const shown = s.points.filter((p) => drawable(p.value, p.display));
  if (shown.length === 0) {
    const words = [...new Set(s.points.map((p) => (isSymbol(p.display) ? SYMBOLS[p.display] : SYMBOLS.x)))];
    return `${s.label} ${words.length > 0 ? words.join(' or ') : SYMBOLS.x}`;
  }
  const first = shown[0];
  const last = shown[shown.length - 1];
  const value = (p: Point): string => format(p.value ?? 0);
  if (shown.length === 1) return `${s.label} ${value(first)} in ${first.period}${gaps(s.points)}`;
  const from = first.period === periods[0] ? value(first) : `${value(first)} in ${first.period}`;
  const to = last.period === periods.at(-1) ? value(last) : `${value(last)} in ${last.period}`;
  return `${s.label} ${from} to ${to}${gaps(s.points)}`;
}

/** "Attainment 8, 2019/20 to 2024/25: local 21.2 to 16.7; children in care nationally 19.1 to 18.2." */
export function altForSeries(title: string, series: readonly Series[], format: Format): string {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  if (periods.length === 0) return `${title}: ${NO_DATA}.`;
  return `${title}, ${span(periods)}: ${series.map((s) => describeSeries(s, periods, format)).join('; ')}.`;
}

const said = (display: string): string => (isSymbol(display) ? SYMBOLS[display] : display);

/** "Exclusions by reason: physical assault 12, verbal abuse 5, other suppressed." (at most `limit` bars named) */
export function altForBars(title: string, bars: readonly Bar[], limit = 8): string {
  if (bars.length === 0) return `${title}: ${NO_DATA}.`;
  const named = bars.slice(0, limit).map((b) => `${b.label} ${said(b.display)}`);
  const rest = bars.length - named.length;
  return `${title}: ${named.join(', ')}${rest > 0 ? `, and ${rest} more in the table` : ''}.`;
}

/** "Exclusions, 2019/20 to 2024/25, stacked by type: suspension and permanent. In 2024/25: suspension 40, permanent suppressed." */
export function altForStack(title: string, columns: readonly StackColumn[], parts: readonly StackPart[]): string {
  if (columns.length === 0 || parts.length === 0) return `${title}: ${NO_DATA}.`;
  const latest = columns[columns.length - 1];
  const cells = parts.map((p) => `${p.label} ${said(latest.values[p.key]?.display ?? 'x')}`);
  return `${title}, ${span(columns.map((c) => c.period))}, in parts: ${listOf(parts.map((p) => p.label))}. In ${latest.period}: ${cells.join(', ')}.`;
}

/** "Attendance, in 10 bins from 0 to 100: the most in 90 to 100 (212); 1 bin suppressed." */
export function altForBins(title: string, bins: readonly Bin[], format: Format = String): string {
  if (bins.length === 0) return `${title}: ${NO_DATA}.`;
  const shown = bins.filter((b) => drawable(b.count, b.display));
  const hidden = bins.length - shown.length;
  const top = shown.reduce<Bin | null>((best, b) => (best === null || b.count > best.count ? b : best), null);
  const range = `in ${bins.length} bin${bins.length === 1 ? '' : 's'} from ${format(bins[0].x0)} to ${format(bins[bins.length - 1].x1)}`;
  const most = top ? `the most in ${format(top.x0)} to ${format(top.x1)} (${top.display})` : 'all suppressed';
  const note = top && hidden > 0 ? `; ${hidden} bin${hidden === 1 ? '' : 's'} suppressed` : '';
  return `${title}, ${range}: ${most}${note}.`;
}
