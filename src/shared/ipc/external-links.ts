// Links the app may hand to the system browser. Everything else is refused.
export const EXTERNAL_LINK_HOSTS = [
  'www.bsi.bund.de',
  'www.sikoruhr.nrw.de',
  'www.im.nrw',
  'github.com',
] as const;

export function isAllowedExternalUrl(
  raw: string,
  hosts: readonly string[] = EXTERNAL_LINK_HOSTS,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hosts.includes(url.hostname)
  );
}
