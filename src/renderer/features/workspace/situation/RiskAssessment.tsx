// Gefährdungsbewertung: level, findings and measures per risk category, and who assessed it when.
import {
  Alert,
  Button,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS } from '@shared/catalog';
import {
  RISK_CATEGORIES,
  RISK_LEVELS,
  type RiskCategory,
  type RiskItem,
  type RiskLevel,
} from '@shared/domain';
import { useDataSession } from '../../../data/session';
import { formatDateTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';

const emptyItem = (category: RiskCategory): RiskItem => ({
  category,
  level: 'none',
  findings: '',
  measures: '',
});

export function RiskAssessment() {
  const { t, i18n } = useTranslation('workspace');
  const label = useLabel();
  const session = useDataSession();
  const { draft } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  const ro = draft.readOnly;
  const item = (c: RiskCategory) =>
    op.riskAssessment.items.find((i) => i.category === c) ?? emptyItem(c);
  const setItem = (c: RiskCategory, patch: Partial<RiskItem>) =>
    draft.edit(`riskAssessment.items:${c}:${Object.keys(patch).join(',')}`, (o) => {
      const items = RISK_CATEGORIES.map(
        (cat) => o.riskAssessment.items.find((i) => i.category === cat) ?? emptyItem(cat),
      );
      return {
        ...o,
        riskAssessment: {
          ...o.riskAssessment,
          items: items.map((i) => (i.category === c ? { ...i, ...patch } : i)),
        },
      };
    });
  const assess = async () => {
    const by = (await session.repos.settings.get()).userName.trim() || '—';
    draft.edit('riskAssessment.assessed', (o) => ({
      ...o,
      riskAssessment: { ...o.riskAssessment, assessed: { by, at: new Date().toISOString() } },
    }));
    await draft.flush();
  };
  const assessed = op.riskAssessment.assessed;

  return (
    <Paper withBorder p="md" data-testid="risk-assessment">
      <Title order={2} size="h4" mb="sm">
        {t('situation.risk')}
      </Title>
      {assessed ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('situation.riskAssessed', {
            by: assessed.by,
            at: formatDateTime(assessed.at, i18n.language),
          })}
        </Text>
      ) : (
        <Alert color="orange" variant="light" mb="sm">
          {t('situation.riskNotAssessed')}
        </Alert>
      )}
      <Stack>
        {RISK_CATEGORIES.map((c) => {
          const it = item(c);
          return (
            <Paper key={c} withBorder p="sm" bg="var(--mantine-color-gray-0)">
              <Text fw={600} size="sm" mb={6} id={`risk-${c}`}>
                {label(RISK_CATEGORY_LABELS[c])}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby={`risk-${c}`}
                value={it.level}
                disabled={ro}
                onChange={(v) => setItem(c, { level: v as RiskLevel })}
                data={RISK_LEVELS.map((l) => ({ value: l, label: label(RISK_LEVEL_LABELS[l]) }))}
                data-testid={`risk-level-${c}`}
                mb="xs"
              />
              {it.level !== 'none' && (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <Textarea
                    label={t('situation.riskFindings')}
                    // Six categories have these two fields: the category tells them apart.
                    aria-describedby={`risk-${c}`}
                    value={it.findings}
                    readOnly={ro}
                    autosize
                    minRows={2}
                    maxLength={4000}
                    onChange={(e) => setItem(c, { findings: e.currentTarget.value })}
                    onBlur={() => void draft.flush()}
                  />
                  <Textarea
                    label={t('situation.riskMeasures')}
                    aria-describedby={`risk-${c}`}
                    value={it.measures}
                    readOnly={ro}
                    autosize
                    minRows={2}
                    maxLength={4000}
                    onChange={(e) => setItem(c, { measures: e.currentTarget.value })}
                    onBlur={() => void draft.flush()}
                  />
                </SimpleGrid>
              )}
            </Paper>
          );
        })}
        {!ro && (
          <Button
            variant="light"
            onClick={() => void assess()}
            w="fit-content"
            data-testid="risk-assess"
          >
            {assessed ? t('situation.riskReassess') : t('situation.riskAssess')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
