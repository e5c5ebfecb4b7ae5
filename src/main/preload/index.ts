// The preload bridge: exposes exactly the named HostApi capabilities as `window.api`, each one
// a single IPC channel of the contract. Only types are imported from shared, so no schema
// library ends up in this sandboxed bundle; main validates every call anyway.
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import type { Result } from '@shared/result';

const call =
  <C extends Channel>(channel: C) =>
  (input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> =>
    ipcRenderer.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;

const api = {
  kind: 'electron',
  capabilities: {
    automaticBackups: true,
    keychain: true,
    printToPdf: true,
    mapFiles: true,
    networkSettings: true,
  },
  appInfo: () => call('app:info')({}),
  saveFile: call('files:saveAs'),
  openFile: call('files:open'),
  openExternal: (url: string) => call('shell:openExternal')({ url }),
  vault: {
    status: () => call('vault:status')({}),
    create: call('vault:create'),
    unlock: call('vault:unlock'),
    changePassphrase: call('vault:changePassphrase'),
    recover: call('vault:recover'),
    setKeychain: call('vault:setKeychain'),
    newRecoveryCode: call('vault:newRecoveryCode'),
    backupHeader: () => call('vault:backupHeader')({}),
    startRotation: call('vault:startRotation'),
    rotationState: () => call('vault:rotationState')({}),
    finishRotation: () => call('vault:finishRotation')({}),
  },
  backups: {
    store: call('backups:store'),
    list: () => call('backups:list')({}),
    read: (name: string) => call('backups:read')({ name }),
  },
  settings: {
    networkHosts: () => call('settings:networkHosts')({}),
    setNetworkHosts: call('settings:setNetworkHosts'),
  },
  sentinel: {
    get: call('sentinel:get'),
    set: call('sentinel:set'),
  },
  basemap: {
    state: () => call('basemap:state')({}),
    install: () => call('basemap:install')({}),
    remove: () => call('basemap:remove')({}),
    setSettings: call('basemap:setSettings'),
    readRange: call('basemap:readRange'),
  },
  print: {
    toPdf: call('print:toPdf'),
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('api', api);
