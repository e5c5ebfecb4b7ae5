// The planner's warning for a recipient without the target release: which team names and free
// texts in its copy still name a target, and what the copy does with each mention.
import { Alert, List, ScrollArea, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { targetMentions, type MentionKind, type TargetMention } from '@shared/documents/briefing';
import type { PlanSnapshot, Premises } from '@shared/domain';

interface Group {
  field: string;
  text: string;
  found: { word: string; kind: MentionKind }[];
}

// One line per text: a team name that names two targets is one thing to fix, not two.
function byText(mentions: readonly TargetMention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = `${m.field}\u0000${m.text}`;
    const g = groups.get(key) ?? { field: m.field, text: m.text, found: [] };
    g.found.push({ word: m.found, kind: m.kind });
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function TargetMentions({
  plan,
  premises,
}: {
  plan: PlanSnapshot;
  premises: ReadonlyMap<string, Premises>;
}) {
  const { t } = useTranslation('briefing');
  const groups = useMemo(
    () => byText(targetMentions({ plan, premises: [...premises.values()] })),
    [plan, premises],
  );
  if (groups.length === 0) return null;
  return (
    <Alert
      color="orange"
      mb="xs"
      title={t('mentions.title', { count: groups.length })}
      data-testid="briefing-mentions"
    >
      <Text size="sm" mb="xs">
        {t('mentions.intro')}
      </Text>
      {/* The list scrolls inside the alert; keyboard users reach it as a focusable region. */}
      <ScrollArea.Autosize
        mah={220}
        type="auto"
        offsetScrollbars
        viewportProps={{
          tabIndex: 0,
          role: 'region',
          'aria-label': t('mentions.title', { count: groups.length }),
        }}
      >
        <List size="sm" spacing={4}>
          {groups.map((g) => (
            <List.Item key={`${g.field}\u0000${g.text}`}>
              <Text span fw={600} size="sm">
                {g.field}:
              </Text>{' '}
              {g.found
                .map((f) =>
                  t('mentions.found', { word: f.word, kind: t(`mentions.kind.${f.kind}`) }),
                )
                .join(', ')}{' '}
              <Text span c="dimmed" size="sm">
                {t('mentions.in', { text: g.text })}
              </Text>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}
