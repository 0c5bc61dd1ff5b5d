/**
 * @module The interview's last result in the page's language. A result is worded in the language the check
 * was answered in; read in another, it is asked again of the server with the same answers (the interview
 * is stateless) and kept in the new words, still from when it arrived. Its advice may send the patient to
 * care now: that must be read in the patient's language. Offline, or for a result cached before its
 * answers were kept, the old words stay.
 */
import { useEffect, useState } from 'react';
import type { QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { api } from '../api';
import { lastResult, rewordLastResult, type LastResult } from './last-result';

export function useLastResult(locale: string): LastResult | undefined {
  const [, setWorded] = useState(0);
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
    // when the result's language differs from the page's, not on every render
  }, [stale, locale]);
  return last;
}
