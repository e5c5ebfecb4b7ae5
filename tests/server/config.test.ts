// The sync server's configuration by environment, and the TLS it then speaks itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblems, readConfig } from '../../src/server/config';
import { missingServices } from './support/cluster';
import { SERVER_OUT } from './support/nodes';
import { freePort, startChild } from './support/processes';
import { startPostgres } from './support/postgres';
import { startRedis } from './support/redis';

const base = {
  VP_SYNC_REDIS_URL: 'redis://127.0.0.1:6379',
  VP_SYNC_DATABASE_URL: 'postgres://vp@127.0.0.1:5432/verbundplaner',
};

describe('sync server configuration', () => {
  it('reads a full environment, with defaults for what is left out', () => {
    expect(readConfig(base)).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '127.0.0.1',
        redisUrl: base.VP_SYNC_REDIS_URL,
        databaseUrl: base.VP_SYNC_DATABASE_URL,
        allowedOrigins: [],
        tls: null,
        nodeId: null,
      },
    });
    const full = readConfig({
      ...base,
      VP_SYNC_PORT: '9443',
      VP_SYNC_HOST: '0.0.0.0',
      VP_SYNC_ALLOWED_ORIGINS: 'https://planer.behoerde.example, app://verbundplaner',
      VP_SYNC_TLS_CERT: '/etc/vp/cert.pem',
      VP_SYNC_TLS_KEY: '/etc/vp/key.pem',
      VP_SYNC_NODE_ID: 'rz-1',
    });
    expect(full.ok && full.config).toMatchObject({
      port: 9443,
      host: '0.0.0.0',
      allowedOrigins: ['https://planer.behoerde.example', 'app://verbundplaner'],
      tls: { certPath: '/etc/vp/cert.pem', keyPath: '/etc/vp/key.pem' },
      nodeId: 'rz-1',
    });
  });

  it('names every bad variable, in German and English', () => {
    const result = readConfig({
      VP_SYNC_PORT: '70000',
      VP_SYNC_REDIS_URL: 'http://127.0.0.1',
      VP_SYNC_ALLOWED_ORIGINS: 'https://ok.example, https://bad.example/path',
      VP_SYNC_NODE_ID: 'a b',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.variable).sort()).toEqual([
      'VP_SYNC_ALLOWED_ORIGINS',
      'VP_SYNC_DATABASE_URL',
      'VP_SYNC_NODE_ID',
      'VP_SYNC_PORT',
      'VP_SYNC_REDIS_URL',
    ]);
    const text = describeProblems(problems);
    expect(text).toContain('VP_SYNC_PORT: muss eine Portnummer zwischen 1 und 65535 sein');
    expect(text).toContain('VP_SYNC_PORT: must be a port number between 1 and 65535');
  });

  it('wants both TLS paths or neither', () => {
    const result = readConfig({ ...base, VP_SYNC_TLS_CERT: '/etc/vp/cert.pem' });
    expect(result.ok ? [] : result.problems.map((p) => p.variable)).toEqual(['VP_SYNC_TLS_KEY']);
    // systemd writes `Environment=VP_SYNC_TLS_KEY=` for an unset value: empty counts as unset.
    expect(readConfig({ ...base, VP_SYNC_TLS_CERT: '', VP_SYNC_TLS_KEY: '' }).ok).toBe(true);
  });

  it('the program refuses a bad configuration with exit code 2 and both languages', () => {
    const run = spawnSync(process.execPath, [resolve(SERVER_OUT, 'main.js')], {
      env: { PATH: process.env.PATH, VP_SYNC_PORT: 'x' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('VP_SYNC_REDIS_URL: fehlt');
    expect(run.stderr).toContain('VP_SYNC_REDIS_URL: is missing');
  });

  it.skipIf(missingServices())('with certificate and key it serves HTTPS itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-tls-'));
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const port = await freePort();
    const node = startChild(process.execPath, [resolve(SERVER_OUT, 'main.js')], {
      env: {
        PATH: process.env.PATH,
        VP_SYNC_PORT: String(port),
        VP_SYNC_REDIS_URL: redis.url,
        VP_SYNC_DATABASE_URL: postgres.url,
        VP_SYNC_TLS_CERT: cert,
        VP_SYNC_TLS_KEY: key,
      },
    });
    try {
      expect(await node.waitFor(/"event":"listening"/, 30_000)).toContain('"tls":true');
      const body = await new Promise<string>((resolveBody, reject) => {
        get(`https://127.0.0.1:${port}/sync/health`, { ca: readFileSync(cert) }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolveBody(text));
        }).on('error', reject);
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
    } finally {
      await node.stop();
      await Promise.all([redis.stop(), postgres.stop()]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
