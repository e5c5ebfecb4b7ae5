// The plain HTTP side of the sync port: a nonce for the next statement, the lead's membership
// requests, a health check. Browsers are admitted only from the configured origins; clients
// that send no Origin (the desktop app's main process, tools) are not browsers and need none.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_STATEMENT_BYTES } from '../shared/sync/challenge';
import type { Gatekeeper } from './auth';
import { NONCE_TTL_SECONDS, type NonceStore, type Revocation } from './redis';
import type { SyncStore } from './store';

export interface HttpDeps {
  allowedOrigins: readonly string[];
  nonces: NonceStore;
  gatekeeper: Gatekeeper;
  store: SyncStore;
  nodeId: string;
  /** Called after a revocation is stored: closes the member's connections on every node. */
  revoked: (r: Revocation) => Promise<void>;
}

/** Whether a request's Origin may use this server (no Origin: not a browser, admitted). */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  return origin === undefined || allowed.includes(origin);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, code: string) =>
  send(res, status, { ok: false, error: { code } });

/** Reads a body up to `limit` bytes; null when it is larger (the rest is discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        // Answered at once; the response closes the connection, so the rest is not waited for.
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const STATUS_OF: Record<string, number> = {
  malformed: 400,
  bad_signature: 401,
  unknown_signer: 401,
  revoked_key: 401,
  expired: 401,
  bad_nonce: 401,
  not_lead: 403,
  already_registered: 409,
  is_lead: 409,
  not_member: 404,
};

export function httpHandler(deps: HttpDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin;
    if (!originAllowed(origin, deps.allowedOrigins)) return refuse(res, 403, 'origin');
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (req.method === 'GET' && path === '/sync/health') {
      return send(res, 200, { ok: true, node: deps.nodeId });
    }
    if (req.method === 'GET' && path === '/sync/nonce') {
      return send(res, 200, { nonce: await deps.nonces.issue(), ttlSeconds: NONCE_TTL_SECONDS });
    }
    if (req.method === 'POST' && path === '/sync/members') {
      const body = await readBody(req, MAX_STATEMENT_BYTES);
      if (body === null) {
        res.setHeader('Connection', 'close');
        return refuse(res, 413, 'too_large');
      }
      const read = await deps.gatekeeper.membershipChange(body);
      if (!read.ok) return refuse(res, STATUS_OF[read.reason] ?? 400, read.reason);
      const outcome = await deps.store.change(read.change);
      if (!outcome.ok) return refuse(res, STATUS_OF[outcome.reason] ?? 400, outcome.reason);
      if (read.change.kind === 'revoke') {
        await deps.revoked({
          operationId: read.change.operationId,
          fingerprint: read.change.member.fingerprint,
        });
      }
      return send(res, 200, { ok: true });
    }
    return refuse(res, 404, 'not_found');
  };
}
