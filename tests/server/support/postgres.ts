// A private PostgreSQL cluster for one test file: initdb in a temp folder, the server on a free
// loopback port with its socket in that folder, durability off (tests, not data). initdb and
// postgres refuse to run as root: as root they run as the unprivileged `postgres` user (Debian's
// postgresql package creates it), which owns the folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isRoot, startChild } from './processes';

export interface PrivatePostgres {
  port: number;
  url: string;
  /** `pg_dump` of the whole database, schema and data, as text. */
  dump(): string;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin). */
export function postgresBin(): string | null {
  if (process.env.VP_PG_BIN) return process.env.VP_PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d) && existsSync(join(root, d, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : null;
}

const USER = 'vp';

/**
 * The command as given, or as the `postgres` user when we are root (initdb refuses root).
 * setpriv execs in place, so the child we signal is postgres itself, not a wrapper.
 */
function asServerUser(bin: string, args: string[]): [string, string[]] {
  return isRoot()
    ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', bin, ...args]]
    : [bin, args];
}

export async function startPostgres(): Promise<PrivatePostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL not found under /usr/lib/postgresql (set VP_PG_BIN)');
  const dir = mkdtempSync(join(tmpdir(), 'vp-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const [initCmd, initArgs] = asServerUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    USER,
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8', timeout: 60_000 });
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  const port = await freePort();
  const [cmd, args] = asServerUser(join(bin, 'postgres'), [
    '-D',
    data,
    '-k',
    dir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=60',
    '-c',
    'shared_buffers=16MB',
  ]);
  const child = startChild(cmd, args);
  await child.waitFor(/ready to accept connections/, 30_000);
  return {
    port,
    url: `postgres://${USER}@127.0.0.1:${port}/postgres`,
    dump() {
      return execFileSync(
        join(bin, 'pg_dump'),
        ['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-d', 'postgres'],
        { encoding: 'utf8', timeout: 30_000, maxBuffer: 256 * 1024 * 1024 },
      );
    },
    async stop() {
      // SIGINT is PostgreSQL's fast shutdown: open connections are cut, no waiting for clients.
      await child.stop('SIGINT', 10_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
