// Error and not-found views for the router: say what happened and offer a way back. Each is a
// screen of its own, so each has the screen's one h1.
import { Alert, Button, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../ui/errors';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Stack p="xl" maw={640} component="main">
      <Title order={1} size="h2">
        {t('errors.title')}
      </Title>
      <Alert color="red" icon={<IconAlertTriangle />} role="alert">
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
    <Stack p="xl" maw={640} data-testid="page-not-found">
      <Title order={1} size="h2">
        {t('errors.pageNotFound')}
      </Title>
      <Button component={Link} to="/operations" variant="light" w="fit-content">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
