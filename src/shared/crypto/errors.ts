// Typed crypto errors. Each is a CodedError, so main's handle() and the browser host turn it into
// an envelope with the right code without knowing about crypto.
import { CodedError } from '../result';

/** Authentication failed or the data is malformed: never return (possibly wrong) data. */
export class IntegrityError extends CodedError {
  constructor(message = 'Die Daten sind beschädigt oder wurden verändert.') {
    super('integrity', message);
    this.name = 'IntegrityError';
  }
}

/** The passphrase or recovery code did not open the vault. */
export class WrongSecretError extends CodedError {
  constructor(message = 'Die Passphrase ist falsch.') {
    super('wrong_passphrase', message);
    this.name = 'WrongSecretError';
  }
}

/** Too many failed attempts: the next one is accepted after `retryAfterMs`. */
export class ThrottledError extends CodedError {
  constructor(readonly retryAfterMs: number) {
    super(
      'throttled',
      `Zu viele Fehlversuche. Nächster Versuch in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s möglich.`,
    );
    this.name = 'ThrottledError';
  }
}
