// Chooses the host once at start-up; everything else asks for HostApi through useHost().
import { createContext, useContext } from 'react';
import type { HostApi } from '@shared/ipc/host-api';
import { browserHost } from './browser';
import { electronHost } from './electron';

export function detectHost(): HostApi {
  return electronHost() ?? browserHost();
}

export const HostContext = createContext<HostApi | null>(null);

export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('HostContext fehlt');
  return host;
}
