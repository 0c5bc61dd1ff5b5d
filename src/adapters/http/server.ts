/**
 * @module Builds the Fastify server over the use cases: strict JSON bodies, sessions and bearer tokens,
 * problem+json for every error, a request id on every response and log line, patient data kept out of logs.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { parseJson } from '../../app/index.js';
import type { EmgDeps } from '../../app/emg-studies/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { cookiePolicy, registerAuth } from './auth.js';
import { IssuesError, sendProblem } from './errors.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { registerSecurityHeaders } from './security-headers.js';
import { accountRoutes } from './routes/accounts.js';
import { emgRoutes } from './routes/emg.js';
import { interviewRoutes } from './routes/interview.js';
import { fhirRoutes, type FhirHttpDeps } from './routes/fhir.js';
import { recordRoutes } from './routes/records.js';
import { reportRoutes, type RenderReport } from './routes/report.js';
import { systemRoutes } from './routes/system.js';
import { webRoutes } from './routes/web.js';
import type { RouteSpec, RouteTable } from './route.js';

/** What a 503 for an unreachable database asks the client to wait before trying again. */
const DATABASE_RETRY_SECONDS = 5;

export interface HttpOptions {
  readonly publicOrigin: string | null;
  readonly maxJsonBytes: number;
  readonly loginPerMinute: number;
  readonly logLevel: string;
  /** Where the log lines go (standard output when absent); tests read them from here. */
  readonly logStream?: { write(line: string): unknown };
  readonly version: string;
  /** Renders an encounter's PDF report (the report adapter, wired by the composition root). */
  readonly renderReport?: RenderReport;
  /** The built web app's folder, served under `/` with the SPA fallback; no web app when absent. */
  readonly webRoot?: string;
  /** FHIR export/import and the CDS Hooks services. */
  readonly fhir?: FhirHttpDeps;
  /**
   * Whether an error thrown by the store means its database cannot be reached just now (the database
   * adapter knows its errors; wired by the composition root): answered 503 with Retry-After, not 500.
   */
  readonly databaseUnreachable?: (e: unknown) => boolean;
}

export interface HttpServer {
  readonly app: FastifyInstance;
  /** The declared routes: the OpenAPI document is built from them. */
  readonly routes: readonly RouteSpec[];
  /** Every route Fastify registered, declared or not: the access matrix must have a row for each. */
  readonly registered: readonly { readonly method: string; readonly url: string }[];
}

// PHI never reaches the logs: no bodies are logged, and credentials are censored
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.name',
  '*.note',
  '*.helped',
  '*.email',
  '*.birthDate',
  '*.sex',
];

/**
 * A request's URL as it may be logged: the path, and each query parameter with its value censored. Query
 * values carry secrets (`/accept-invite?token=…`, an invitation anyone could take) and patient data (an
 * EMG upload's `fileName`, often a patient's name).
 */
export function loggableUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) {
    return url;
  }
  const names = url
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '')
    .map((p) => `${p.split('=')[0] ?? ''}=[redacted]`);
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** The request as Fastify logs it, with the query values censored. */
function requestForLog(req: FastifyRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: loggableUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket.remotePort,
  };
}

function fastifyIssue(
  err: FastifyError,
  maxJsonBytes: number,
): { issues: DomainIssue[]; status: number } {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        issues: [{ code: 'request.too_large', path: [], params: { limitBytes: maxJsonBytes } }],
        status: 413,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        issues: [
          {
            code: 'request.unsupported_media_type',
            path: [],
            params: { contentType: 'this', expected: 'application/json' },
          },
        ],
        status: 415,
      };
    default:
      return {
        issues: [
          { code: 'request.invalid', path: [], params: { detail: err.message.slice(0, 300) } },
        ],
        status: err.statusCode ?? 400,
      };
  }
}

export async function buildHttpServer(deps: EmgDeps, o: HttpOptions): Promise<HttpServer> {
  const app = Fastify({
    logger:
      o.logLevel === 'silent'
        ? false
        : {
            level: o.logLevel,
            redact: { paths: REDACT, censor: '[redacted]' },
            serializers: { req: requestForLog },
            // Fastify's own messages name the raw URL (a reply sent twice, say): censor theirs too
            hooks: {
              logMethod(args, method) {
                method.apply(
                  this,
                  args.map((a: unknown) =>
                    typeof a === 'string' ? a.replace(/\/[^\s?"]*\?[^\s"]*/g, loggableUrl) : a,
                  ) as Parameters<typeof method>,
                );
              },
            },
            ...(o.logStream === undefined ? {} : { stream: o.logStream }),
          },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: o.maxJsonBytes,
    // a hostile path or query should not cost much to parse
    routerOptions: { maxParamLength: 200 },
    // errors Fastify meets before routing (bad URL encoding, an overlong path parameter) answer as problems too
    frameworkErrors: (err, _req, reply) => {
      const { issues, status } = fastifyIssue(err, o.maxJsonBytes);
      void sendProblem(reply, issues, status);
    },
  });
  const table: RouteTable = { specs: [] };
  const registered: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      // Fastify adds HEAD for every GET itself
      if (method !== 'HEAD') {
        registered.push({ method, url: r.url });
      }
    }
  });
  const cookieOpts = cookiePolicy(o.publicOrigin);
  let spa: ((url: string, reply: FastifyReply) => FastifyReply | null) | null = null;

  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    done();
  });
  await app.register(cookie);
  await registerSecurityHeaders(app, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"] } },
  });
  await app.register(rateLimit, {
    global: false,
    // counted in the database, shared by every process on it (C10: no state in memory)
    store: sharedRateLimitStore(deps) as never,
    errorResponseBuilder: (_req, context) =>
      new IssuesError(
        [
          {
            code: 'auth.rate_limited',
            path: [],
            params: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
          },
        ],
        429,
      ),
  });

  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const r = parseJson(body as string, { maxLength: o.maxJsonBytes, maxDepth: 64 });
    if (r.ok) {
      done(null, r.value);
    } else {
      done(new IssuesError(r.issues, 400), undefined);
    }
  });

  app.setErrorHandler((err: FastifyError | IssuesError, req, reply) => {
    if (err instanceof IssuesError) {
      return sendProblem(reply, err.issues, err.statusCode);
    }
    if (o.databaseUnreachable?.(err) === true) {
      // the operator's to fix, the client's to retry: never the database's address or message to the client
      req.log.error({ code: err.code, message: err.message }, 'database unreachable');
      void reply.header('retry-after', String(DATABASE_RETRY_SECONDS));
      return sendProblem(
        reply,
        [
          {
            code: 'service.database_unavailable',
            path: [],
            params: { retryAfterSeconds: DATABASE_RETRY_SECONDS },
          },
        ],
        503,
      );
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err }, 'internal error');
      return sendProblem(
        reply,
        [{ code: 'request.invalid', path: [], params: { detail: 'internal error' } }],
        500,
      );
    }
    const { issues, status: s } = fastifyIssue(err, o.maxJsonBytes);
    return sendProblem(reply, issues, s);
  });
  if (o.webRoot !== undefined) {
    spa = await webRoutes(app, o.webRoot);
  }
  app.setNotFoundHandler(
    (req, reply) =>
      (req.method === 'GET' ? spa?.(req.url, reply) : null) ??
      sendProblem(reply, [
        {
          code: 'request.route_not_found',
          path: [],
          params: { method: req.method, url: req.url.slice(0, 200) },
        },
      ]),
  );

  registerAuth(app, deps, cookieOpts, o.publicOrigin);
  const limited = { rateLimit: { max: o.loginPerMinute, timeWindow: 60_000 } };
  accountRoutes(app, { deps, table, cookie: cookieOpts, limited });
  recordRoutes(app, deps, table);
  interviewRoutes(app, deps, table);
  if (o.renderReport !== undefined) {
    reportRoutes(app, deps, table, o.renderReport);
  }
  // its own scope: the octet-stream parser applies to the upload route only
  await app.register((scope, _opts, done) => {
    emgRoutes(scope, deps, table);
    done();
  });
  if (o.fhir !== undefined) {
    await fhirRoutes(app, o.fhir, table, o.publicOrigin);
  }
  systemRoutes(app, deps, table, o.version);
  await app.ready();
  return { app, routes: table.specs, registered };
}
