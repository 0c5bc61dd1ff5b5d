/**
 * @module Security headers (helmet) at a fixed cost. @fastify/helmet builds helmet's middleware anew for
 * every request, which cost more than some of our routes' whole work; the headers of one configuration
 * never change, so they are computed once here and set on every response. A route that declares its own
 * helmet options (`helmet: {…}` or `helmet: false` in its route options, as @fastify/helmet documents)
 * still goes through @fastify/helmet per request, and `reply.helmet()` stays available. The global
 * options must be fixed values: a directive computed per response (a CSP nonce) belongs in a route's own
 * helmet options.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
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

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: HelmetOptions,
): Promise<void> {
  // not global: @fastify/helmet acts only on routes with their own options
  await app.register(fastifyHelmet, { ...options, global: false } as FastifyHelmetOptions);
  const fixed = helmetHeaders(options);
  app.addHook('onRequest', (req, reply, done) => {
    const own = (req.routeOptions.config as { helmet?: unknown }).helmet;
    if (own === undefined) {
      for (const [name, value] of fixed) {
        reply.header(name, value);
      }
    }
    done();
  });
}
