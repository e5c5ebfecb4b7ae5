// Errors as values: every host capability answers with an envelope, never a thrown error, so
// failures cross the process boundary with a code the UI can translate.

export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'too_large',
  'not_found',
  'io_error',
  'not_allowed',
  'unsupported',
  'wrong_passphrase',
  'throttled',
  'integrity',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface HostError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside services to choose the envelope's code; anything else becomes `internal`. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}
