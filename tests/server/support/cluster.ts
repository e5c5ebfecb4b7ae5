// One private Redis, one private PostgreSQL and N sync nodes for a test file, torn down in
// reverse order (nodes first, so they store before their database goes). Outside vitest (a
// Playwright globalSetup, a benchmark) build the server first with `global-setup.ts`'s default
// export, and pass the web edition's origin in `allowedOrigins`.
import { startNode, type SyncNode } from './nodes';
import { startPostgres, type PrivatePostgres } from './postgres';
import { hasRedis, startRedis, type PrivateRedis } from './redis';
import { postgresBin } from './postgres';

export interface Cluster {
  redis: PrivateRedis;
  postgres: PrivatePostgres;
  nodes: SyncNode[];
  stop(): Promise<void>;
}

/**
 * Why the server tests cannot run here, or null. CI installs redis-server and postgresql
 * (.ci/run), and there a missing one fails the run instead of skipping it.
 */
export function missingServices(): string | null {
  const missing = [!hasRedis() && 'redis-server', !postgresBin() && 'postgresql'].filter(Boolean);
  if (missing.length === 0) return null;
  const why = `server tests need ${missing.join(' and ')} (apt-get install ${missing.join(' ')})`;
  if (process.env.CI) throw new Error(why);
  console.warn(`skipped: ${why}`);
  return why;
}

export async function startCluster(
  nodeCount: number,
  options: { allowedOrigins?: string[]; serverOut?: string } = {},
): Promise<Cluster> {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const nodes: SyncNode[] = [];
  try {
    // One after the other: both would create the tables at once (the advisory lock handles it,
    // but a clear order keeps start-up failures readable).
    for (let i = 0; i < nodeCount; i++) {
      nodes.push(
        await startNode({
          redisUrl: redis.url,
          databaseUrl: postgres.url,
          nodeId: `node-${i + 1}`,
          allowedOrigins: options.allowedOrigins,
          serverOut: options.serverOut,
        }),
      );
    }
  } catch (error) {
    await Promise.all(nodes.map((n) => n.kill()));
    await Promise.all([redis.stop(), postgres.stop()]);
    throw error;
  }
  return {
    redis,
    postgres,
    nodes,
    async stop() {
      await Promise.all(nodes.map((n) => n.stop()));
      await Promise.all([redis.stop(), postgres.stop()]);
    },
  };
}
