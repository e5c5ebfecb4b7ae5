// Locks the vault after the configured idle time (Einstellungen → Sicherheit).
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../data/session-context';
import { useIdleLock } from './useIdleLock';

export function IdleLock({ onIdle }: { onIdle: () => void }) {
  const repos = useRepos();
  const settings = useLiveQuery(() => repos.settings.get(), [repos]);
  useIdleLock(settings?.autoLockMinutes ?? 10, onIdle);
  return null;
}
