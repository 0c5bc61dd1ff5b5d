/**
 * @module The interview's last result in the page's language. A result is worded in the language the check
 * was answered in; read in another, it is asked again of the server with the same answers (the interview
 * is stateless) and kept in the new words, still from when it arrived. Its advice may send the patient to
 * care now: that must be read in the patient's language. Offline, or for a result cached before its
 * answers were kept, the old words stay.
 *
 * For a signed-in patient the last check is also on the record: when this device has none, or an older
 * one (a check on another device, or this device's cache cleared at sign-out), the latest saved check is
 * read from the record, its result asked of the interview with its answers in the page's language, and
 * kept as this device's last result from when it was saved. Offline, or when the record has none or cannot
 * be read, the device's own stays.
 */
import { useEffect, useState } from 'react';
import type { LatestInterview } from '../../../src/app/interview/saved';
import type { QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { api } from '../api';
import { useSession } from '../session';
import {
  keepLastResult,
  lastResult,
  recordIsNewer,
  rewordLastResult,
  type LastResult,
} from './last-result';

/**
 * Follows the patient's latest check on the record: true when it became this device's last result. Any
 * failure (offline, none saved, answers the interview no longer finishes) leaves the device's as it was.
 */
async function followRecord(patientId: string, locale: string): Promise<boolean> {
  const saved = await api<LatestInterview>('GET', `/api/patients/${patientId}/interviews/latest`);
  if (!recordIsNewer(lastResult(), saved)) {
    return false;
  }
  const step = await api<QuestionLine | ResultLine>('POST', '/api/interview', {
    answers: saved.answers,
    locale,
  });
  // a check may have finished on this device while the record was read: the newer still wins
  if (step.type !== 'result' || !recordIsNewer(lastResult(), saved)) {
    return false;
  }
  keepLastResult(step, saved.at, saved.answers, locale);
  return true;
}

export function useLastResult(locale: string): LastResult | undefined {
  const [, setWorded] = useState(0);
  const { me } = useSession();
  const patientId = me?.role === 'patient' ? me.patientId : null;
  const last = lastResult();
  const stale = last !== undefined && last.answers !== null && last.locale !== locale;
  const answers = stale ? last.answers : null;
  useEffect(() => {
    if (answers === null) {
      return undefined;
    }
    let live = true;
    api<QuestionLine | ResultLine>('POST', '/api/interview', { answers, locale })
      .then((s) => {
        if (live && s.type === 'result') {
          rewordLastResult(s, locale);
          setWorded((n) => n + 1);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // `answers` is read afresh from the device on every render (a new object each time): the effect runs
    // when the result's language differs from the page's, not on every render; once the record's check
    // takes the device's place (in the page's language), the effect ends and late words are dropped
  }, [stale, locale]);
  useEffect(() => {
    if (patientId === null) {
      return undefined;
    }
    let live = true;
    followRecord(patientId, locale)
      .then((followed) => {
        if (live && followed) {
          setWorded((n) => n + 1);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // once per patient: a later change of language is the rewording's above
  }, [patientId]);
  return last;
}
