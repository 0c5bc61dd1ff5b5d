// @vitest-environment happy-dom
/**
 * @module A chart keeps to its box: drawn at the box's width within its bounds, resized when the box changes
 * by more than its slack, and destroyed (the box no longer watched) when its effect ends. uPlot draws on a
 * canvas happy-dom has not, so it is replaced by a recorder; the box's watcher is driven by hand.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fittedPlot, type FittedPlotOptions } from './chart';

const made = vi.hoisted(
  () => [] as { width: number; height: number; sizes: number[]; destroyed: boolean }[],
);
vi.mock('uplot', () => ({
  default: class {
    readonly rec: { width: number; height: number; sizes: number[]; destroyed: boolean };
    constructor(opts: { width: number; height: number }) {
      this.rec = { width: opts.width, height: opts.height, sizes: [], destroyed: false };
      made.push(this.rec);
    }
    get width(): number {
      return this.rec.width;
    }
    setSize({ width }: { width: number }): void {
      this.rec.width = width;
      this.rec.sizes.push(width);
    }
    destroy(): void {
      this.rec.destroyed = true;
    }
  },
}));

let notify: (() => void) | null = null;
let watching = false;

beforeEach(() => {
  made.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(cb: () => void) {
        notify = cb;
      }
      observe(): void {
        watching = true;
      }
      disconnect(): void {
        watching = false;
      }
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function box(width: number): HTMLElement {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: width, writable: true });
  return el;
}

const SIZE: FittedPlotOptions = {
  height: 200,
  minWidth: 280,
  maxWidth: 900,
  options: { series: [] },
  data: [[]] as unknown as FittedPlotOptions['data'],
};

describe('a chart in its box', () => {
  test.each([
    [600, 600],
    [100, 280],
    [2000, 900],
  ])('a box %i wide draws it %i wide', (inBox, drawn) => {
    fittedPlot(box(inBox), SIZE);
    expect(made[0]).toMatchObject({ width: drawn, height: 200 });
  });

  test('follows the box when it changes by more than the slack, and ends when disposed', () => {
    const el = box(600);
    const { dispose } = fittedPlot(el, { ...SIZE, slack: 1 });
    Object.defineProperty(el, 'clientWidth', { value: 601 });
    notify?.();
    expect(made[0]?.sizes).toEqual([]);
    Object.defineProperty(el, 'clientWidth', { value: 500 });
    notify?.();
    expect(made[0]?.sizes).toEqual([500]);
    expect(watching).toBe(true);
    dispose();
    expect(watching).toBe(false);
    expect(made[0]?.destroyed).toBe(true);
  });
});
