// Kalender › Konflikte: every conflict across plans (same premises within the set days, an
// agency beyond its daily capacity, the same person in overlapping plans) with links to both
// plans, and the premises window as a setting beside it.
import { Anchor, Badge, Group, NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conflict } from '@shared/calendar';
import type { Operation } from '@shared/domain';
import type { TableView } from '../../data/read-model/read-model';
import { useRepos } from '../../data/session';
import { notifyError } from '../../ui/notify';
import type { Conflicts } from './useConflicts';
import { useConflictText } from './useConflictText';

/** Rows drawn at once: thousands of conflicts would make the page slow and unreadable. */
const SHOWN = 200;
const KIND_COLORS = { premises: 'orange', capacity: 'red', person: 'grape' } as const;

/**
 * Memoised: its props change only with the data, while the Kalender above it re-renders on
 * every switch of view or day (B7), and redrawing up to 200 rows each time was wasted work.
 */
export const ConflictList = memo(function ConflictList({
  conflicts,
  operations,
}: {
  conflicts: Conflicts;
  operations: TableView<Operation> | undefined;
}) {
  const { t } = useTranslation('calendar');
  const text = useConflictText();
  const { all, withinDays } = conflicts;
  return (
    <Paper withBorder p="md" data-testid="conflict-list">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          {t('conflicts.listTitle', { count: all.length })}
        </Title>
        <WindowDaysField value={withinDays} />
      </Group>
      {all.length === 0 ? (
        <Text size="sm" c="dimmed">
          {conflicts.ready ? t('conflicts.none') : t('conflicts.loading')}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('conflicts.kind')}</Table.Th>
              <Table.Th>{t('conflicts.operations')}</Table.Th>
              <Table.Th>{t('conflicts.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {all.slice(0, SHOWN).map((c) => (
              <Table.Tr key={conflictKey(c)} data-kind={c.kind}>
                <Table.Td>
                  <Badge color={KIND_COLORS[c.kind]} variant="light">
                    {t(`conflicts.kinds.${c.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {c.operationIds.map((id) => (
                      <Anchor key={id} component={Link} to={`/operations/${id}`} size="sm">
                        {operations?.rows.get(id)?.codeName ?? id}
                      </Anchor>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{text(c)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {all.length > SHOWN && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('conflicts.more', { count: all.length - SHOWN })}
        </Text>
      )}
    </Paper>
  );
});

function conflictKey(c: Conflict): string {
  switch (c.kind) {
    case 'premises':
      return `p|${c.premisesId}|${c.operationIds.join('|')}`;
    case 'capacity':
      return `c|${c.agencyId}|${c.day}`;
    case 'person':
      return `n|${c.certainty}|${c.operationIds.join('|')}`;
  }
}

/** The setting "same premises within N days", saved when the field is left. */
function WindowDaysField({ value }: { value: number }) {
  const { t } = useTranslation('calendar');
  const repos = useRepos();
  const [draft, setDraft] = useState<string | number>(value);
  const [shown, setShown] = useState(value);
  // A new stored value (saved here or elsewhere) replaces what the field shows.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const save = () => {
    const n = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (!Number.isInteger(n) || n < 0 || n > 365 || n === value) {
      setDraft(value);
      return;
    }
    repos.settings
      .update({ conflictWindowDays: n })
      .catch((err: unknown) => notifyError(t('conflicts.windowLabel'), err));
  };
  return (
    <NumberInput
      label={t('conflicts.windowLabel')}
      description={t('conflicts.windowHint')}
      value={draft}
      onChange={setDraft}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
      min={0}
      max={365}
      allowDecimal={false}
      w={320}
      data-testid="conflict-window-days"
    />
  );
}
