import { describe, expect, test } from 'vitest';
import { burstEvent } from './bursts.js';
import { spasmEpisode } from './spasms.js';
import { EventLog, EventTable } from './event-log.js';

const fs = 1000;

function log(n: number): EventLog {
  const l = new EventLog();
  for (let i = 0; i < n; i++) {
    l.push({ onset: i * 1000, offset: i * 1000 + 100 + i, level: i });
  }
  return l;
}

describe('events kept as columns', () => {
  test('every event pushed comes back in seconds, in order, past the first growth', () => {
    const t = log(200).table(fs, burstEvent);
    expect(t.length).toBe(200);
    expect(t.at(0)).toEqual({ onsetS: 0, offsetS: 0.1, durationS: 0.1, levelUv: 0 });
    const last = t.at(199);
    expect(last?.onsetS).toBe(199);
    expect(last?.offsetS).toBe(199.299);
    expect(last?.durationS).toBeCloseTo(0.299, 12);
    expect(last?.levelUv).toBe(199);
    expect(t.at(200)).toBeUndefined();
    expect(t.at(-1)).toBeUndefined();
    expect([...t]).toEqual(t.toArray());
    expect(t.slice(1, 3).map((e) => e.levelUv)).toEqual([1, 2]);
  });

  test('the samples they cover add up', () => {
    expect(log(3).covered()).toBe(100 + 101 + 102);
  });

  test('spasm episodes are phasic below 5 s and sustained from 5 s', () => {
    const l = new EventLog();
    l.push({ onset: 0, offset: 4999, level: 1 }, { onset: 6000, offset: 11000, level: 2 });
    const t = l.table(fs, spasmEpisode);
    expect(t.toArray().map((e) => e.kind)).toEqual(['phasic', 'sustained']);
    expect(t.count((e) => e.kind === 'sustained')).toBe(1);
  });

  test('segments join with each moved by its start', () => {
    const a = log(2).table(fs, burstEvent);
    const b = log(1).table(fs, burstEvent);
    const joined = EventTable.join([a, b], [10, 100], burstEvent);
    expect(joined.toArray().map((e) => e.onsetS)).toEqual([10, 11, 100]);
    expect(EventTable.empty(burstEvent).length).toBe(0);
  });
});
