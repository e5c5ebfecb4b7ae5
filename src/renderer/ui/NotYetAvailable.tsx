// Honest placeholder for sections a later release fills: no fake content.
import { IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

export type PendingSection = 'calendar' | 'map' | 'results';

export function NotYetAvailable({ section }: { section: PendingSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <EmptyState
        icon={<IconHourglassEmpty size={28} />}
        title={t('notYetAvailable.title')}
        testId="not-yet-available"
      >
        {t(`notYetAvailable.${section}`)}
      </EmptyState>
    </>
  );
}
