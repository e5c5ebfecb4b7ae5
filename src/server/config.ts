// The sync server's configuration, read from the environment once at start. A bad value stops
// the start with a message in German and English naming the variable (the agency's IT reads it
// in the journal), never with a stack trace.
import { z } from 'zod';

/** One message per problem, in both languages: the server has no user to ask for a language. */
export interface ConfigProblem {
  variable: string;
  de: string;
  en: string;
}

export interface SyncServerConfig {
  port: number;
  /** Address to listen on; loopback by default, as TLS usually ends in a proxy in front. */
  host: string;
  redisUrl: string;
  databaseUrl: string;
  /** Web origins (scheme://host[:port]) whose pages may connect; empty: none. */
  allowedOrigins: string[];
  /** With both paths the server speaks TLS itself (https/wss). */
  tls: { certPath: string; keyPath: string } | null;
  /** Name of this node in logs and in Redis messages (random when not set). */
  nodeId: string | null;
}

const messages = {
  port: {
    de: 'muss eine Portnummer zwischen 1 und 65535 sein',
    en: 'must be a port number between 1 and 65535',
  },
  host: {
    de: 'muss eine Adresse wie 127.0.0.1 oder 0.0.0.0 sein',
    en: 'must be an address like 127.0.0.1 or 0.0.0.0',
  },
  redis: {
    de: 'fehlt oder ist keine Redis-Adresse (redis://host:port oder rediss://…)',
    en: 'is missing or not a Redis URL (redis://host:port or rediss://…)',
  },
  database: {
    de: 'fehlt oder ist keine PostgreSQL-Adresse (postgres://benutzer@host:port/datenbank)',
    en: 'is missing or not a PostgreSQL URL (postgres://user@host:port/database)',
  },
  origins: {
    de: 'muss eine kommagetrennte Liste von Ursprüngen sein (https://planer.behoerde.example)',
    en: 'must be a comma-separated list of origins (https://planer.agency.example)',
  },
  tls: {
    de: 'Zertifikat und Schlüssel müssen beide angegeben werden (oder keins von beiden)',
    en: 'certificate and key must both be given (or neither)',
  },
  nodeId: {
    de: 'darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (höchstens 64)',
    en: 'may hold only letters, digits, "-" and "_" (at most 64)',
  },
} satisfies Record<string, { de: string; en: string }>;

const urlWithScheme = (schemes: string[]) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value);
      return schemes.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  });

/** An origin as a browser sends it: scheme, host and port, nothing after. */
const originSchema = z.string().refine((value) => {
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    return false;
  }
  // Custom schemes (the desktop app's app://) have an opaque origin ("null") in WHATWG URLs.
  return origin === 'null'
    ? /^[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(value)
    : origin === value;
});

const envSchema = z.object({
  VP_SYNC_PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  VP_SYNC_HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).default('127.0.0.1'),
  VP_SYNC_REDIS_URL: urlWithScheme(['redis:', 'rediss:']),
  VP_SYNC_DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']),
  VP_SYNC_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(originSchema)),
  VP_SYNC_TLS_CERT: z.string().min(1).optional(),
  VP_SYNC_TLS_KEY: z.string().min(1).optional(),
  VP_SYNC_NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
type EnvVariable = keyof typeof envSchema.shape;

const messageOf: Record<EnvVariable, { de: string; en: string }> = {
  VP_SYNC_PORT: messages.port,
  VP_SYNC_HOST: messages.host,
  VP_SYNC_REDIS_URL: messages.redis,
  VP_SYNC_DATABASE_URL: messages.database,
  VP_SYNC_ALLOWED_ORIGINS: messages.origins,
  VP_SYNC_TLS_CERT: messages.tls,
  VP_SYNC_TLS_KEY: messages.tls,
  VP_SYNC_NODE_ID: messages.nodeId,
};

export type ConfigResult =
  { ok: true; config: SyncServerConfig } | { ok: false; problems: ConfigProblem[] };

/** Reads the configuration from an environment (process.env in the program, a record in tests). */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  // An empty variable counts as unset, as systemd's `Environment=X=` writes it.
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const variables = new Set(
      parsed.error.issues
        .map((i) => String(i.path[0]))
        .filter((k): k is EnvVariable => k in messageOf),
    );
    return {
      ok: false,
      problems: [...variables].map((variable) => ({ variable, ...messageOf[variable] })),
    };
  }
  const v = parsed.data;
  if ((v.VP_SYNC_TLS_CERT === undefined) !== (v.VP_SYNC_TLS_KEY === undefined)) {
    const variable = v.VP_SYNC_TLS_CERT ? 'VP_SYNC_TLS_KEY' : 'VP_SYNC_TLS_CERT';
    return { ok: false, problems: [{ variable, ...messages.tls }] };
  }
  return {
    ok: true,
    config: {
      port: v.VP_SYNC_PORT,
      host: v.VP_SYNC_HOST,
      redisUrl: v.VP_SYNC_REDIS_URL,
      databaseUrl: v.VP_SYNC_DATABASE_URL,
      allowedOrigins: v.VP_SYNC_ALLOWED_ORIGINS,
      tls:
        v.VP_SYNC_TLS_CERT && v.VP_SYNC_TLS_KEY
          ? { certPath: v.VP_SYNC_TLS_CERT, keyPath: v.VP_SYNC_TLS_KEY }
          : null,
      nodeId: v.VP_SYNC_NODE_ID ?? null,
    },
  };
}

/** The problems as the journal shows them: German line, then English line, per variable. */
export function describeProblems(problems: readonly ConfigProblem[]): string {
  return [
    'Konfiguration ungültig / invalid configuration:',
    ...problems.flatMap((p) => [`  ${p.variable}: ${p.de}`, `  ${p.variable}: ${p.en}`]),
  ].join('\n');
}
