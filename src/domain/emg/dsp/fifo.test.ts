import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Fifo } from './fifo.js';

describe('the buffer behind streamed filters', () => {
  test('any sequence of appends and removals keeps exactly the samples a plain list would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ push: fc.integer({ min: 0, max: 3000 }) }),
            fc.record({ drop: fc.integer({ min: 0, max: 3000 }) }),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const fifo = new Fifo(16);
          const model: number[] = [];
          let next = 0;
          for (const op of ops) {
            if ('push' in op) {
              const x = Float64Array.from({ length: op.push }, () => next++);
              fifo.push(x);
              model.push(...x);
            } else {
              fifo.drop(op.drop);
              model.splice(0, op.drop);
            }
            expect(fifo.length).toBe(model.length);
          }
          expect([...fifo.view()]).toEqual(model);
        },
      ),
    );
  });

  test('blocks of the same size stop allocating once it has grown to fit them', () => {
    const fifo = new Fifo();
    const block = new Float64Array(5000);
    const buffers = new Set<ArrayBufferLike>();
    for (let i = 0; i < 100; i++) {
      fifo.push(block);
      fifo.drop(fifo.length - 300);
      if (i >= 10) {
        buffers.add(fifo.view().buffer);
      }
    }
    expect(buffers.size).toBe(1);
  });
});
