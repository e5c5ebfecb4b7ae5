// Test rig for the sealed sync engine: real identity keys, a keyring written by the lead, and a
// "network" that carries transport-doc updates between clients in any order, or holds them
// while a client is offline. No server: Yjs updates are exchanged directly.
import * as Y from 'yjs';
import { generateIdentity, type IdentityKeyPair } from '@shared/exchange/keys';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { readPrivate } from '@shared/exchange/keys';
import type { SecretKey } from '@shared/crypto/aead';
import {
  createEpochEntry,
  entryEpoch,
  keyringEntries,
  openEpochEntry,
  publishEpoch,
  type Epoch,
} from '@shared/sync/keyring';
import type { SyncEvent, SyncMember, SyncRights } from '@shared/sync/types';

export const OP = 'op-demo-1';

export interface Person {
  id: IdentityKeyPair;
  member: SyncMember;
}

const cache = new Map<string, Promise<IdentityKeyPair>>();
/** Key generation is the slow part: one key per name per test file. */
function identity(name: string): Promise<IdentityKeyPair> {
  let id = cache.get(name);
  if (!id) {
    id = generateIdentity({ name, agency: 'Test', function: 'Planung' });
    cache.set(name, id);
  }
  return id;
}

export async function person(
  name: string,
  rights: SyncRights,
  agencyId: string | null = null,
): Promise<Person> {
  const id = await identity(name);
  return {
    id,
    member: {
      fingerprint: id.fingerprint,
      publicKey: id.publicKey,
      name,
      agency: agencyId ?? 'Polizei',
      agencyId,
      rights,
    },
  };
}

/** The lead writes the keyring entry of `epoch` for `members` into `transport`. */
export async function writeEpoch(
  lead: Person,
  transport: Y.Doc,
  epoch: number,
  members: readonly Person[],
): Promise<void> {
  const signer = await FrameSigner.of(lead.id.privateKey);
  const entry = await createEpochEntry(
    signer,
    OP,
    epoch,
    members.map((m) => m.member),
    new KeyCache(),
  );
  publishEpoch(transport, epoch, entry);
}

/** The operation key of `epoch` as `who` opens it from the keyring (to forge test envelopes). */
export async function openEpoch(
  transport: Y.Doc,
  lead: Person,
  who: Person,
  epoch: number,
): Promise<Epoch> {
  const entry = keyringEntries(transport).find((e) => entryEpoch(e) === epoch);
  if (!entry) throw new Error(`kein Eintrag für Epoche ${epoch}`);
  const opened = await openEpochEntry(
    entry,
    {
      operationId: OP,
      epoch,
      lead: { fingerprint: lead.id.fingerprint, publicKey: lead.id.publicKey },
    },
    { fingerprint: who.id.fingerprint, privateKey: await readPrivate(who.id.privateKey) },
    new KeyCache(),
  );
  if (!opened.ok) throw new Error(`Epoche ${epoch} nicht lesbar: ${opened.reason}`);
  return opened.value;
}

export const epochKey = async (
  transport: Y.Doc,
  lead: Person,
  who: Person,
  epoch: number,
): Promise<SecretKey> => (await openEpoch(transport, lead, who, epoch)).key;

export interface Client {
  name: string;
  person: Person;
  plan: Y.Doc;
  transport: Y.Doc;
  engine: SyncEngine;
  events: SyncEvent[];
}

/** Carries each client's transport updates to the others; offline clients keep theirs. */
export class Network {
  readonly clients: Client[] = [];
  /** Updates on their way, per receiving client. */
  private readonly inbox = new Map<Client, Uint8Array[]>();
  private readonly offline = new Set<Client>();

  constructor(private readonly lead: Person) {}

  async join(name: string, who: Person, transport = new Y.Doc(), catchUp = true): Promise<Client> {
    const plan = new Y.Doc();
    // Catch up on what the others wrote before this client joined.
    for (const other of catchUp ? this.clients : []) {
      Y.applyUpdate(transport, Y.encodeStateAsUpdate(other.transport));
    }
    const engine = await SyncEngine.start({
      operationId: OP,
      planDoc: plan,
      transportDoc: transport,
      identity: who.id,
      deviceId: `dev-${name}`,
      lead: { fingerprint: this.lead.id.fingerprint, publicKey: this.lead.id.publicKey },
    });
    const client: Client = { name, person: who, plan, transport, engine, events: [] };
    engine.on((e) => client.events.push(e));
    this.inbox.set(client, []);
    transport.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      for (const other of this.clients) if (other !== client) this.inbox.get(other)?.push(update);
    });
    this.clients.push(client);
    return client;
  }

  setOnline(client: Client, online: boolean): void {
    if (online) {
      this.offline.delete(client);
      // Reconnecting: Hocuspocus syncs state vectors both ways, so nothing sent while away is lost.
      for (const other of this.clients) {
        if (other === client || this.offline.has(other)) continue;
        Y.applyUpdate(other.transport, Y.encodeStateAsUpdate(client.transport), this);
        Y.applyUpdate(client.transport, Y.encodeStateAsUpdate(other.transport), this);
      }
    } else this.offline.add(client);
  }

  isOnline(client: Client): boolean {
    return !this.offline.has(client);
  }

  /** Delivers up to `n` queued updates to online clients, picked by `pick` (random order). */
  deliver(n: number, pick: (size: number) => number = () => 0): number {
    let done = 0;
    for (const client of this.clients) {
      if (this.offline.has(client)) continue;
      const queue = this.inbox.get(client) ?? [];
      while (queue.length > 0 && done < n) {
        const [update] = queue.splice(pick(queue.length) % queue.length, 1);
        if (update) Y.applyUpdate(client.transport, update, this);
        done++;
      }
    }
    return done;
  }

  /** Delivers up to `n` of the updates queued for `client`, in order, online or not. */
  deliverTo(client: Client, n: number): number {
    const queue = this.inbox.get(client) ?? [];
    let done = 0;
    for (; done < n && queue.length > 0; done++) {
      const update = queue.shift();
      if (update) Y.applyUpdate(client.transport, update, this);
    }
    return done;
  }

  /** Everyone online, every update delivered and processed, until nothing moves any more. */
  async settle(): Promise<void> {
    for (const c of this.clients) this.setOnline(c, true);
    for (let round = 0; round < 50; round++) {
      await Promise.all(this.clients.map((c) => c.engine.flush()));
      if (this.deliver(Number.MAX_SAFE_INTEGER) === 0) {
        await Promise.all(this.clients.map((c) => c.engine.flush()));
        if (this.deliver(Number.MAX_SAFE_INTEGER) === 0) return;
      }
    }
    throw new Error('Netz kommt nicht zur Ruhe');
  }
}

export const rejections = (c: Client): SyncEvent[] => c.events.filter((e) => e.type === 'rejected');

/** A record map in the plan doc (table → id → fields), created if missing. */
export function record(plan: Y.Doc, table: string, id: string): Y.Map<unknown> {
  const t = plan.getMap<Y.Map<unknown>>(table);
  let r = t.get(id);
  if (!r) {
    r = new Y.Map<unknown>();
    t.set(id, r);
  }
  return r;
}
