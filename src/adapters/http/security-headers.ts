/**
 * @module Security headers (helmet) at a fixed cost. @fastify/helmet builds helmet's middleware anew for
 * every request and adds two hooks to each (one of them async), which cost more than some of our routes'
 * whole work; the headers of one configuration never change, so they are computed once here and set on
 * every response. A route that declares its own helmet options (`helmet: {…}` or `helmet: false` in its
 * route options, as @fastify/helmet documents) gets the headers of the global options merged with its
 * own, also computed once, when the route is added. Options must be fixed values: per-response CSP
 * nonces (`enableCSPNonces`) and `reply.helmet()` are not offered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
// the `helmet` route option keeps @fastify/helmet's type; the plugin itself is not registered
import type {} from '@fastify/helmet';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
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

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: HelmetOptions,
): Promise<void> {
  const fixed = helmetHeaders(options);
  app.addHook('onRoute', (route) => {
    const own = (route as { helmet?: RouteHelmet }).helmet;
    if (own === undefined) {
      return;
    }
    let headers: readonly (readonly [string, string])[] = [];
    if (own !== false) {
      const { enableCSPNonces, ...rest } = own;
      if (enableCSPNonces === true) {
        // a nonce differs per response: it cannot be computed once (no route needs one)
        throw new Error(`${route.url}: CSP nonces are not supported by the fixed security headers`);
      }
      headers = helmetHeaders({ ...options, ...rest } as HelmetOptions);
    }
    // marks the route, so the global hook leaves it to its own headers
    route.config = { ...route.config, helmet: own } as typeof route.config;
    const apply: onRequestHookHandler = (_req, reply, done) => {
      for (const [name, value] of headers) {
        reply.header(name, value);
      }
      done();
    };
    route.onRequest = [apply, ...[route.onRequest ?? []].flat()];
  });
  app.addHook('onRequest', (req, reply, done) => {
    const own = (req.routeOptions.config as { helmet?: unknown }).helmet;
    if (own === undefined) {
      for (const [name, value] of fixed) {
        reply.header(name, value);
      }
    }
    done();
  });
  return Promise.resolve();
}
