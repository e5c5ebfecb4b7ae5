// The need-to-know rules of one recipient agency, visible and overridable: which targets its
// copy contains and why, with the late-release state of the target list.
import { Alert, Button, Checkbox, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aliasesOf, scopeRules, isRedacted } from '@shared/documents/briefing';
import { useWorkspace } from '../core/context';
import type { Recipient } from './recipients';
import { TargetMentions } from './TargetMentions';

export function ScopeTable({
  recipient,
  override,
  onOverride,
}: {
  recipient: Recipient;
  override: readonly string[] | null;
  onOverride(next: readonly string[] | null): void;
}) {
  const { t } = useTranslation('briefing');
  const { plan, premises, premisesName } = useWorkspace();
  if (recipient.agencyId === null) return null;
  const rules = scopeRules(plan, recipient.agencyId, override);
  const source = {
    plan,
    agencies: [],
    premises: [],
    issuingOffice: '',
    now: new Date().toISOString(),
  };
  const redacted = isRedacted({ source, scope: recipient.scope });
  const aliases = aliasesOf(source);
  const included = rules.filter((r) => r.included).map((r) => r.targetId);
  const toggle = (id: string, on: boolean) =>
    onOverride(on ? [...included, id] : included.filter((x) => x !== id));

  return (
    <div data-testid="briefing-scope">
      <Title order={3} size="h5" mt="md">
        {t('scope.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('scope.intro')}
      </Text>
      <Alert color={redacted ? 'yellow' : 'blue'} mb="xs" data-testid="briefing-release">
        {redacted ? t('scope.notReleased') : t('scope.released')}
      </Alert>
      {redacted && <TargetMentions plan={plan} premises={premises} />}
      {/* The box scrolls, not the page (narrow windows); it takes the focus for keyboard users. */}
      <Table.ScrollContainer
        minWidth={520}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t('scope.title')}
      >
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scope.included')}</Table.Th>
              <Table.Th>{t('scope.target')}</Table.Th>
              <Table.Th>{t('scope.rule')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r) => {
              const target = plan.targets.find((x) => x.id === r.targetId);
              const name = `${aliases.get(r.targetId) ?? ''}: ${target ? premisesName(target.premisesId) : ''}`;
              return (
                <Table.Tr key={r.targetId}>
                  <Table.Td>
                    <Checkbox
                      checked={r.included}
                      onChange={(e) => toggle(r.targetId, e.currentTarget.checked)}
                      aria-label={`${name} ${t('scope.included')}`}
                    />
                  </Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {override !== null && (
        <Group mt="xs">
          <Button variant="subtle" size="xs" onClick={() => onOverride(null)}>
            {t('scope.reset')}
          </Button>
        </Group>
      )}
    </div>
  );
}
