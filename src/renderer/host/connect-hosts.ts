// One remote service's hosts in the desktop app's connect policy: the hosts a setting admitted
// before leave, the ones it admits now come in, and what other settings admitted stays (the
// geocoder and the sync server share one list). The web edition has no such policy.
import type { HostApi } from '@shared/ipc/host-api';

export async function replaceConnectHosts(
  host: HostApi,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  if (!host.capabilities.networkSettings) return;
  const hosts = await host.settings.networkHosts();
  if (!hosts.ok) throw new Error(hosts.error.message);
  const previous = new Set(before);
  const kept = hosts.value.connectHosts.filter((h) => !previous.has(h));
  const connectHosts = [...new Set([...kept, ...after])];
  const saved = await host.settings.setNetworkHosts({ ...hosts.value, connectHosts });
  if (!saved.ok) throw new Error(saved.error.message);
}
