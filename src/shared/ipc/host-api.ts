// HostApi: every capability the UI needs from outside the page. Implemented by the preload
// bridge (Electron) and by src/renderer/host/browser.ts (web edition). The UI asks
// `capabilities`, never which host it runs in. Method types come from the IPC contract, so a
// channel and its capability cannot drift apart.
import type { Result } from '../result';
import type { Channel, ChannelInput, ChannelOutput } from './contract';

/** The answer of one channel, as an envelope. */
type Answer<C extends Channel> = Promise<Result<ChannelOutput<C>>>;
/** A capability that passes its argument to the channel unchanged. */
type Call<C extends Channel> = (input: ChannelInput<C>) => Answer<C>;
/** A capability over a channel without input. */
type Query<C extends Channel> = () => Answer<C>;

/** What this host can do beyond the common core; the UI shows or hides features by these. */
export interface HostCapabilities {
  /** Keeps automatic encrypted backups in a folder of its own (desktop). */
  readonly automaticBackups: boolean;
  /** Has an OS keychain the vault may use (desktop; the vault status says if it works now). */
  readonly keychain: boolean;
  /** Prints a document's print layout to PDF itself (desktop: `print.toPdf`). */
  readonly printToPdf: boolean;
  /** Keeps an offline basemap file (PMTiles) and reads byte ranges of it (`basemap`). */
  readonly mapFiles: boolean;
  /** Lets the user configure servers (tiles, geocoder, sync) that its CSP then admits. */
  readonly networkSettings: boolean;
}

export interface HostApi {
  /** Which implementation this is; only src/renderer/host reads it (lint forbids it elsewhere). */
  readonly kind: 'electron' | 'browser';
  readonly capabilities: HostCapabilities;
  appInfo: Query<'app:info'>;
  /** Asks the user where to save (system dialog or download) and writes atomically. */
  saveFile: Call<'files:saveAs'>;
  /** Asks the user for a file; `null` when cancelled. Larger files than `maxBytes` are refused. */
  openFile: Call<'files:open'>;
  /** Opens an allow-listed https link in the system browser. */
  openExternal(url: string): Answer<'shell:openExternal'>;
  /**
   * The vault holds the wrapped data key. Unlocking hands the raw key to the renderer once;
   * the renderer imports it non-extractable and drops the bytes.
   */
  vault: {
    status: Query<'vault:status'>;
    create: Call<'vault:create'>;
    unlock: Call<'vault:unlock'>;
    changePassphrase: Call<'vault:changePassphrase'>;
    /** Sets a new passphrase with the recovery code and unlocks. */
    recover: Call<'vault:recover'>;
    setKeychain: Call<'vault:setKeychain'>;
    /** A new recovery code, shown once; the old one stops opening the vault (F3). */
    newRecoveryCode: Call<'vault:newRecoveryCode'>;
    /** The vault id and the passphrase/recovery wraps, for the header of a new backup. */
    backupHeader: Query<'vault:backupHeader'>;
    /** Begins a key rotation (F3): the new data key, once, and a new recovery code. */
    startRotation: Call<'vault:startRotation'>;
    /** A rotation under way: its new key sealed under the current one, or null. */
    rotationState: Query<'vault:rotationState'>;
    /** Promotes the new key's wraps once every record is sealed under it. */
    finishRotation: Query<'vault:finishRotation'>;
  };
  /** Automatic encrypted backups kept by the host (`capabilities.automaticBackups`). */
  backups: {
    store: Call<'backups:store'>;
    list: Query<'backups:list'>;
    read(name: string): Answer<'backups:read'>;
  };
  /**
   * Servers the policy admits (`capabilities.networkSettings`). A change takes effect when the
   * page is next loaded: the policy of a loaded page cannot be widened.
   */
  settings: {
    networkHosts: Query<'settings:networkHosts'>;
    setNetworkHosts: Call<'settings:setNetworkHosts'>;
  };
  /**
   * The copy of the "database emptied" sentinel kept beside the vault record (main's user-data
   * folder; the browser vault's own database), durable when the call returns.
   */
  sentinel: {
    get: Call<'sentinel:get'>;
    set: Call<'sentinel:set'>;
  };
  /**
   * The basemap (`capabilities.mapFiles`): the chosen source, an agency's map server, and an
   * offline PMTiles file the host keeps (desktop: user-data folder; web: the origin's private
   * file system), checked before use and read in byte ranges, never whole.
   */
  basemap: {
    state: Query<'basemap:state'>;
    /** Asks the user for a .pmtiles file (the host's own picker), checks and keeps a copy. */
    install: Query<'basemap:install'>;
    remove: Query<'basemap:remove'>;
    setSettings: Call<'basemap:setSettings'>;
    readRange: Call<'basemap:readRange'>;
  };
  /**
   * Print to PDF (`capabilities.printToPdf`): a self-contained HTML print layout (no scripts,
   * pictures as data: URLs) printed A4 in a hidden, sandboxed page; the PDF's bytes come back.
   */
  print: {
    toPdf: Call<'print:toPdf'>;
  };
}
