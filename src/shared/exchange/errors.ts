// Why a package was refused: one code per problem, each with a German message that names it.
// The UI translates the code (i18n `exchange:errors.<code>`); the message is the fallback.

export const EXCHANGE_ERRORS = {
  too_large: 'Die Datei ist zu groß für ein Austauschpaket.',
  malformed: 'Die Datei ist kein lesbares Austauschpaket (kein OpenPGP oder beschädigt).',
  wrong_recipient: 'Das Paket ist nicht für diesen Schlüssel verschlüsselt.',
  needs_passphrase:
    'Das Paket ist mit einer Einmal-Passphrase verschlüsselt: bitte die Passphrase eingeben.',
  wrong_passphrase: 'Die Einmal-Passphrase öffnet dieses Paket nicht.',
  tampered: 'Das Paket wurde verändert oder ist beschädigt (Prüfsumme falsch).',
  bomb: 'Das Paket entpackt sich zu einer unzulässig großen Datenmenge und wird nicht geöffnet.',
  unsigned: 'Das Paket ist nicht signiert.',
  unknown_signer: 'Das Paket ist mit einem unbekannten Schlüssel signiert.',
  revoked_signer: 'Das Paket ist mit einem widerrufenen Schlüssel signiert.',
  bad_signature: 'Die Signatur des Pakets ist ungültig.',
  sender_mismatch: 'Der angegebene Absender passt nicht zum signierenden Schlüssel.',
  invalid_content: 'Der Inhalt des Pakets ist ungültig oder enthält unzulässige Zeichen.',
  unsupported_version: 'Dieses Paketformat wird von dieser Version nicht unterstützt.',
  wrong_kind: 'Dieses Paket hat hier eine unerwartete Art.',
  foreign_plan: 'Das Paket gehört zu einem anderen Einsatz.',
  no_open_request: 'Zu dieser Antwort gibt es keine offene Anfrage.',
  replayed: 'Diese Antwort wurde bereits eingelesen.',
  wrong_agency: 'Die Antwort ist nicht vom Schlüssel der angefragten Behörde signiert.',
  plan_changed:
    'Der Einsatz wurde nach der Freigabeanfrage geändert (Prüfsumme passt nicht). Die Freigabe gilt nicht; bitte eine neue Freigabeanfrage senden.',
  stale_revision: 'Die Freigabe gilt einer anderen Revision dieses Einsatzes.',
  signer_is_drafter:
    'Die Freigabe ist mit dem eigenen Schlüssel dieser Installation signiert; freigeben muss eine zweite Person.',
  not_in_review: 'Der Einsatz liegt nicht zur Freigabe vor.',
  key_file_invalid: 'Die Datei ist kein privater OpenPGP-Schlüssel.',
  key_unprotected:
    'Der Schlüssel ist nicht mit einer Passphrase geschützt; angenommen wird nur ein geschützter Schlüssel.',
  key_wrong_passphrase: 'Die Passphrase entsperrt diesen Schlüssel nicht.',
  key_not_trusted:
    'Zu diesem Schlüssel ist keine gültige Schlüsselkarte hinterlegt (Austausch › Vertrauen); nur eine hinterlegte zweite Person kann freigeben.',
} as const;

export type ExchangeErrorCode = keyof typeof EXCHANGE_ERRORS;

export interface ExchangeError {
  code: ExchangeErrorCode;
  message: string;
}

export type Opened<T> = { ok: true; value: T } | { ok: false; error: ExchangeError };

export const refuse = <T = never>(code: ExchangeErrorCode): Opened<T> => ({
  ok: false,
  error: { code, message: EXCHANGE_ERRORS[code] },
});
