/**
 * @module Who is signed in, read from `/api/me` and remembered on this device so the diary and self-care
 * screens know the patient while offline. Signing out forgets everything kept here.
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
import { api, ApiError, cache } from './api';

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
  const signedIn = useCallback((m: Me) => {
    acted.current = true;
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
