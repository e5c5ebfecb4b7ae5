// Kept shares that did not reopen after unlock for a reason no single operation's Gemeinsam part
// can show: the stored list could not be read (then none reopened, and a shared operation would
// look unshared), or records no longer open. Shown where shares are set up (Einstellungen ›
// Gemeinsam bearbeiten) and managed (Gemeinsam of every operation).
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKeptSharesProblem } from '../../sync/open-shares';
import { errorMessage } from '../../ui/errors';

export function KeptSharesNotice() {
  const { t } = useTranslation('sync');
  const problem = useKeptSharesProblem();
  if (!problem) return null;
  return (
    <Alert color="red" title={t('keep.notice.title')} data-testid="kept-shares-problem">
      {problem.kind === 'list' ? (
        <Stack gap="xs">
          <Text size="sm">{t('keep.notice.list')}</Text>
          {/* Translated when shown: the language may change while the notice stands. */}
          <Text size="sm">{t('keep.notice.reason', { reason: errorMessage(problem.error) })}</Text>
        </Stack>
      ) : (
        <Text size="sm">{t('keep.notice.unreadable', { count: problem.count })}</Text>
      )}
    </Alert>
  );
}
