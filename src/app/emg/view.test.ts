/** @module The EMG view's feature keys and the catalog's words for them stay one set. */
import { expect, test } from 'vitest';
import { EMG_EN } from '../../i18n/index.js';
import { EmgChannelView } from './view.js';

test('every scalar feature of the analysis view has words in the catalog, and the catalog no others', () => {
  const keys = Object.keys(EmgChannelView.shape.features.shape).filter((k) => k !== 'perMinute');
  expect(keys.length).toBeGreaterThan(0);
  expect(Object.keys(EMG_EN.feature).sort()).toEqual(keys.sort());
  for (const [key, words] of Object.entries(EMG_EN.feature)) {
    expect(words, key).not.toBe(key);
    expect(words.trim().length, key).toBeGreaterThan(0);
  }
});
