/** @module The web app's entry: locale, session, the outbox and the service worker, then the routes. */
// first: zod's JIT is turned off before any module builds a schema (see the module)
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleProvider } from './i18n';
import { startOutbox } from './outbox';
import { SessionProvider } from './session';
import './styles.css';

startOutbox();
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker.register('/sw.js');
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LocaleProvider>
    </StrictMode>,
  );
}
