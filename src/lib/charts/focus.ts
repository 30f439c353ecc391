import type { ChartContext, TooltipData } from './context';

/**
 * Event handlers for a focusable mark: focus or hover shows its tooltip,
 * blur, mouse leave or Escape hides it.
 */
export function tooltipHandlers(chart: ChartContext, tip: () => TooltipData) {
  const show = () => chart.showTooltip(tip());
  const hide = () => chart.hideTooltip();
  return {
    onfocus: show,
    onblur: hide,
    onmouseenter: show,
    onmouseleave: hide,
    onkeydown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    },
  };
}
