// Mounted while the vault is unlocked: reopens every kept share in the background once per
// unlock. It renders nothing and never holds up the app; the sync code (Yjs, Hocuspocus,
// OpenPGP) loads only when there is a kept share to open. Problems show in the Gemeinsam part.
import { useEffect } from 'react';
import { useDataSession } from '../data/session-context';

export function ReopenShares() {
  const session = useDataSession();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        // The table is read first: an installation without shares never loads the sync code.
        if (!live || (await session.store.count('shares')) === 0 || !live) return;
        const settings = await session.repos.settings.get();
        const { reopenKeptShares } = await import('./share-keeping');
        if (!live) return;
        await reopenKeptShares({
          repo: {
            store: session.store,
            actor: () => settings.userName,
            now: () => new Date().toISOString(),
          },
        });
      })().catch(() => {
        // Each share reports its own problem; a failure to list them leaves the app as it is.
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [session]);
  return null;
}
