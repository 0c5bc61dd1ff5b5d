// @vitest-environment happy-dom
/**
 * @module Each screen names itself in the tab's title, and a move inside the app takes the reader to the
 * new screen's heading, unless that screen focused something of its own. The title follows the heading
 * as it changes without a move (the next question, the result, the emergency, a name once read), and a
 * screen loaded on demand names the tab once it shows, not the screen kept hidden while it loads.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
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

/** A screen whose heading changes without a move: a question, the next one, then the emergency screen. */
function Steps(): ReactNode {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  return (
    <>
      {step === 2 ? (
        <h1 ref={heading} tabIndex={-1}>
          <span aria-hidden="true">⚠ </span>Get help now
        </h1>
      ) : (
        <h1 ref={heading} tabIndex={-1}>
          {step === 0 ? 'How old are you?' : 'Have you had a fever?'}
        </h1>
      )}
      <button type="button" onClick={() => setStep((s) => s + 1)}>
        Next
      </button>
    </>
  );
}

/** A record read from the server: its heading says "…" until the name arrives. */
function Patient({ name }: { name: Promise<string> }): ReactNode {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    void name.then(setShown);
  }, [name]);
  return <h1>{shown ?? '…'}</h1>;
}

let patientName: Promise<string> = Promise.resolve('Ana Ruiz');

/** The clinician's screens, loaded on demand: answered when a test resolves `loadClinician`. */
let loadClinician: () => void = () => undefined;
const Clinician = lazy(
  () =>
    new Promise<{ default: () => ReactNode }>((resolve) => {
      loadClinician = () => resolve({ default: () => <h1>Patients</h1> });
    }),
);

function SignIn(): ReactNode {
  const [, navigate] = useLocation();
  return (
    <>
      <h1>Sign in</h1>
      <button type="button" onClick={() => navigate('/clinician')}>
        Sign in
      </button>
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
          <Route path="/interview" component={Steps} />
          <Route path="/patient">
            <Patient name={patientName} />
          </Route>
          <Route path="/sign-in" component={SignIn} />
          <Route path="/unnamed">
            <p>No heading here.</p>
          </Route>
          <Route path="/clinician">
            <Suspense fallback={<p role="status">…</p>}>
              <Clinician />
            </Suspense>
          </Route>
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

test('each question, then the emergency screen, titles the tab; the focus stays where the screen put it', async () => {
  const { hook } = memoryLocation({ path: '/interview' });
  render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  expect(document.title).toBe('How old are you? · Tonus');
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  await settle();
  expect(document.title).toBe('Have you had a fever? · Tonus');
  expect(document.activeElement).toBe(
    screen.getByRole('heading', { name: 'Have you had a fever?' }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  await settle();
  // the warning sign is hidden from screen readers, and from the title
  expect(document.title).toBe('Get help now · Tonus');
});

test('a record titled "…" while it is read is titled with its name once read', async () => {
  let arrive: (name: string) => void = () => undefined;
  patientName = new Promise((resolve) => {
    arrive = resolve;
  });
  const { hook, navigate } = memoryLocation({ path: '/' });
  render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  act(() => navigate('/patient'));
  await settle();
  expect(document.title).toBe('… · Tonus');
  arrive('Ana Ruiz');
  await settle();
  expect(document.title).toBe('Ana Ruiz · Tonus');
  // the name is not taken for a second move: the focus stays on the heading it went to
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Ana Ruiz' }));
});

test('after signing in, the screen loaded on demand titles the tab and takes the focus, not the sign-in kept hidden meanwhile', async () => {
  const { hook } = memoryLocation({ path: '/sign-in' });
  render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  expect(document.title).toBe('Sign in · Tonus');
  const button = screen.getByRole('button', { name: 'Sign in' });
  button.focus();
  fireEvent.click(button);
  await settle();
  expect(screen.getByRole('status').textContent).toBe('…');
  expect(document.title).toBe('Tonus');
  await act(async () => {
    loadClinician();
    await vi.advanceTimersByTimeAsync(50);
  });
  expect(document.title).toBe('Patients · Tonus');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Patients' }));
});

test('a screen with no heading at all is titled with the app name alone', async () => {
  const { hook, navigate } = memoryLocation({ path: '/diary' });
  render(
    <Router hook={hook}>
      <Shell locale="en" />
    </Router>,
  );
  await settle();
  expect(document.title).toBe('Spasm diary · Tonus');
  act(() => navigate('/unnamed'));
  await settle();
  expect(document.title).toBe('Tonus');
});
