// The rules of the "Neuer Einsatz" form, kept pure: Berlin wall time from the date-time field to
// an instant, and the header checks of a new plan (code name, no H-hour in the past).
import {
  newOperation,
  validateOperationHeader,
  type Operation,
  type OperationFieldError,
  type OperationKind,
} from '@shared/domain';
import { wallToInstant } from '@shared/time/zoned';

export const START_MODES = ['empty', 'template', 'past'] as const;
export type StartMode = (typeof START_MODES)[number];

export interface NewOperationInput {
  mode: StartMode;
  /** Template or past operation to start from (modes other than `empty`). */
  sourceId: string | null;
  codeName: string;
  title: string;
  kind: OperationKind;
  /** `YYYY-MM-DD HH:mm[:ss]` (or with `T`) in Berlin wall time; '' for none. */
  hHourLocal: string;
  /**
   * The instant the date-time field has already read (it asked about an autumn-overlap time),
   * used instead of `hHourLocal` when given.
   */
  hHour?: string | null;
}

export type NewOperationError =
  OperationFieldError | 'h_hour_invalid' | 'h_hour_nonexistent' | 'source_missing';

export interface NewOperationErrors {
  codeName?: NewOperationError;
  hHour?: NewOperationError;
  source?: NewOperationError;
}

type LocalResult = { ok: true; instant: string | null } | { ok: false; error: NewOperationError };

/** A wall-time value as an instant; the spring-forward gap (02:00–03:00) does not exist. */
export function localToInstant(local: string): LocalResult {
  if (local.trim() === '') return { ok: true, instant: null };
  const [date = '', time = ''] = local.trim().split(/[T ]/);
  const r = wallToInstant({ date, time: time.slice(0, 5) });
  if (!r.ok)
    return {
      ok: false,
      error: r.error === 'nonexistent' ? 'h_hour_nonexistent' : 'h_hour_invalid',
    };
  return { ok: true, instant: r.instant };
}

/** The new plan to write, or the errors to show at the fields. */
export function checkNewOperation(
  input: NewOperationInput,
  now: string,
): { ok: true; operation: Operation } | { ok: false; errors: NewOperationErrors } {
  const errors: NewOperationErrors = {};
  const h: LocalResult =
    input.hHour !== undefined
      ? { ok: true, instant: input.hHour }
      : localToInstant(input.hHourLocal);
  if (!h.ok) errors.hHour = h.error;
  if (input.mode !== 'empty' && !input.sourceId) errors.source = 'source_missing';
  const operation = newOperation(
    {
      codeName: input.codeName.trim(),
      title: input.title.trim(),
      kind: input.kind,
      hHour: h.ok ? h.instant : null,
    },
    now,
  );
  const header = validateOperationHeader(operation, now, true);
  if (header.codeName) errors.codeName = header.codeName;
  if (header.hHour && !errors.hHour) errors.hHour = header.hHour;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, operation };
}
