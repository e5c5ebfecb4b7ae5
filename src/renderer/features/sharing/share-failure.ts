// Why a step of the sharing screens failed, as a reason the screens translate. The errors come
// from the server (status and code), the network, the key or the store, and their own text is
// German or technical: it must not stand inside an English sentence, so it is kept only for the
// log and a "Details" disclosure.
import { FrameKeyError } from '@shared/sync/frame-key';
import { CodedError, ERROR_CODES, type ErrorCode } from '@shared/result';
import { SyncServerError } from '../../sync/server-api';
import { ServerSilentError } from '../../sync/shared-operation';

export type ShareFailure =
  /** No answer: the address is wrong, the server is down or the network is away. */
  | { reason: 'serverSilent' }
  /** The server refuses this app's origin (its list of allowed origins lacks it). */
  | { reason: 'serverOrigin' }
  /** The server keeps another lead for this operation. */
  | { reason: 'notLead' }
  /** A signed statement arrived too late or too early: this machine's clock is off. */
  | { reason: 'clock' }
  /** Any other refusal; the status and code go to the details. */
  | { reason: 'serverRefused' }
  /** The own identity key cannot sign sync frames. */
  | { reason: 'keyUnusable' }
  /** A store or host failure with a code the app translates everywhere. */
  | { reason: 'coded'; code: ErrorCode }
  | { reason: 'unexpected' };

/** What a fetch throws when nothing answers (Chromium, Node, Firefox word it differently). */
const NETWORK = /failed to fetch|fetch failed|networkerror|load failed/i;

function codeOf(e: unknown): ErrorCode | null {
  if (e instanceof CodedError) return e.code;
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code: unknown = e.code;
    return ERROR_CODES.find((c) => c === code) ?? null;
  }
  return null;
}

export function shareFailureOf(e: unknown): ShareFailure {
  if (e instanceof ServerSilentError) return { reason: 'serverSilent' };
  if (e instanceof TypeError && NETWORK.test(e.message)) return { reason: 'serverSilent' };
  // A fetch refused without an answer as a DOMException (happy-dom, some hosts).
  if (e instanceof Error && e.name === 'NetworkError') return { reason: 'serverSilent' };
  if (e instanceof SyncServerError) {
    if (e.code === 'origin') return { reason: 'serverOrigin' };
    if (e.code === 'not_lead') return { reason: 'notLead' };
    if (e.code === 'expired') return { reason: 'clock' };
    return { reason: 'serverRefused' };
  }
  if (e instanceof FrameKeyError) return { reason: 'keyUnusable' };
  const code = codeOf(e);
  if (code && code !== 'internal') return { reason: 'coded', code };
  return { reason: 'unexpected' };
}

/** The error's own text for the details and the log ("" when there is nothing to add). */
export function technicalText(e: unknown): string {
  if (e instanceof SyncServerError) return `HTTP ${e.status}: ${e.code}`;
  if (e instanceof Error)
    return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string')
    return e.message;
  return typeof e === 'string' ? e : '';
}
