// The field changes of one history entry or one changed part of a revision, one line each.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '@shared/util/diff';
import { formatChangeValue, operationFieldLabel, type Translate } from './change-format';

interface Props {
  changes: readonly FieldChange[];
  /** Operation fields get the workspace's labels; other records keep their field paths. */
  operationFields: boolean;
  max?: number;
}

export function ChangeLines({ changes, operationFields, max = 200 }: Props) {
  const { t: typed, i18n } = useTranslation('workspace');
  const t = typed as unknown as Translate;
  const lang = i18n.language;
  return (
    <Stack gap={2}>
      {changes.slice(0, max).map((c) => (
        <Text key={c.path} size="xs" data-testid="change-line">
          <Text span fw={600} size="xs" ff={operationFields ? undefined : 'monospace'}>
            {operationFields ? operationFieldLabel(c.path, t, lang) : c.path}
          </Text>
          : {formatChangeValue(c.before, t, lang)} → {formatChangeValue(c.after, t, lang)}
        </Text>
      ))}
      {changes.length > max && <Text size="xs">…</Text>}
    </Stack>
  );
}
