/**
 * @module Security headers (helmet) at a fixed cost. @fastify/helmet builds helmet's middleware anew for
 * every request and adds two hooks to each (one of them async), which cost more than some of our routes'
 * whole work; the headers of one configuration never change, so they are computed once here and set on
 * every response. A route that declares its own helmet options (`helmet: {…}` or `helmet: false` in its
 * route options, as @fastify/helmet documents) gets the headers of the global options merged with its
 * own, also computed once, when the route is added. Options must be fixed values: per-response CSP
 * nonces (`enableCSPNonces`) and `reply.helmet()` are not offered. Every answer under `/api/` and `/cds-services` also gets
 * `cache-control: no-store` (patient data must not sit in a shared or browser cache), in the same
 * once-per-route set; a route that sets its own cache-control when it answers (the PDF report) keeps its
 * own, and the web app's files outside `/api/` keep theirs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
// the `helmet` route option keeps @fastify/helmet's type; the plugin itself is not registered
import type {} from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets for `options`, found by running its middleware once on a stand-in response. */
export function helmetHeaders(options: HelmetOptions): readonly (readonly [string, string])[] {
  const headers = new Map<string, string>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  // helmet reads the request only for directives given as functions, which a fixed set cannot have
  const req = Object.create(null) as IncomingMessage;
  helmet(options)(req, res as unknown as ServerResponse, (err?: unknown) => {
    if (err instanceof Error) {
      throw err;
    }
  });
  return [...headers];
}

/** What a route may declare as `helmet` in its options (@fastify/helmet's route option). */
type RouteHelmet = false | (HelmetOptions & { enableCSPNonces?: boolean });

type Headers = readonly (readonly [string, string])[];

/** Where each route keeps the headers computed for it when it was added. */
const KEY = 'securityHeaders';

/**
 * Answers under these prefixes carry patient data (the API, and CDS Hooks cards about a patient): no
 * shared or browser cache may keep them.
 */
export const NO_STORE_PREFIXES = ['/api/', '/cds-services/'] as const;
const NO_STORE: readonly [string, string] = ['cache-control', 'no-store'];

/** A route's headers, or for a wildcard route both sets, picked by the request's URL. */
type PerRoute = Headers | { readonly api: Headers; readonly other: Headers };
const isHeaders = (h: PerRoute | undefined): h is Headers => Array.isArray(h);

const underApi = (url: string): boolean =>
  NO_STORE_PREFIXES.some(
    (p) => url.startsWith(p) || url === p.slice(0, -1) || url.startsWith(`${p.slice(0, -1)}?`),
  );

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: HelmetOptions,
): Promise<void> {
  const fixed = helmetHeaders(options);
  const fixedNoStore: Headers = [...fixed, NO_STORE];
  app.addHook('onRoute', (route) => {
    const own = (route as { helmet?: RouteHelmet }).helmet;
    let headers: Headers = fixed;
    if (own === false) {
      headers = [];
    } else if (own !== undefined) {
      const { enableCSPNonces, ...rest } = own;
      if (enableCSPNonces === true) {
        // a nonce differs per response: it cannot be computed once (no route needs one)
        throw new Error(`${route.url}: CSP nonces are not supported by the fixed security headers`);
      }
      headers = helmetHeaders({ ...options, ...rest } as HelmetOptions);
    }
    // a route that sets its own cache-control when it answers (the PDF report) replaces this one
    const noStore: Headers = headers === fixed ? fixedNoStore : [...headers, NO_STORE];
    let mine: PerRoute = headers;
    if (underApi(route.url)) {
      mine = noStore;
    } else if (route.url.includes('*')) {
      // a wildcard (the web app's files) also answers API paths no route has, with a 404
      mine = { api: noStore, other: headers };
    }
    route.config = { ...route.config, [KEY]: mine } as typeof route.config;
  });
  app.addHook('onRequest', (req, reply, done) => {
    const mine = (req.routeOptions.config as { [KEY]?: PerRoute })[KEY];
    // only an answer no route matched (not found) has none of its own; it and a wildcard go by the URL
    let headers: Headers;
    if (isHeaders(mine)) {
      headers = mine;
    } else if (underApi(req.url)) {
      headers = mine?.api ?? fixedNoStore;
    } else {
      headers = mine?.other ?? fixed;
    }
    for (const [name, value] of headers) {
      reply.header(name, value);
    }
    done();
  });
  return Promise.resolve();
}
