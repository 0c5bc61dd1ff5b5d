/** @module The chart summary: pain change against the first week's baseline, by the 2-point-or-30 % rule [S5]. */
import { describe, expect, test } from 'vitest';
import type { DiaryEntry } from './diary.js';
import { diaryDays, summarizePatient, type DiaryDay } from './summary.js';

function days(pains: readonly number[]): DiaryDay[] {
  return pains.map((p, i) => ({
    date: `2026-10-${String(i + 1).padStart(2, '0')}`,
    entries: 1,
    meanPain: p,
    maxPain: p,
    maxPsfsSeverity: 2,
    totalMinutes: 10,
  }));
}

describe('patient summary', () => {
  test('a fall of 2 points from the first week is a clinically important improvement', () => {
    const s = summarizePatient('p', days([6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4]), []);
    expect(s.pain).toEqual({ baseline: 6, latest: 4, importantChange: true, direction: 'better' });
  });

  test('a fall of 1 point from 6 (17 %) is not clinically important', () => {
    const s = summarizePatient('p', days([6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5]), []);
    expect(s.pain.importantChange).toBe(false);
    expect(s.pain.direction).toBe('better');
  });

  test('a rise of 1 point from 3 (33 %) is clinically important and worse', () => {
    const s = summarizePatient('p', days([3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]), []);
    expect(s.pain).toMatchObject({ importantChange: true, direction: 'worse' });
  });

  test('a first week alone has a baseline but no trend yet', () => {
    const s = summarizePatient('p', days([5, 7]), []);
    expect(s.pain).toEqual({ baseline: 6, latest: null, importantChange: false, direction: null });
    expect(s.rule).toEqual({
      id: 'pain_change_2_points_or_30_percent',
      sourceIds: ['S5'],
      status: 'P',
    });
  });

  test('the first week is the baseline by the calendar: its own days are never flagged against it', () => {
    // a bad first day, then nothing until eleven days later: the later days are not the first week
    const diary: DiaryDay[] = [
      { date: '2026-11-20', pain: 9 },
      { date: '2026-12-01', pain: 6 },
      { date: '2026-12-02', pain: 2 },
    ].map(({ date, pain }) => ({
      date,
      entries: 1,
      meanPain: pain,
      maxPain: pain,
      maxPsfsSeverity: 2,
      totalMinutes: 5,
    }));
    const s = summarizePatient('p', diary, []);
    expect(s.pain).toEqual({ baseline: 9, latest: 4, importantChange: true, direction: 'better' });
    expect(s.diary.map((d) => d.importantChange)).toEqual([false, true, true]);
  });

  test('within the first week nothing is flagged, whatever the spread of the days', () => {
    const s = summarizePatient('p', days([9, 2, 9, 2]), []);
    expect(s.diary.map((d) => d.importantChange)).toEqual([false, false, false, false]);
    expect(s.pain).toMatchObject({ baseline: 5.5, latest: null, importantChange: false });
  });

  test('the latest figure is the last week after the first, not days from the first week', () => {
    // first week 1-7 at 6; then 8 and 9 at 3: the last week (3-9) counts only 8 and 9
    const s = summarizePatient('p', days([6, 6, 6, 6, 6, 6, 6, 3, 3]), []);
    expect(s.pain).toEqual({ baseline: 6, latest: 3, importantChange: true, direction: 'better' });
  });

  test('pain ratings are flagged against the first one; other scales are charted without a flag', () => {
    const s = summarizePatient(
      'p',
      [],
      [
        { instrument: 'nrs', takenAt: '2026-10-15T00:00:00.000Z', value: 5 },
        { instrument: 'nrs', takenAt: '2026-10-01T00:00:00.000Z', value: 8 },
        { instrument: 'odi', takenAt: '2026-10-01T00:00:00.000Z', value: 40 },
      ],
    );
    expect(s.outcomes).toEqual([
      {
        instrument: 'odi',
        points: [{ takenAt: '2026-10-01T00:00:00.000Z', value: 40, importantChange: null }],
      },
      {
        instrument: 'nrs',
        points: [
          { takenAt: '2026-10-01T00:00:00.000Z', value: 8, importantChange: false },
          { takenAt: '2026-10-15T00:00:00.000Z', value: 5, importantChange: true },
        ],
      },
    ]);
  });

  test('entries are added up by UTC day, as the store does', () => {
    const entry = (startedAt: string, painNrs: number): DiaryEntry => ({
      id: 'x',
      patientId: 'p',
      startedAt,
      durationMinutes: 5,
      psfsSeverity: 1 as const,
      painNrs,
      trigger: null,
      helped: null,
      note: null,
      createdAt: startedAt,
      createdBy: 'u',
      enteredInError: null,
    });
    expect(
      diaryDays([
        entry('2026-10-02T01:00:00.000Z', 4),
        entry('2026-10-01T23:00:00.000Z', 2),
        entry('2026-10-01T08:00:00.000Z', 6),
      ]),
    ).toEqual([
      {
        date: '2026-10-01',
        entries: 2,
        meanPain: 4,
        maxPain: 6,
        maxPsfsSeverity: 1,
        totalMinutes: 10,
      },
      {
        date: '2026-10-02',
        entries: 1,
        meanPain: 4,
        maxPain: 4,
        maxPsfsSeverity: 1,
        totalMinutes: 5,
      },
    ]);
  });

  test('an entry the patient marked as entered in error counts for nothing in the chart', () => {
    const entry = (painNrs: number, enteredInError: DiaryEntry['enteredInError']): DiaryEntry => ({
      id: 'x',
      patientId: 'p',
      startedAt: '2026-10-01T08:00:00.000Z',
      durationMinutes: 5,
      psfsSeverity: 1,
      painNrs,
      trigger: null,
      helped: null,
      note: null,
      createdAt: '2026-10-01T08:00:00.000Z',
      createdBy: 'u',
      enteredInError,
    });
    const slip = { at: '2026-10-01T09:00:00.000Z', by: 'u', reason: 'meant 3' };
    expect(diaryDays([entry(3, null), entry(9, slip)])).toEqual([
      {
        date: '2026-10-01',
        entries: 1,
        meanPain: 3,
        maxPain: 3,
        maxPsfsSeverity: 1,
        totalMinutes: 5,
      },
    ]);
    expect(diaryDays([entry(9, slip)])).toEqual([]);
  });
});
