// The one colour per operation status (Mantine colour names): the badge and the list's plain
// cells must look the same, so both read this map.
import type { OperationStatus } from '@shared/domain';

export const OPERATION_STATUS_COLORS: Readonly<Record<OperationStatus, string>> = {
  draft: 'gray',
  planning: 'blue',
  in_review: 'orange',
  approved: 'green',
  executed: 'teal',
  followed_up: 'cyan',
  closed: 'dark',
  cancelled: 'red',
};
