// The React context of the open data session, apart from session.ts so that the screens shown
// before unlock (and the shell) can name it without loading Dexie's tables, the repositories,
// zod schemas and the read model: those arrive with the dynamic import after unlock.
import { createContext, useContext } from 'react';
import type { Repositories } from './repositories';
import type { DataSession } from './session';

export const DataContext = createContext<DataSession | null>(null);

export function useDataSession(): DataSession {
  const session = useContext(DataContext);
  if (!session) throw new Error('DataContext fehlt');
  return session;
}

export function useRepos(): Repositories {
  return useDataSession().repos;
}
