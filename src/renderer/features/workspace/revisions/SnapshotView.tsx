// A past revision, read-only, through the same views as the live plan.
import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '@shared/domain';
import { ApprovalNote } from '../core/ApprovalNote';
import { WorkspaceContext, useWorkspace } from '../core/context';
import type { OperationDraft } from '../core/useOperationDraft';
import { CommandView } from '../command';
import { ExecutionView } from '../execution';
import { GeneralView } from '../general';
import { MissionView } from '../mission';
import { SituationView } from '../situation';
import { SupportView } from '../support';

const PARTS = [
  ['general', GeneralView],
  ['situation', SituationView],
  ['mission', MissionView],
  ['execution', ExecutionView],
  ['support', SupportView],
  ['command', CommandView],
] as const;

export function SnapshotView({ plan }: { plan: PlanSnapshot }) {
  const { t } = useTranslation('workspace');
  const live = useWorkspace();
  const draft: OperationDraft = {
    operation: plan.operation,
    exists: true,
    readOnly: true,
    locked: true,
    member: null,
    mayChange: () => false,
    itemReadOnly: () => true,
    saveState: { kind: 'saved', at: null },
    edit: () => {},
    editItem: () => {},
    applyPlan: (p) => p,
    isPending: () => false,
    flush: async () => {},
  };
  return (
    <WorkspaceContext.Provider value={{ ...live, draft, plan, goTo: () => {} }}>
      <Stack data-testid="snapshot">
        {plan.operation.approval && <ApprovalNote approval={plan.operation.approval} />}
        {PARTS.map(([key, View]) => (
          <Stack key={key}>
            <Title order={3} size="h4">
              {t(`tabs.${key}`)}
            </Title>
            <View />
            <Divider />
          </Stack>
        ))}
      </Stack>
    </WorkspaceContext.Provider>
  );
}
