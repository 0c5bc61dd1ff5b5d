/**
 * @module A uPlot chart that keeps to its box: drawn at the box's width (within the chart's own bounds) and
 * resized as the box narrows or widens (a phone turned, a window resized), destroyed with its effect. The
 * diary trend and the EMG trace both draw one.
 */
import uPlot from 'uplot';

/** uPlot's sides of an axis, by value: its `Axis.Side` is a const enum, which an isolated build cannot read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- uPlot's Axis.Side.Left
export const LEFT = 3 as uPlot.Axis.Side;
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- uPlot's Axis.Side.Right
export const RIGHT = 1 as uPlot.Axis.Side;

export interface FittedPlotOptions {
  /** Everything but the size, which the box gives. */
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
  readonly height: number;
  readonly minWidth: number;
  readonly maxWidth: number;
  /** A change of width this small (in CSS pixels) or smaller leaves the chart as it is. */
  readonly slack?: number;
}

/**
 * Draws a uPlot in `el` at the box's width and keeps it to that width.
 * @param el - The box the chart is drawn in.
 * @returns The chart and the clean-up that stops watching the box and destroys the chart.
 */
export function fittedPlot(
  el: HTMLElement,
  { options, data, height, minWidth, maxWidth, slack = 0 }: FittedPlotOptions,
): { readonly plot: uPlot; readonly dispose: () => void } {
  const fit = (): number => Math.max(minWidth, Math.min(maxWidth, el.clientWidth));
  const plot = new uPlot({ ...options, width: fit(), height }, data, el);
  const watch =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          const width = fit();
          if (Math.abs(width - plot.width) > slack) {
            plot.setSize({ width, height });
          }
        });
  watch?.observe(el);
  return {
    plot,
    dispose: () => {
      watch?.disconnect();
      plot.destroy();
    },
  };
}
