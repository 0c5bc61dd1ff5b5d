/**
 * @module The store behind `@fastify/rate-limit` on the password routes: it counts in the database
 * through the accounts use case, so every process on one database shares one count. The plugin gives
 * each rate-limited route a child store; the route is part of the key, so one route's attempts do
 * not use up another's.
 */
import { countAttempt } from '../../app/accounts/index.js';
import type { CoreDeps } from '../../app/shared/index.js';

type Done = (err: Error | null, res?: { current: number; ttl: number }) => void;

interface RouteInfo {
  readonly routeInfo?: { readonly method?: string | string[]; readonly url?: string };
}

/** A store class in the shape the plugin constructs (`new Store(options)`, `child`, `incr`). */
export function sharedRateLimitStore(deps: CoreDeps): new (o: RouteInfo) => object {
  return class SharedRateLimitStore {
    private readonly scope: string;

    constructor(o: RouteInfo) {
      const method = o.routeInfo?.method;
      this.scope = `${Array.isArray(method) ? method.join(',') : (method ?? '*')} ${o.routeInfo?.url ?? '*'}`;
    }

    incr(key: string, done: Done, timeWindow: number): void {
      countAttempt(deps, `${this.scope} ${key}`, timeWindow).then(
        (c) => {
          done(null, { current: c.current, ttl: c.ttlMs });
        },
        (e: unknown) => {
          done(e instanceof Error ? e : new Error(String(e)));
        },
      );
    }

    child(o: RouteInfo): SharedRateLimitStore {
      return new SharedRateLimitStore(o);
    }
  };
}
