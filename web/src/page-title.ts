/**
 * @module Every screen is named in the browser's title and, after a move inside the app, the reader is
 * taken to its heading (WCAG 2.2 2.4.2 Page Titled, and 2.4.3 Focus Order for a single-page app): without
 * it the tab kept saying "Tonus" on every screen and a screen reader stayed on the link just followed,
 * with no word that the page had changed. The title is the screen's first shown heading in `main`, so it is
 * in the page's language without a second list of names, and it follows that heading as it changes without
 * a move: each question of the interview, its result, the emergency screen, a patient's name once read, the
 * screen loaded on demand after the one it replaces (kept hidden meanwhile, so never its title). A screen
 * that moves focus itself (the interview to its question) is left alone.
 */
import { useEffect, useRef } from 'react';

/** Whether `el` is shown: not inside a hidden element (a screen kept while the next one loads is hidden). */
function shown(el: Element, within: Element): boolean {
  for (let e: Element | null = el; e !== null && e !== within.parentElement; e = e.parentElement) {
    if (e.hasAttribute('hidden') || (e instanceof HTMLElement && e.style.display === 'none')) {
      return false;
    }
  }
  return true;
}

/** The first heading of `main` that is shown. */
function headingOf(main: Element): HTMLElement | null {
  return [...main.querySelectorAll<HTMLElement>('h1')].find((h) => shown(h, main)) ?? null;
}

/** A heading's words as a screen reader says them: without what is hidden from it (an icon). */
function wordsOf(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') {
    return '';
  }
  if (node.nodeType === Node.TEXT_NODE) {
    return node.textContent ?? '';
  }
  return [...node.childNodes].map(wordsOf).join('');
}

/**
 * Names the screen at `location` in the title, again when its heading changes or the language (`locale`)
 * does, and takes the focus to its heading when the location changed (not on the first screen, not on a
 * change of language), unless the new screen focused a control of its own.
 */
export function usePageTitle(location: string, appName: string, locale: string): void {
  const shownAt = useRef<string | null>(null);
  useEffect(() => {
    let focusDue = shownAt.current !== null && shownAt.current !== location;
    shownAt.current = location;
    const name = (): boolean => {
      const main = document.querySelector('main');
      const heading = main === null ? null : headingOf(main);
      if (main === null || heading === null) {
        return false;
      }
      const words = wordsOf(heading).replace(/\s+/g, ' ').trim();
      const title = words === '' || words === appName ? appName : `${words} · ${appName}`;
      if (document.title !== title) {
        document.title = title;
      }
      if (focusDue) {
        focusDue = false;
        // a screen that focused something of its own keeps it; the focus left on a hidden screen does not count
        const active = document.activeElement;
        if (active === null || !main.contains(active) || !shown(active, main)) {
          if (!heading.hasAttribute('tabindex')) {
            heading.setAttribute('tabindex', '-1');
          }
          heading.focus();
        }
      }
      return true;
    };
    // a screen still loading has no heading yet: the tab says the app's name, not the screen before
    if (!name()) {
      document.title = appName;
    }
    const watch = new MutationObserver(() => {
      name();
    });
    watch.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    return () => watch.disconnect();
  }, [location, appName, locale]);
}
