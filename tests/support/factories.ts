// Test data builders on top of the domain factories: valid entities with overridable fields.
import { newOperation, type Operation } from '@shared/domain';

export const T0 = '2026-11-20T10:00:00.000Z';

export function makeOperation(fields: Partial<Operation> = {}): Operation {
  return newOperation({ codeName: 'NACHTFALTER', ...fields }, T0);
}
