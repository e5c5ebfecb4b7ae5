// PostgreSQL: the transport documents (opaque Yjs state, one row per shared operation) and the
// membership table. The server stores bytes it cannot read; the only plain values are ids,
// fingerprints, public keys, rights and times (listed in docs/SECURITY.md).
import pg from 'pg';
import * as Y from 'yjs';
import type { SyncRights } from '../shared/sync/challenge';

export type MemberRights = SyncRights | 'lead';

export interface Member {
  operationId: string;
  fingerprint: string;
  publicKey: string;
  rights: MemberRights;
  addedBy: string;
  addedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
}

// Created on start by whichever node comes first; the advisory lock keeps two nodes starting
// together from racing on CREATE TABLE (IF NOT EXISTS is not safe under concurrency).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sync_documents (
  name text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS sync_members (
  operation_id text NOT NULL,
  fingerprint text NOT NULL,
  public_key text NOT NULL,
  rights text NOT NULL CHECK (rights IN ('lead', 'edit', 'agency', 'read')),
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  revoked_by text,
  revoked_at timestamptz,
  PRIMARY KEY (operation_id, fingerprint)
);`;
const SCHEMA_LOCK = 0x5650_5359; // "VPSY"

interface MemberRow {
  operation_id: string;
  fingerprint: string;
  public_key: string;
  rights: MemberRights;
  added_by: string;
  added_at: Date;
  revoked_by: string | null;
  revoked_at: Date | null;
}

const toMember = (r: MemberRow): Member => ({
  operationId: r.operation_id,
  fingerprint: r.fingerprint,
  publicKey: r.public_key,
  rights: r.rights,
  addedBy: r.added_by,
  addedAt: r.added_at,
  revokedBy: r.revoked_by,
  revokedAt: r.revoked_at,
});

export type MembershipChange =
  | {
      kind: 'add';
      operationId: string;
      by: string;
      /** Present when this request registers the lead (the operation is new to the server). */
      registerLead: { fingerprint: string; publicKey: string } | null;
      member: { fingerprint: string; publicKey: string; rights: SyncRights };
    }
  | { kind: 'revoke'; operationId: string; by: string; member: { fingerprint: string } };

export type ChangeOutcome =
  | { ok: true }
  | { ok: false; reason: 'not_lead' | 'already_registered' | 'is_lead' | 'not_member' };

function mergeStates(stored: Uint8Array, state: Uint8Array): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, stored);
    Y.applyUpdate(doc, state);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export class SyncStore {
  readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle client losing its connection must not crash the node: the pool replaces it.
    this.pool.on('error', (error) => console.error('postgres:', error.message));
  }

  async ensureSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async fetchDocument(name: string): Promise<Uint8Array | null> {
    const r = await this.pool.query<{ state: Buffer }>(
      'SELECT state FROM sync_documents WHERE name = $1',
      [name],
    );
    return r.rows[0] ? new Uint8Array(r.rows[0].state) : null;
  }

  /**
   * Stores a document's state merged with what is stored: two nodes may store the same document
   * in either order (each holds what reached it through Redis), and neither may drop the other's
   * updates. Yjs merges the opaque entries without reading them. The merge goes through a Y.Doc,
   * not `Y.mergeUpdates`: that keeps the content of entries a compaction deleted, so the stored
   * row would never shrink; a document garbage-collects it.
   */
  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const r = await client.query<{ state: Buffer }>(
        'SELECT state FROM sync_documents WHERE name = $1 FOR UPDATE',
        [name],
      );
      const old = r.rows[0]?.state;
      const merged = old ? mergeStates(new Uint8Array(old), state) : state;
      await client.query(
        `INSERT INTO sync_documents (name, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [name, Buffer.from(merged)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async member(operationId: string, fingerprint: string): Promise<Member | null> {
    const r = await this.pool.query<MemberRow>(
      'SELECT * FROM sync_members WHERE operation_id = $1 AND fingerprint = $2',
      [operationId, fingerprint],
    );
    return r.rows[0] ? toMember(r.rows[0]) : null;
  }

  async lead(operationId: string): Promise<Member | null> {
    const r = await this.pool.query<MemberRow>(
      "SELECT * FROM sync_members WHERE operation_id = $1 AND rights = 'lead'",
      [operationId],
    );
    return r.rows[0] ? toMember(r.rows[0]) : null;
  }

  async members(operationId: string): Promise<Member[]> {
    const r = await this.pool.query<MemberRow>(
      'SELECT * FROM sync_members WHERE operation_id = $1 ORDER BY added_at, fingerprint',
      [operationId],
    );
    return r.rows.map(toMember);
  }

  /**
   * Applies the lead's change in one transaction, under a per-operation lock so that two first
   * requests cannot both register a lead, and the lead is checked again inside it.
   */
  async change(change: MembershipChange): Promise<ChangeOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        SCHEMA_LOCK,
        change.operationId,
      ]);
      const outcome = await this.changeLocked(client, change);
      await client.query(outcome.ok ? 'COMMIT' : 'ROLLBACK');
      return outcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async changeLocked(
    client: pg.PoolClient,
    change: MembershipChange,
  ): Promise<ChangeOutcome> {
    const leadRow = await client.query<MemberRow>(
      "SELECT * FROM sync_members WHERE operation_id = $1 AND rights = 'lead'",
      [change.operationId],
    );
    const lead = leadRow.rows[0];
    if (change.kind === 'add' && change.registerLead) {
      if (lead) return { ok: false, reason: 'already_registered' };
      await client.query(
        `INSERT INTO sync_members (operation_id, fingerprint, public_key, rights, added_by)
         VALUES ($1, $2, $3, 'lead', $2)`,
        [change.operationId, change.registerLead.fingerprint, change.registerLead.publicKey],
      );
    } else if (!lead || lead.fingerprint !== change.by || lead.revoked_at) {
      return { ok: false, reason: 'not_lead' };
    }
    if (change.member.fingerprint === change.by) {
      // Naming the lead alone registers the operation (first request) or, later, changes
      // nothing: the app may send it again after a restart. The lead cannot be revoked.
      return change.kind === 'add' ? { ok: true } : { ok: false, reason: 'is_lead' };
    }
    if (change.kind === 'add') {
      // Adding again re-admits a revoked member and sets the rights anew.
      await client.query(
        `INSERT INTO sync_members (operation_id, fingerprint, public_key, rights, added_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (operation_id, fingerprint) DO UPDATE SET public_key = EXCLUDED.public_key,
           rights = EXCLUDED.rights, added_by = EXCLUDED.added_by, added_at = now(),
           revoked_by = NULL, revoked_at = NULL`,
        [
          change.operationId,
          change.member.fingerprint,
          change.member.publicKey,
          change.member.rights,
          change.by,
        ],
      );
      return { ok: true };
    }
    const r = await client.query(
      `UPDATE sync_members SET revoked_by = $3, revoked_at = now()
       WHERE operation_id = $1 AND fingerprint = $2 AND revoked_at IS NULL`,
      [change.operationId, change.member.fingerprint, change.by],
    );
    return r.rowCount === 0 ? { ok: false, reason: 'not_member' } : { ok: true };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
