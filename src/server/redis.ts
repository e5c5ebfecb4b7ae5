// Redis serves three things: Hocuspocus's own extension (documents shared by every node), the
// nonces this cluster issued (any node accepts them once), and the revocation broadcast.
import type { RedisOptions } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { RedisInstance } from '@hocuspocus/extension-redis';

/** Host, port and options for ioredis from a redis:// or rediss:// URL. */
export function redisOptions(url: string): { host: string; port: number; options: RedisOptions } {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    options: {
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: u.protocol === 'rediss:' ? {} : undefined,
      // A node keeps serving its open documents while Redis restarts; commands wait.
      maxRetriesPerRequest: 3,
    },
  };
}

const NONCE_PREFIX = 'vp-sync:nonce:';
/** How long an issued nonce may wait for its statement (the client signs at once). */
export const NONCE_TTL_SECONDS = 120;
export const REVOKE_CHANNEL = 'vp-sync:revoke';

/**
 * Nonces: issued into Redis with a time to live and consumed with GETDEL, so each one admits
 * exactly one statement on whichever node it arrives; a replayed token finds its nonce gone.
 */
export class NonceStore {
  constructor(private readonly redis: RedisInstance) {}

  async issue(): Promise<string> {
    const nonce = randomBytes(32).toString('base64url');
    await this.redis.set(NONCE_PREFIX + nonce, '1', 'EX', NONCE_TTL_SECONDS, 'NX');
    return nonce;
  }

  /** True once for a nonce this cluster issued and nobody used; false ever after. */
  async consume(nonce: string): Promise<boolean> {
    return (await this.redis.getdel(NONCE_PREFIX + nonce)) !== null;
  }
}

export interface Revocation {
  operationId: string;
  fingerprint: string;
}

export function encodeRevocation(r: Revocation): string {
  return JSON.stringify({ operationId: r.operationId, fingerprint: r.fingerprint });
}

export function decodeRevocation(message: string): Revocation | null {
  try {
    const v: unknown = JSON.parse(message);
    if (
      typeof v === 'object' &&
      v !== null &&
      'operationId' in v &&
      'fingerprint' in v &&
      typeof v.operationId === 'string' &&
      typeof v.fingerprint === 'string'
    ) {
      return { operationId: v.operationId, fingerprint: v.fingerprint };
    }
  } catch {
    // Not ours: ignored.
  }
  return null;
}
