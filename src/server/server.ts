// One sync node: Hocuspocus with the Redis extension (several nodes share documents through
// Redis) and the database extension on PostgreSQL, behind our own HTTP(S) server so that the
// same port serves the nonce and membership requests, checks the Origin of every upgrade and can
// speak TLS itself.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Connection } from '@hocuspocus/server';
import { MAX_BODY_BYTES } from '../shared/sync/frame';
import { AuthError, Gatekeeper, type Admitted } from './auth';
import type { SyncServerConfig } from './config';
import { httpHandler, originAllowed } from './http';
import {
  decodeRevocation,
  encodeRevocation,
  NonceStore,
  REVOKE_CHANNEL,
  redisOptions,
  type Revocation,
} from './redis';
import { SyncStore } from './store';

/**
 * Where clients open their WebSocket: `/sync`, or the root, so that a client given only the
 * server's address (wss://host) connects too. Anything else is not ours.
 */
export const SYNC_WS_PATHS: readonly string[] = ['/sync', '/'];

/** Close code and reason a revoked member's client receives. */
export const REVOKED_CLOSE = { code: 4403, reason: 'revoked' } as const;

export interface RunningSyncServer {
  nodeId: string;
  port: number;
  /** Closes connections, stores open documents and disconnects from Redis and Postgres. */
  close(): Promise<void>;
}

const isAdmitted = (context: unknown): context is Admitted =>
  typeof context === 'object' &&
  context !== null &&
  'fingerprint' in context &&
  typeof context.fingerprint === 'string';

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startSyncServer(config: SyncServerConfig): Promise<RunningSyncServer> {
  const nodeId = config.nodeId ?? `node-${randomUUID().slice(0, 8)}`;
  const store = new SyncStore(config.databaseUrl);
  await store.ensureSchema();

  const { host, port, options } = redisOptions(config.redisUrl);
  const redis = new Redis({ host, port, options, identifier: nodeId, prefix: 'vp-sync:doc' });
  const nonces = new NonceStore(redis.pub);
  const gatekeeper = new Gatekeeper(store, nonces);

  // Hocuspocus's Server gives the WebSocket server and an orderly shutdown; its own HTTP server
  // is never started (ours below takes the port).
  const hocuspocus = new Server(
    {
      name: nodeId,
      quiet: true,
      stopOnSignals: false,
      // Store a busy document at least every 5 s, a quiet one 1 s after its last change.
      debounce: 1000,
      maxDebounce: 5000,
      extensions: [
        redis,
        new Database({
          fetch: ({ documentName }) => store.fetchDocument(documentName),
          store: ({ documentName, state }) => store.storeDocument(documentName, state),
        }),
      ],
      async onAuthenticate({ token, documentName, connectionConfig, request }) {
        const admitted = await gatekeeper.admit(token, documentName).catch((error: unknown) => {
          // Hocuspocus sends `reason` to the client; anything unexpected is logged, not shown.
          if (error instanceof AuthError) {
            // One line per refusal for the journal: `expired` from one address usually means
            // a machine whose clock is off.
            console.warn(
              JSON.stringify({
                event: 'refused',
                reason: error.reason,
                from: request.socket.remoteAddress ?? null,
              }),
            );
            throw error;
          }
          console.error('authenticate:', error);
          throw new AuthError('server_error');
        });
        // Read-only members cannot write to the transport document at all: the one right the
        // server can enforce without reading the plan.
        if (admitted.rights === 'read') connectionConfig.readOnly = true;
        return admitted;
      },
    },
    // A message carries a frame (a snapshot is the largest) or a client's offline backlog, both
    // far below this; ws would otherwise take 100 MiB, also before the client authenticated.
    { maxPayload: MAX_BODY_BYTES + 1024 * 1024 },
  );

  const closeMember = (r: Revocation) => {
    const document = hocuspocus.hocuspocus.documents.get(r.operationId);
    document?.getConnections().forEach((connection: Connection) => {
      const context: unknown = connection.context;
      if (isAdmitted(context) && context.fingerprint === r.fingerprint) {
        connection.close(REVOKED_CLOSE);
      }
    });
  };
  const subscriber = redis.pub.duplicate();
  await subscriber.subscribe(REVOKE_CHANNEL);
  subscriber.on('message', (_channel: string, message: string) => {
    const r = decodeRevocation(message);
    if (r) closeMember(r);
  });

  const handler = httpHandler({
    allowedOrigins: config.allowedOrigins,
    nonces,
    gatekeeper,
    store,
    nodeId,
    revoked: async (r) => {
      // This node closes at once; the others hear it from Redis (and so does this one, again).
      closeMember(r);
      await redis.pub.publish(REVOKE_CHANNEL, encodeRevocation(r));
    },
  });
  const onRequest = (req: IncomingMessage, res: Parameters<typeof handler>[1]) => {
    handler(req, res).catch((error: unknown) => {
      console.error('request:', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
  const http = config.tls
    ? createHttpsServer(
        { cert: readFileSync(config.tls.certPath), key: readFileSync(config.tls.keyPath) },
        onRequest,
      )
    : createHttpServer(onRequest);

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!SYNC_WS_PATHS.includes(path)) return refuseUpgrade(socket, '404 Not Found');
    if (!originAllowed(req.headers.origin, config.allowedOrigins)) {
      return refuseUpgrade(socket, '403 Forbidden');
    }
    hocuspocus.webSocketServer.handleUpgrade(req, socket, head, (ws) => {
      hocuspocus.webSocketServer.emit('connection', ws, req);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address();
  const boundPort = typeof address === 'object' && address ? address.port : config.port;

  return {
    nodeId,
    port: boundPort,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await hocuspocus.destroy();
      subscriber.disconnect(false);
      await store.close();
    },
  };
}
