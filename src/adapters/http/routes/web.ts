/**
 * @module The built web app (`npm run build` → `web/dist`) served beside the API: hashed assets cached for a
 * year, the page, manifest and service worker revalidated every time, and any other GET outside `/api`
 * answered with the page (the app routes itself). The page gets a content security policy of its own:
 * scripts, styles and requests from this origin only.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const WEB_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

/** Vite names assets by content hash: they never change. Everything else is checked on every use. */
function cacheOf(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serves the app under `/`; returns the handler for GETs no route matched (the SPA fallback). */
export async function webRoutes(
  app: FastifyInstance,
  root: string,
): Promise<(url: string, reply: FastifyReply) => FastifyReply | null> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    cacheControl: false,
    preCompressed: false,
    setHeaders: (reply, path) => {
      reply.header('content-security-policy', WEB_CSP).header('cache-control', cacheOf(path));
    },
  });
  return (url, reply) => {
    if (
      url.startsWith('/api/') ||
      url === '/api' ||
      /\.[a-z0-9]+$/i.test(url.split('?')[0] ?? '')
    ) {
      return null;
    }
    reply.header('content-security-policy', WEB_CSP).header('cache-control', 'no-cache');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  };
}
