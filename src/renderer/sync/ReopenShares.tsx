// Mounted while the vault is unlocked: reopens every kept share in the background once per
// unlock. It renders nothing and never holds up the app; the sync code (Yjs, Hocuspocus,
// OpenPGP) loads only when there is a kept share to open. A share that does not reopen is shown
// in its Gemeinsam part; what no part can show (the list unreadable, records that no longer
// open) in the notice of Einstellungen and Gemeinsam (KeptSharesNotice). One try per unlock:
// a server that is away is no failure (the share opens offline and connects when it is back).
import { useEffect } from 'react';
import { useDataSession } from '../data/session-context';
import { reportKeptSharesProblem } from './open-shares';

export function ReopenShares() {
  const session = useDataSession();
  useEffect(() => {
    let live = true;
    // What an earlier unlock found is no longer news: this unlock tries again.
    reportKeptSharesProblem(null);
    const timer = setTimeout(() => {
      void (async () => {
        // The table is read first: an installation without shares never loads the sync code.
        if (!live || (await session.store.count('shares')) === 0 || !live) return;
        const { reopenKeptShares } = await import('./share-keeping');
        if (!live) return;
        // The session's own actor and clock, as every write of the repositories has them.
        const { unreadable } = await reopenKeptShares({ repo: session.context });
        if (live && unreadable > 0)
          reportKeptSharesProblem({ kind: 'unreadable', count: unreadable });
      })().catch((e: unknown) => {
        // A lock while reopening closes the store: that is no problem to report.
        if (!live) return;
        console.error('Gespeicherte gemeinsame Bearbeitungen nicht gelesen', e);
        reportKeptSharesProblem({ kind: 'list', error: e });
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [session]);
  return null;
}
