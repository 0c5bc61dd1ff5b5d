/**
 * @module The server's configuration from the environment (and command-line overrides), validated by zod:
 * a wrong value stops start-up with the variable named instead of running half-configured.
 */
import { z } from 'zod';
import { fail, fromZodIssues, ok, type Result } from '../domain/shared/index.js';

const int = (min: number, max: number): z.ZodCoercedNumber =>
  z.coerce.number().int().min(min).max(max);

export const ServerEnv = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TONUS_DATA_DIR: z.string().min(1).default('data'),
  /** PostgreSQL when set (`postgres://…`); otherwise SQLite in `TONUS_DATA_DIR/tonus.db`. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
    .optional(),
  TONUS_DB_POOL: int(1, 200).default(10),
  /** The address browsers use, e.g. `https://tonus.example.org`; sets the secure `__Host-` cookie and the Origin check. */
  TONUS_PUBLIC_ORIGIN: z.url().optional(),
  /** scrypt cost as log2(N); 17 in production (about 0.4 s a hash here), lower only in tests. */
  TONUS_SCRYPT_LOG2N: int(10, 20).default(17),
  TONUS_SESSION_HOURS: int(1, 24 * 30).default(12),
  TONUS_SESSION_IDLE_MINUTES: int(5, 24 * 60).default(60),
  TONUS_TOKEN_DAYS: int(1, 365).default(90),
  TONUS_LOGIN_PER_MINUTE: int(1, 10_000).default(10),
  TONUS_MAX_UPLOAD_MB: int(1, 100_000).default(512),
  TONUS_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /** Run queued EMG analyses in this process (every server does by default; jobs are claimed once). */
  TONUS_EMG_WORKER: z.enum(['on', 'off']).default('on'),
  /** `off` accepts CDS Hooks calls without a verified JWT: sandboxes only (a warning at start). */
  TONUS_CDS_VERIFY: z.enum(['on', 'off']).default('on'),
  /** The CDS clients trusted: a JSON array of `{ iss, jwksUrl }` or `{ iss, jwks: { keys } }`. */
  TONUS_CDS_ISSUERS: z.string().optional(),
  /** FHIR servers the CDS services may read when prefetch is missing: space-separated base URLs. */
  TONUS_CDS_FHIR_SERVERS: z.string().optional(),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize: number };
  readonly publicOrigin: string | null;
  readonly scryptLog2N: number;
  readonly sessionTtlMs: number;
  readonly sessionIdleMs: number;
  readonly tokenTtlMs: number;
  readonly inviteTtlMs: number;
  readonly resetTtlMs: number;
  readonly loginPerMinute: number;
  readonly maxUploadBytes: number;
  readonly maxJsonBytes: number;
  readonly logLevel: ServerEnv['TONUS_LOG_LEVEL'];
  readonly emgWorker: boolean;
  readonly cds: {
    readonly verify: boolean;
    readonly issuers: string | undefined;
    readonly fhirServers: readonly string[];
  };
}

export interface ConfigOverrides {
  readonly port?: number;
  readonly dataDir?: string;
}

const HOUR = 3_600_000;

/** Reads the configuration; only the variables this schema knows are looked at. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: ConfigOverrides = {},
): Result<ServerConfig> {
  const known = Object.fromEntries(
    Object.keys(ServerEnv.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = ServerEnv.safeParse(known, { reportInput: true });
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues));
  }
  const e = parsed.data;
  const dataDir = overrides.dataDir ?? e.TONUS_DATA_DIR;
  return ok({
    port: overrides.port ?? e.PORT,
    host: e.HOST,
    dataDir,
    database:
      e.DATABASE_URL === undefined
        ? { dialect: 'sqlite', file: `${dataDir}/tonus.db` }
        : { dialect: 'postgres', url: e.DATABASE_URL, poolSize: e.TONUS_DB_POOL },
    publicOrigin:
      e.TONUS_PUBLIC_ORIGIN === undefined ? null : new URL(e.TONUS_PUBLIC_ORIGIN).origin,
    scryptLog2N: e.TONUS_SCRYPT_LOG2N,
    sessionTtlMs: e.TONUS_SESSION_HOURS * HOUR,
    sessionIdleMs: e.TONUS_SESSION_IDLE_MINUTES * 60_000,
    tokenTtlMs: e.TONUS_TOKEN_DAYS * 24 * HOUR,
    inviteTtlMs: 7 * 24 * HOUR,
    resetTtlMs: 24 * HOUR,
    loginPerMinute: e.TONUS_LOGIN_PER_MINUTE,
    maxUploadBytes: e.TONUS_MAX_UPLOAD_MB * 1024 * 1024,
    maxJsonBytes: 1024 * 1024,
    logLevel: e.TONUS_LOG_LEVEL,
    emgWorker: e.TONUS_EMG_WORKER === 'on',
    cds: {
      verify: e.TONUS_CDS_VERIFY === 'on',
      issuers: e.TONUS_CDS_ISSUERS,
      fhirServers: (e.TONUS_CDS_FHIR_SERVERS ?? '').split(/\s+/).filter((u) => u !== ''),
    },
  });
}
