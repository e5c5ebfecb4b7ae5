// "H verschieben": one change of H that every relative entry, the window and the briefing
// follow. The dialog shows before → after for what moves and flags fixed-time entries that
// fall outside the new window; confirming writes one audited update of the operation through
// the save model, and the notification offers to undo it (H back, everything back with it).
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveHHour, withHHour } from '@shared/calendar';
import { formatOffset } from '@shared/time/h-hour';
import { AppModal } from '../../../ui/AppModal';
import { DateTimeField } from '../../../ui/DateTimeField';
import { formatDateTime, formatTime } from '../../../ui/format';
import { useWorkspace } from '../core/context';

export function MoveHDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { plan } = useWorkspace();
  const h = plan.operation.hHour;
  if (!opened || h === null) return null;
  return <MoveHForm hHour={h} onClose={onClose} />;
}

function MoveHForm({ hHour, onClose }: { hHour: string; onClose(): void }) {
  const { t, i18n } = useTranslation('calendar');
  const { draft, plan } = useWorkspace();
  const [newH, setNewH] = useState<string | null>(hHour);
  // One dialog, one move: its notification can be hidden by this id once undone.
  const noticeId = useId();
  const lang = i18n.language;
  const result = newH !== null && newH !== hHour ? moveHHour(plan, newH) : null;
  const nudge = (minutes: number) =>
    setNewH(new Date(Date.parse(newH ?? hHour) + minutes * 60_000).toISOString());

  const confirm = async () => {
    if (newH === null || !result) return;
    draft.edit('hHour', (op) => withHHour(op, newH));
    await draft.flush();
    onClose();
    notifications.show({
      id: noticeId,
      color: 'green',
      autoClose: 15_000,
      closeButtonProps: { 'aria-label': t('day.close') },
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {t('moveH.done', { delta: formatOffset(result.summary.deltaMinutes) })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            data-testid="move-h-undo"
            onClick={() => {
              draft.edit('hHour', (op) => withHHour(op, hHour));
              void draft.flush();
              notifications.hide(noticeId);
            }}
          >
            {t('moveH.undo')}
          </Button>
        </Group>
      ),
    });
  };

  return (
    <AppModal opened onClose={onClose} title={t('moveH.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('moveH.hint')}
        </Text>
        <Group align="flex-end" wrap="wrap">
          <DateTimeField
            label={t('moveH.newH')}
            value={newH}
            clearable={false}
            onChange={setNewH}
            testId="move-h-at"
          />
          {/* The two nudges are a pair: they wrap below the field together, never apart. */}
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={() => nudge(-30)} data-testid="move-h-earlier">
              {t('moveH.earlier')}
            </Button>
            <Button variant="default" onClick={() => nudge(30)} data-testid="move-h-later">
              {t('moveH.later')}
            </Button>
          </Group>
        </Group>
        {result && (
          <div data-testid="move-h-summary">
            <Text fw={600} size="sm">
              {t('moveH.summary', {
                delta: formatOffset(result.summary.deltaMinutes),
                count: result.summary.moved.length,
              })}
            </Text>
            <List size="sm" spacing={2} mt={4}>
              {result.summary.moved.map((m) => (
                <List.Item key={m.key}>
                  {`${m.key === 'briefing' ? t('moveH.briefing') : m.title}: ${formatDateTime(m.before, lang)} → ${formatTime(m.after, lang)}`}
                </List.Item>
              ))}
            </List>
            {result.summary.outsideWindow.length > 0 && (
              <Alert color="orange" mt="sm" title={t('moveH.outsideTitle')}>
                {result.summary.outsideWindow.map((e) => e.title).join(', ')}
              </Alert>
            )}
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('moveH.cancel')}
          </Button>
          <Button onClick={() => void confirm()} disabled={!result} data-testid="move-h-confirm">
            {t('moveH.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
