// Karte: every located premises of the registry and the targets of the chosen operations on one
// map, with loading, error and empty states around it.
import { Alert, Button, Center, Loader } from '@mantine/core';
import { IconMap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { OverviewMap } from './OverviewMap';
import { useOverviewData } from './useOverviewData';

export function MapPage() {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const { data, error } = useOverviewData();

  let body;
  if (error !== undefined) {
    body = (
      <Alert color="red" data-testid="map-error">
        {t('error', { message: error instanceof Error ? error.message : String(error) })}
      </Alert>
    );
  } else if (!data) {
    body = (
      <Center py="xl" aria-busy="true" data-testid="map-loading">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  } else if (data.premises.rows.size === 0) {
    body = (
      <EmptyState
        icon={<IconMap size={28} />}
        title={t('empty.title')}
        testId="map-empty"
        action={<Button onClick={() => navigate('/premises')}>{tc('nav.premises')}</Button>}
      >
        {t('empty.body')}
      </EmptyState>
    );
  } else {
    body = <OverviewMap data={data} />;
  }

  return (
    <>
      <PageHeader title={t('title')} />
      {body}
    </>
  );
}
