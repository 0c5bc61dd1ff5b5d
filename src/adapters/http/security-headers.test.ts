/**
 * @module Security headers computed once are the headers @fastify/helmet sets per request; route options still
 * win; every answer under /api/ is kept out of caches (no-store) unless its route sets its own cache-control.
 */
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, test } from 'vitest';
import { registerSecurityHeaders } from './security-headers.js';

const OPTIONS = { contentSecurityPolicy: { directives: { defaultSrc: ["'none'"] } } };

function routes(app: FastifyInstance): void {
  app.get('/plain', () => ({ ok: true }));
  app.get('/own', { helmet: { contentSecurityPolicy: false } }, () => ({ ok: true }));
  app.get('/none', { helmet: false }, () => ({ ok: true }));
}

async function headersOf(app: FastifyInstance, url: string): Promise<Record<string, unknown>> {
  const r = await app.inject({ method: 'GET', url });
  const { date: _date, ...rest } = r.headers;
  return rest;
}

describe('security headers', () => {
  test('are the same as per-request @fastify/helmet, on plain routes and routes with their own options', async () => {
    const perRequest = Fastify();
    await perRequest.register(fastifyHelmet, OPTIONS);
    routes(perRequest);
    const once = Fastify();
    await registerSecurityHeaders(once, OPTIONS);
    routes(once);
    for (const url of ['/plain', '/own', '/none']) {
      expect(await headersOf(once, url), url).toEqual(await headersOf(perRequest, url));
    }
    const plain = await headersOf(once, '/plain');
    expect(plain['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(plain['x-content-type-options']).toBe('nosniff');
    expect((await headersOf(once, '/own'))['content-security-policy']).toBeUndefined();
    expect((await headersOf(once, '/none'))['x-content-type-options']).toBeUndefined();
    // and a page that is not found gets the global headers too
    expect(await headersOf(once, '/missing')).toMatchObject({
      'x-content-type-options': 'nosniff',
    });
  });

  test('a route asking for per-response CSP nonces is refused when it is added, not served without them', async () => {
    const app = Fastify();
    await registerSecurityHeaders(app, OPTIONS);
    expect(() =>
      app.get('/nonce', { helmet: { enableCSPNonces: true } }, () => ({ ok: true })),
    ).toThrow(/CSP nonces are not supported/);
  });

  test('every answer under /api/ is kept out of caches, found or not, with its own helmet options or none; other paths are left to their routes', async () => {
    const app = Fastify();
    await registerSecurityHeaders(app, OPTIONS);
    routes(app);
    app.get('/api/chart', () => ({ ok: true }));
    app.get('/api/own', { helmet: { contentSecurityPolicy: false } }, () => ({ ok: true }));
    app.get('/api/pdf', (_req, reply) =>
      reply.header('cache-control', 'private, max-age=60').send('x'),
    );
    app.get('/asset.js', (_req, reply) =>
      reply.header('cache-control', 'public, max-age=31536000, immutable').send('x'),
    );
    const chart = await headersOf(app, '/api/chart');
    expect(chart['cache-control']).toBe('no-store');
    expect(chart['x-content-type-options']).toBe('nosniff');
    const own = await headersOf(app, '/api/own');
    expect(own['cache-control']).toBe('no-store');
    expect(own['content-security-policy']).toBeUndefined();
    expect((await headersOf(app, '/api/missing'))['cache-control']).toBe('no-store');
    expect((await headersOf(app, '/api/pdf'))['cache-control']).toBe('private, max-age=60');
    expect((await headersOf(app, '/plain'))['cache-control']).toBeUndefined();
    expect((await headersOf(app, '/missing'))['cache-control']).toBeUndefined();
    expect((await headersOf(app, '/asset.js'))['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    // a wildcard route (the web app's files) answering an API path no route has
    const files = Fastify();
    await registerSecurityHeaders(files, OPTIONS);
    files.get('/*', (_req, reply) => reply.code(404).send({ missing: true }));
    expect((await headersOf(files, '/api/nothing'))['cache-control']).toBe('no-store');
    expect((await headersOf(files, '/app.css'))['cache-control']).toBeUndefined();
  });
});
