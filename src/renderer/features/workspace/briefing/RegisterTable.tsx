// The distribution register as the lead keeps it: number, recipient, revisions, last issue and,
// after the operation, return or destruction of each copy.
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DistributionCopy } from '@shared/documents/briefing';
import { formatDateTime } from '../../../ui/format';

export function RegisterTable({
  copies,
  afterOperation,
  onDispose,
}: {
  copies: readonly DistributionCopy[];
  afterOperation: boolean;
  onDispose(copy: DistributionCopy, kind: 'returned' | 'destroyed'): void;
}) {
  const { t, i18n } = useTranslation('briefing');
  return (
    <div data-testid="briefing-register">
      <Title order={3} size="h5" mt="lg">
        {t('register.title')}
      </Title>
      {copies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('register.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={520}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('register.title')}
        >
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('register.number')}</Table.Th>
                <Table.Th>{t('register.recipient')}</Table.Th>
                <Table.Th>{t('register.revisions')}</Table.Th>
                <Table.Th>{t('register.issued')}</Table.Th>
                <Table.Th>{t('register.disposal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {copies.map((c) => {
                const last = c.issues.at(-1);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td ta="right">{c.number}</Table.Td>
                    <Table.Td>{c.recipient}</Table.Td>
                    <Table.Td>{c.issues.map((i) => i.revision).join(', ')}</Table.Td>
                    <Table.Td>{last ? formatDateTime(last.at, i18n.language) : ''}</Table.Td>
                    <Table.Td>
                      {c.disposal ? (
                        `${t(`register.${c.disposal.kind}`)}, ${formatDateTime(c.disposal.at, i18n.language)}`
                      ) : afterOperation ? (
                        <Group gap="xs">
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => onDispose(c, 'returned')}
                          >
                            {t('register.markReturned')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => onDispose(c, 'destroyed')}
                          >
                            {t('register.markDestroyed')}
                          </Button>
                        </Group>
                      ) : (
                        ''
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!afterOperation && copies.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('register.afterOperation')}
        </Text>
      )}
    </div>
  );
}
