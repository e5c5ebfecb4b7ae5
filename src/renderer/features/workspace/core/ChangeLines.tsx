// The field changes of one history entry or one changed part of a revision, one line each.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLabel';
import type { PlanSnapshot } from '@shared/domain';
import type { FieldChange } from '@shared/util/diff';
import { fieldSpec } from './change-fields';
import {
  changeLabel,
  formatChangeValue,
  readableChanges,
  type RefNames,
  type Translate,
} from './change-format';
import { useWorkspace } from './context';
import { guideChangeLines } from './guide-changes';

interface Props {
  changes: readonly FieldChange[];
  /** The kind of record changed (operation, participation, team, …): it decides the labels. */
  entity: string;
  /** The plan the referenced records are looked up in (a revision's own snapshot). */
  namesFrom?: PlanSnapshot;
  max?: number;
}

/** The workspace `t` loosened for keys built from field paths, and the UI language. */
export function useChangeText(): { t: Translate; lang: ReturnType<typeof useLang> } {
  const { t } = useTranslation('workspace');
  return { t: t as unknown as Translate, lang: useLang() };
}

export function ChangeLines({ changes, entity, namesFrom, max = 200 }: Props) {
  const { t, lang } = useChangeText();
  const ws = useWorkspace();
  const plan = namesFrom ?? ws.plan;
  const { agencyName, premisesName } = ws;
  const names: RefNames = (kind, id) => {
    switch (kind) {
      case 'agency':
        return agencyName(id);
      case 'team':
        return plan.teams.find((x) => x.id === id)?.name ?? '';
      case 'talkGroup':
        return plan.comms.find((x) => x.id === id)?.name ?? '';
      case 'target': {
        const target = plan.targets.find((x) => x.id === id);
        return target ? premisesName(target.premisesId) : '';
      }
      case 'premises':
        return premisesName(id);
      case 'participation': {
        const p = plan.participations.find((x) => x.id === id);
        return p ? agencyName(p.agencyId) : '';
      }
    }
  };
  const shown = readableChanges(entity, changes);
  return (
    <Stack gap={2}>
      {shown.slice(0, max).map((c) => {
        const spec = fieldSpec(entity, c.path);
        const label = changeLabel(entity, c.path, t, lang);
        // Checklists: what happened to which item, not the lists before and after.
        if (spec?.format === 'fieldGuides')
          return guideChangeLines(c.before, c.after, t, lang).map((line, i) => (
            <Text key={`${c.path}-${i}`} size="xs" data-testid="change-line">
              {line}
            </Text>
          ));
        return (
          <Text key={c.path} size="xs" data-testid="change-line">
            <Text span fw={600} size="xs" ff={label === c.path ? 'monospace' : undefined}>
              {label}
            </Text>
            : {formatChangeValue(c.before, t, lang, spec, names)} →{' '}
            {formatChangeValue(c.after, t, lang, spec, names)}
          </Text>
        );
      })}
      {shown.length > max && <Text size="xs">…</Text>}
    </Stack>
  );
}
