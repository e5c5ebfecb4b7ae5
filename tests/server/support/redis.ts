// A private Redis for one test file: loopback, a free port, no persistence, in a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startChild, type Child } from './processes';

export interface PrivateRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
}

export const hasRedis = (): boolean =>
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export async function startRedis(): Promise<PrivateRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-redis-'));
  const port = await freePort();
  const child = startChild('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]);
  await child.waitFor(/Ready to accept connections/, 15_000);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await child.stop('SIGTERM', 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RedisTraffic {
  /** Everything Redis executed since the start, as MONITOR prints it. */
  text(): string;
  stop(): Promise<void>;
}

/**
 * Records every command Redis executes (`redis-cli MONITOR`), with its arguments: what the
 * cluster's nodes publish and store through Redis, to search for plain plan content.
 */
export async function captureRedisTraffic(redis: PrivateRedis): Promise<RedisTraffic> {
  const child: Child = startChild('redis-cli', [
    '-h',
    '127.0.0.1',
    '-p',
    String(redis.port),
    'MONITOR',
  ]);
  await child.waitFor(/^OK/, 10_000);
  return { text: () => child.output(), stop: () => child.stop('SIGTERM', 3000) };
}
