// shell:openExternal: hands allow-listed https links to the system browser, refuses the rest.
import { isAllowedExternalUrl } from '@shared/ipc/external-links';
import { CodedError } from '@shared/result';

export interface ExternalServiceOptions {
  /** Electron's shell.openExternal in production. */
  openExternal: (url: string) => Promise<void>;
  isAllowed?: (url: string) => boolean;
}

export function createExternalService(
  options: ExternalServiceOptions,
): (request: { url: string }) => Promise<{ opened: boolean }> {
  const isAllowed = options.isAllowed ?? ((url: string) => isAllowedExternalUrl(url));
  return async ({ url }) => {
    // A refused link is an answer, not an error: the UI says "not allowed" without a stack.
    if (!isAllowed(url)) return { opened: false };
    try {
      await options.openExternal(url);
    } catch (error) {
      console.error('openExternal failed', error);
      throw new CodedError('io_error', 'Der Link konnte nicht geöffnet werden.');
    }
    return { opened: true };
  };
}
