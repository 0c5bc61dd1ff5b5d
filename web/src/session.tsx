/**
 * @module Who is signed in, read from `/api/me` and remembered on this device so the diary and self-care
 * screens know the patient while offline. Signing out forgets everything kept here. A request answered 401
 * while somebody is signed in (the session expired, or an admin disabled the account) signs the page out.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Me } from '../../src/domain/records/accounts';
import {
  api,
  ApiError,
  cache,
  requestsStarted,
  UNAUTHENTICATED_EVENT,
  type UnauthenticatedDetail,
} from './api';

interface SessionState {
  /** `undefined` while the first look-up runs. */
  readonly me: Me | null | undefined;
  readonly signedIn: (me: Me) => void;
  readonly signOut: () => Promise<void>;
}

const Ctx = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  // a sign-in or sign-out on this page is newer than the first look-up: a late answer must not undo it
  // (a "not signed in" arriving after the sign-in signed the person out again)
  const acted = useRef(false);
  useEffect(() => {
    api<Me>('GET', '/api/me')
      .then((m) => {
        if (acted.current) {
          return;
        }
        cache.set('me', m);
        setMe(m);
      })
      .catch((e: unknown) => {
        if (acted.current) {
          return;
        }
        if (e instanceof ApiError) {
          cache.clear();
          setMe(null);
        } else {
          setMe(cache.get<Me>('me') ?? null);
        }
      });
  }, []);
  /** The number of requests started by the last sign-in: a 401 to an older one does not undo it. */
  const signedInAt = useRef(0);
  useEffect(() => {
    const ended = (e: Event): void => {
      const d = (e as CustomEvent<UnauthenticatedDetail>).detail;
      // the first look-up answers for itself above; sign-in routes answer 401 to a wrong password
      if (d.url === '/api/me' || d.url.startsWith('/api/auth/') || d.seq <= signedInAt.current) {
        return;
      }
      cache.set('me', null);
      setMe((m) => (m === undefined ? m : null));
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, ended);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, ended);
  }, []);
  const signedIn = useCallback((m: Me) => {
    acted.current = true;
    signedInAt.current = requestsStarted();
    cache.set('me', m);
    setMe(m);
  }, []);
  const signOut = useCallback(async () => {
    acted.current = true;
    await api('POST', '/api/auth/logout').catch(() => undefined);
    cache.clear();
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, signedIn, signOut }), [me, signedIn, signOut]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionState {
  const v = useContext(Ctx);
  if (v === null) {
    throw new Error('useSession outside SessionProvider');
  }
  return v;
}

/** Where a role's screens start: a patient's home, the clinician's patients, the admin's users. */
export function homeOf(role: Me['role']): string {
  switch (role) {
    case 'patient':
      return '/';
    case 'clinician':
      return '/clinician';
    case 'admin':
      return '/admin';
  }
}
