/**
 * @module Who is calling: a session cookie or a bearer token resolved to the signed-in user on every request,
 * and the Origin check on state-changing requests (CSRF defence beside SameSite): those that rely on the
 * cookie, and those a browser on another site could send with no cookie at all (sign-in, registration).
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from '../../app/accounts/index.js';
import type { Actor, CoreDeps } from '../../app/shared/index.js';
import { sendProblem } from './errors.js';
import { CROSS_ORIGIN } from './route.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface CookiePolicy {
  /** `__Host-sid` over HTTPS (Secure, Path=/ and no Domain, as the prefix demands), `sid` on plain HTTP. */
  readonly name: string;
  readonly secure: boolean;
}

export function cookiePolicy(publicOrigin: string | null): CookiePolicy {
  const secure = publicOrigin?.startsWith('https://') === true;
  return { name: secure ? '__Host-sid' : 'sid', secure };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h !== 'string') {
    return undefined;
  }
  const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(h);
  return m?.[1];
}

function originOk(req: FastifyRequest, publicOrigin: string | null): boolean {
  const origin = req.headers.origin;
  if (typeof origin !== 'string') {
    return false;
  }
  const expected = publicOrigin ?? `${req.protocol}://${req.host}`;
  return origin === expected;
}

/**
 * Whether a state-changing request is refused for where it comes from. With the session cookie it must carry
 * this site's Origin. Without it (sign-in, registration, accepting an invitation, a reset link: login CSRF) an
 * Origin, when a browser sends one, must be this site's too, except on the routes other sites call by design;
 * scripts and the CLI send none and go on.
 */
function originRefused(
  req: FastifyRequest,
  publicOrigin: string | null,
  byCookie: boolean,
): boolean {
  if (SAFE.has(req.method)) {
    return false;
  }
  if (byCookie) {
    return !originOk(req, publicOrigin);
  }
  if (req.headers.origin === undefined) {
    return false;
  }
  const config = req.routeOptions.config as { [CROSS_ORIGIN]?: boolean } | undefined;
  return config?.[CROSS_ORIGIN] !== true && !originOk(req, publicOrigin);
}

export function registerAuth(
  app: FastifyInstance,
  deps: CoreDeps,
  cookie: CookiePolicy,
  publicOrigin: string | null,
): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const bearer = bearerOf(req);
    const fromCookie = bearer === undefined ? req.cookies[cookie.name] : undefined;
    req.actor = await authenticate(deps, bearer ?? fromCookie);
    if (originRefused(req, publicOrigin, req.actor !== null && fromCookie !== undefined)) {
      const origin = typeof req.headers.origin === 'string' ? req.headers.origin : 'none';
      return sendProblem(reply, [
        { code: 'auth.origin_rejected', path: [], params: { origin: origin.slice(0, 100) } },
      ]);
    }
    return undefined;
  });
}
