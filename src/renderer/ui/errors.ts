// Turns any thrown error or host envelope error into a translated, user-facing message.
import i18next from 'i18next';
import { CodedError, ERROR_CODES, type ErrorCode } from '@shared/result';

export function errorCode(e: unknown): ErrorCode {
  if (e instanceof CodedError) return e.code;
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    if ((ERROR_CODES as readonly unknown[]).includes(code)) return code as ErrorCode;
  }
  return 'internal';
}

export function errorMessage(e: unknown): string {
  return i18next.t(`errors.${errorCode(e)}`, { ns: 'common' });
}
