/**
 * @module Every screen is named in the browser's title and, after a move inside the app, the reader is
 * taken to its heading (WCAG 2.2 2.4.2 Page Titled, and 2.4.3 Focus Order for a single-page app): without
 * it the tab kept saying "Tonus" on every screen and a screen reader stayed on the link just followed,
 * with no word that the page had changed. The title is the screen's first heading in `main`, so it is in
 * the page's language without a second list of names. A screen that moves focus itself (the interview to
 * its question) is left alone.
 */
import { useEffect, useRef } from 'react';

/** A lazily loaded screen may show its heading a little later: look for it this many frames. */
const FRAMES = 120;

/**
 * Names the screen at `location` in the title, again when the language (`locale`) changes, and takes the
 * focus to its heading when the location changed (not on the first screen, not on a change of language).
 */
export function usePageTitle(location: string, appName: string, locale: string): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const moved = shown.current !== null && shown.current !== location;
    shown.current = location;
    let frames = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = (): void => {
      const main = document.querySelector('main');
      const heading = main?.querySelector<HTMLElement>('h1') ?? null;
      if (heading === null) {
        frames += 1;
        if (frames < FRAMES) {
          timer = setTimeout(look, 16);
        } else {
          document.title = appName;
        }
        return;
      }
      const name = heading.textContent.trim();
      document.title = name === '' || name === appName ? appName : `${name} · ${appName}`;
      // the first screen keeps the browser's own start; a screen that focused something of its own keeps it
      if (moved && !(main?.contains(document.activeElement) ?? false)) {
        if (!heading.hasAttribute('tabindex')) {
          heading.setAttribute('tabindex', '-1');
        }
        heading.focus();
      }
    };
    look();
    return () => clearTimeout(timer);
  }, [location, appName, locale]);
}
