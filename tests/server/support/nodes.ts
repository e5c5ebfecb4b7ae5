// Sync nodes as child processes running the built server (out/server-test/main.js): started
// with an environment like the systemd unit's, ready when they print their `listening` line,
// SIGKILLed or stopped and started again on the same port (clients keep their URL).
import { resolve } from 'node:path';
import { freePort, startChild, type Child } from './processes';

export const SERVER_OUT = resolve(import.meta.dirname, '../../../out/server-test');

export interface NodeOptions {
  redisUrl: string;
  databaseUrl: string;
  nodeId: string;
  allowedOrigins?: string[];
  port?: number;
  /** Folder of the built server (default SERVER_OUT; the e2e builds its own, see global-setup). */
  serverOut?: string;
}

export interface SyncNode {
  nodeId: string;
  port: number;
  /** The provider's url: ws://127.0.0.1:<port>/sync */
  wsUrl: string;
  /** Base of the HTTP routes: http://127.0.0.1:<port> */
  httpUrl: string;
  running(): boolean;
  /** Process id while running (the benchmark reads its memory from /proc). */
  pid(): number | null;
  /** SIGKILL: the node dies without storing anything. */
  kill(): Promise<void>;
  /** SIGTERM: the node stores its open documents and exits. */
  stop(): Promise<void>;
  /** Exit code of the last run that ended (null: killed by a signal, or still running). */
  lastExitCode(): number | null;
  /** Starts the node again on the same port. */
  start(): Promise<void>;
  output(): string;
}

export async function startNode(options: NodeOptions): Promise<SyncNode> {
  const port = options.port ?? (await freePort());
  let child: Child | null = null;
  let log = '';
  let exitCode: number | null = null;
  const env = {
    PATH: process.env.PATH,
    VP_SYNC_PORT: String(port),
    VP_SYNC_HOST: '127.0.0.1',
    VP_SYNC_REDIS_URL: options.redisUrl,
    VP_SYNC_DATABASE_URL: options.databaseUrl,
    VP_SYNC_ALLOWED_ORIGINS: (options.allowedOrigins ?? []).join(','),
    VP_SYNC_NODE_ID: options.nodeId,
  };
  const start = async () => {
    child = startChild(process.execPath, [resolve(options.serverOut ?? SERVER_OUT, 'main.js')], {
      env,
    });
    await child.waitFor(/"event":"listening"/, 30_000);
  };
  const end = async (signal: NodeJS.Signals) => {
    if (!child) return;
    await child.stop(signal, 15_000);
    exitCode = child.process.exitCode;
    log += child.output();
    child = null;
  };
  await start();
  return {
    nodeId: options.nodeId,
    port,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    httpUrl: `http://127.0.0.1:${port}`,
    running: () => child !== null,
    pid: () => child?.process.pid ?? null,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    lastExitCode: () => exitCode,
    start,
    output: () => log + (child?.output() ?? ''),
  };
}
