// Edits typed but not yet stored, across the app: whatever keeps such edits registers here, so
// locking the vault can store them before the keys go (the UI and the database go with them).
// A write that hangs must not keep the vault open: each saver gets a bounded time.

export interface PendingSaver {
  /** What the edits belong to, for the message when they could not be stored (German). */
  label(): string;
  /** Number of edits not yet stored. */
  pendingCount(): number;
  /** Stores what is pending; failures leave it pending (the count says so). */
  flush(): Promise<void>;
}

export interface UnsavedEdits {
  label: string;
  count: number;
}

const savers = new Set<PendingSaver>();

export function registerPendingSaver(saver: PendingSaver): () => void {
  savers.add(saver);
  return () => savers.delete(saver);
}

/** Default bound for storing pending edits before locking. */
export const LOCK_FLUSH_TIMEOUT_MS = 3000;

/** Stores every pending edit; resolves to what is still unsaved after at most `timeoutMs`. */
export async function flushPendingSaves(
  timeoutMs = LOCK_FLUSH_TIMEOUT_MS,
): Promise<UnsavedEdits[]> {
  const busy = [...savers].filter((s) => s.pendingCount() > 0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled(busy.map((s) => s.flush())), timeout]);
  clearTimeout(timer);
  return busy
    .map((s) => ({ label: s.label(), count: s.pendingCount() }))
    .filter((u) => u.count > 0);
}
