// Error and not-found views for the router: say what happened and offer a way back.
import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../ui/errors';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Stack p="xl" maw={640}>
      <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.title')} role="alert">
        {errorMessage(error)}
      </Alert>
      <Button component={Link} to="/operations" variant="light" w="fit-content">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack p="xl" maw={640}>
      <Alert color="yellow" title={t('errors.pageNotFound')} />
      <Button component={Link} to="/operations" variant="light" w="fit-content">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
