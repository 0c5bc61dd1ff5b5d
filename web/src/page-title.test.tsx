// @vitest-environment happy-dom
/**
 * @module Each screen names itself in the tab's title, and a move inside the app takes the reader to the
 * new screen's heading, unless that screen focused something of its own.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { usePageTitle } from './page-title';

function FocusesItsInput(): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <h1>Question</h1>
      <input ref={input} aria-label="answer" />
    </>
  );
}

function Shell({ locale }: { locale: string }): ReactNode {
  const [location] = useLocation();
  usePageTitle(location, 'Tonus', locale);
  return (
    <>
      <nav>
        <Link href="/diary">Diary</Link> <Link href="/ask">Ask</Link>
      </nav>
      <main>
        <Switch>
          <Route path="/diary">
            <h1>{locale === 'es' ? 'Diario de espasmos' : 'Spasm diary'}</h1>
          </Route>
          <Route path="/ask" component={FocusesItsInput} />
          <Route>
            <h1>Tonus</h1>
          </Route>
        </Switch>
      </main>
    </>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function settle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(50);
  });
}

test('the first screen is titled without taking the focus; a move titles the new screen and focuses its heading', async () => {
  const { hook } = memoryLocation({ path: '/' });
  const view = render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  expect(document.title).toBe('Tonus');
  expect(document.activeElement).toBe(document.body);

  const link = screen.getByRole('link', { name: 'Diary' });
  link.focus();
  fireEvent.click(link);
  await settle();
  expect(document.title).toBe('Spasm diary · Tonus');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Spasm diary' }));

  // a change of language names the screen again in that language, and leaves the focus where it is
  screen.getByRole('link', { name: 'Ask' }).focus();
  view.rerender(
    <Router hook={hook}>
      <Shell locale="es" />
    </Router>,
  );
  await settle();
  expect(document.title).toBe('Diario de espasmos · Tonus');
  expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Ask' }));
});

test('a screen that focuses its own control keeps it', async () => {
  const { hook } = memoryLocation({ path: '/' });
  render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  fireEvent.click(screen.getByRole('link', { name: 'Ask' }));
  await settle();
  expect(document.title).toBe('Question · Tonus');
  expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'answer' }));
});
