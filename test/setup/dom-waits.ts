/**
 * @module In a browser-like test (happy-dom), how long Testing Library waits for what a screen shows
 * (`findBy…`, `waitFor`): 5 s, not its 1 s default. The CI machine runs the whole suite on two shared cores,
 * and a screen's first render there has taken over a second (a CI flake of the admin tests in stop 50). This
 * is how long a test waits before it fails, not a bound on speed: a screen that never shows the thing still
 * fails, and speed is measured under `bench/` only.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}
