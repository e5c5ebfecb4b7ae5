// Field checks for the operation header, with stable message keys the UI translates. The zod
// schema guards the stored shape; these rules guard what a planner would call a mistake.
import { isWithinWindow } from '../time/h-hour';
import { LIMITS } from './common';
import type { Operation } from './operation';

export type OperationFieldError =
  | 'code_name_missing'
  | 'code_name_too_long'
  | 'h_hour_in_past'
  | 'h_hour_outside_window'
  | 'window_end_before_start'
  | 'deadline_after_h_hour';

export type OperationFieldErrors = Partial<
  Record<'codeName' | 'hHour' | 'timeWindow' | 'responseDeadline', OperationFieldError>
>;

/**
 * `isNew` plans may not be dated in the past (typing last year by mistake is common); existing
 * plans may, since operations that took place stay on record.
 */
export function validateOperationHeader(
  op: Operation,
  now: string,
  isNew: boolean,
): OperationFieldErrors {
  const errors: OperationFieldErrors = {};
  if (op.codeName.trim() === '') errors.codeName = 'code_name_missing';
  else if (op.codeName.trim().length > LIMITS.codeName) errors.codeName = 'code_name_too_long';
  if (op.hHour && isNew && Date.parse(op.hHour) < Date.parse(now)) errors.hHour = 'h_hour_in_past';
  if (op.timeWindow) {
    if (Date.parse(op.timeWindow.end) <= Date.parse(op.timeWindow.start))
      errors.timeWindow = 'window_end_before_start';
    else if (op.hHour && !isWithinWindow(op.hHour, op.timeWindow))
      errors.hHour = 'h_hour_outside_window';
  }
  if (op.responseDeadline && op.hHour && Date.parse(op.responseDeadline) > Date.parse(op.hHour)) {
    errors.responseDeadline = 'deadline_after_h_hour';
  }
  return errors;
}
