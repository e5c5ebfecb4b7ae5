// Runs a service call and turns its outcome into a Result envelope, as main's handle() does.
import { CodedError, fail, ok, type Result } from '@shared/result';

export async function toResult<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (e) {
    if (e instanceof CodedError) return fail(e.code, e.message);
    console.error(e);
    return fail('internal', 'Unerwarteter Fehler');
  }
}
