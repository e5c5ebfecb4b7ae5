// Review of imported answers: refused files with their German reason; accepted-to-be answers
// with the signer, what changed since the request (older revision), the diff against the current
// participation and a choice of which parts to take over.
import { Alert, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_STATUSES } from '@shared/domain';
import { useRepos } from '../../data/session';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FingerprintText } from './FingerprintText';
import { acceptAnswer, type ReviewItem } from './lead-flow';
import type { ExchangeHandle } from './useExchange';

type Good = Extract<ReviewItem, { ok: true }>;

export function AnswerReview({
  handle,
  items,
  agencyName,
  onDone,
}: {
  handle: ExchangeHandle;
  items: readonly ReviewItem[];
  agencyName(id: string): string;
  onDone(): void;
}) {
  const { t } = useTranslation('exchange');
  const repos = useRepos();
  const [choice, setChoice] = useState<
    Record<string, { confirmation: boolean; vehicles: boolean }>
  >({});
  const [done, setDone] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const keyOf = (i: Good) => i.matched.envelope.id;
  const choiceOf = (i: Good) => choice[keyOf(i)] ?? { confirmation: true, vehicles: true };
  const good = items.filter((i): i is Good => i.ok);
  const statusText = (s: string) => {
    const known = CONFIRMATION_STATUSES.find((x) => x === s);
    return known ? t(`statuses.${known}`) : s;
  };

  const accept = async (list: readonly Good[]) => {
    setBusy(true);
    try {
      for (const item of list) {
        if (done.has(keyOf(item)) || !handle.state) continue;
        const r = await acceptAnswer(
          repos,
          handle.store,
          handle.state,
          item,
          choiceOf(item),
          handle.userName,
        );
        if (!r.ok) {
          notifyError(t('review.title'), r.message);
          continue;
        }
        setDone((d) => new Set(d).add(keyOf(item)));
        notifySuccess(t('review.accepted', { agency: agencyName(item.matched.request.agencyId) }));
      }
      await handle.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="answer-review">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('review.title')}
        </Title>
        <Group>
          <Button
            onClick={() => void accept(good)}
            disabled={good.length === 0}
            loading={busy}
            data-testid="review-accept-all"
          >
            {t('review.acceptAll')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('review.close')}
          </Button>
        </Group>
      </Group>
      <Stack>
        {items.map((item, index) =>
          !item.ok ? (
            <Alert key={index} color="red" title={item.fileName} data-testid="review-refused">
              {t(`errors.${item.error.code}`, { defaultValue: item.error.message })}
            </Alert>
          ) : (
            <Paper key={index} withBorder p="sm" data-testid="review-item">
              <Text fw={600}>
                {agencyName(item.matched.request.agencyId)} · {item.fileName}
              </Text>
              <Text size="sm">
                {t('review.signedBy', {
                  name: item.matched.envelope.sender.name,
                  agency: item.matched.envelope.sender.agency,
                })}
              </Text>
              <FingerprintText fingerprint={item.matched.signer.fingerprint} />
              {item.matched.outdated && (
                <Alert color="orange" mt="xs" data-testid="review-outdated">
                  {t('review.outdated', item.matched.outdated)}
                </Alert>
              )}
              {item.changes.length === 0 ? (
                <Text size="sm" mt="xs">
                  {t('review.noChanges')}
                </Text>
              ) : (
                <Table mt="xs" data-testid="review-changes">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('review.field')}</Table.Th>
                      <Table.Th>{t('review.before')}</Table.Th>
                      <Table.Th>{t('review.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {item.changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td>{t(`review.fields.${c.field}`)}</Table.Td>
                        <Table.Td>
                          {c.field === 'status' ? statusText(c.before) : c.before}
                        </Table.Td>
                        <Table.Td>{c.field === 'status' ? statusText(c.after) : c.after}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <PersonsLine item={item} />
              {done.has(keyOf(item)) ? (
                <Text c="green" size="sm" mt="xs" data-testid="review-done">
                  {t('review.done')}
                </Text>
              ) : (
                <Group mt="xs">
                  <Checkbox
                    label={t('review.takeConfirmation')}
                    checked={choiceOf(item).confirmation}
                    onChange={(e) =>
                      setChoice({
                        ...choice,
                        [keyOf(item)]: { ...choiceOf(item), confirmation: e.currentTarget.checked },
                      })
                    }
                  />
                  <Checkbox
                    label={t('review.takeVehicles')}
                    checked={choiceOf(item).vehicles}
                    onChange={(e) =>
                      setChoice({
                        ...choice,
                        [keyOf(item)]: { ...choiceOf(item), vehicles: e.currentTarget.checked },
                      })
                    }
                  />
                  <Button
                    size="xs"
                    onClick={() => void accept([item])}
                    loading={busy}
                    data-testid="review-accept"
                  >
                    {t('review.accept')}
                  </Button>
                </Group>
              )}
            </Paper>
          ),
        )}
      </Stack>
    </Paper>
  );
}

function PersonsLine({ item }: { item: Good }) {
  const { t } = useTranslation('exchange');
  const a = item.matched.envelope.payload;
  return (
    <Stack gap={2} mt="xs">
      {a.persons.length > 0 && (
        <Text size="sm">
          {t('review.persons')}:{' '}
          {a.persons
            .map((p) => [p.name, p.function, p.phone].filter(Boolean).join(', '))
            .join(' · ')}
        </Text>
      )}
      {a.callSigns.length > 0 && (
        <Text size="sm">
          {t('answer.callSigns')}: {a.callSigns.join(', ')}
        </Text>
      )}
      {a.comment && (
        <Text size="sm">
          {t('answer.comment')}: {a.comment}
        </Text>
      )}
    </Stack>
  );
}
