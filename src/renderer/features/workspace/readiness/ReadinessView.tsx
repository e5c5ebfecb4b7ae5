// Bereitschaft: the readiness check as a list, each issue with a link to where it is fixed.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessIssue } from '@shared/domain';
import { useWorkspace } from '../core/context';
import { ReadinessMessage } from '../core/ReadinessMessage';
import { TargetReleaseSummary } from '../timeline';
import { ConflictNotice } from './ConflictNotice';
import { focusOfIssue } from './focus-of-issue';

export function ReadinessView({ issues }: { issues: readonly ReadinessIssue[] }) {
  const { t } = useTranslation('workspace');
  const { goTo } = useWorkspace();
  const uid = useId();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <Paper withBorder p="md" maw={960} data-testid="readiness">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('readiness.title')}
        </Title>
        <Group gap="xs">
          <Badge color="red" variant="light">
            {t('readiness.errors', { count: errors.length })}
          </Badge>
          <Badge color="orange" variant="light">
            {t('readiness.warnings', { count: warnings.length })}
          </Badge>
        </Group>
      </Group>
      {issues.length === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />} data-testid="readiness-ok">
          {t('readiness.none')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('readiness.intro')}
          </Text>
          {[...errors, ...warnings].map((issue, n) => (
            <Group
              key={`${issue.code}-${issue.subjectId ?? ''}-${n}`}
              justify="space-between"
              wrap="nowrap"
              data-testid="readiness-issue"
              data-code={issue.code}
            >
              {/* The text gives way, not the button: at 320 px "Beheben" stays whole. */}
              <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
                {issue.severity === 'error' ? (
                  <IconAlertCircle size={18} color="var(--mantine-color-red-7)" aria-hidden />
                ) : (
                  <IconInfoCircle size={18} color="var(--mantine-color-orange-7)" aria-hidden />
                )}
                <Text size="sm" id={`${uid}-${n}`}>
                  <ReadinessMessage issue={issue} />
                </Text>
              </Group>
              <Button
                size="compact-xs"
                variant="light"
                // Every button says "Beheben": the issue's text tells screen readers which one.
                aria-describedby={`${uid}-${n}`}
                onClick={() => goTo(issue.tab, focusOfIssue(issue))}
              >
                {t('readiness.fix')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {/* Who may see the targets' names (issue 14): set in Zeitablauf, checked before the briefing. */}
      <ConflictNotice />
      <TargetReleaseSummary />
    </Paper>
  );
}
