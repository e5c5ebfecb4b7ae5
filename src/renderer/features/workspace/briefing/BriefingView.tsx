// Ausgabe › Einsatzbefehl: choose the recipient (the lead's full order or an agency's
// need-to-know copy), see what its copy contains and why, save the order or the team cards as
// docx (numbered copies go into the register), preview the docx, print the order or the cards.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconEye, IconFileText, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BriefingModel } from '@shared/documents/briefing';
import { useHost } from '../../../host';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { briefingFileName, packBriefing } from '../../documents';
import { useWorkspace } from '../core/context';
import { BriefingPreview } from './BriefingPreview';
import { PrintLayout } from './PrintLayout';
import { copyNumberFor, recipientsOf } from './recipients';
import { RegisterTable } from './RegisterTable';
import { ScopeTable } from './ScopeTable';
import { useBriefingExport, type BriefingKind, type ExportPhase } from './useBriefingExport';
import { useDistribution } from './useDistribution';

const AFTER = new Set(['executed', 'followed_up', 'closed']);

function ProgressLine({ progress }: { progress: ExportPhase }) {
  const { t } = useTranslation('briefing');
  if (progress.phase === 'idle') return null;
  const label =
    progress.phase === 'maps'
      ? t('progressMaps', { done: progress.done, total: progress.total })
      : progress.phase === 'docx'
        ? t('progressDocx')
        : t('progressSave');
  const value =
    progress.phase === 'maps' ? (100 * progress.done) / Math.max(1, progress.total) : 100;
  return (
    <div role="status" data-testid="briefing-progress">
      <Text size="sm">{label}</Text>
      <Progress value={value} animated={progress.phase !== 'maps'} aria-label={label} />
    </div>
  );
}

export function BriefingView() {
  const { t } = useTranslation('briefing');
  const { plan, agencies } = useWorkspace();
  const host = useHost();
  const op = plan.operation;
  const register = useDistribution();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const leadName = op.operationLead.name || t('leadFallback');
  const recipients = useMemo(
    () => recipientsOf(plan, agencies, overrides, leadName),
    [plan, agencies, overrides, leadName],
  );
  const [key, setKey] = useState('full');
  const recipient = recipients.find((r) => r.key === key) ?? recipients[0];
  const [total, setTotal] = useState<number | null>(null);
  const totalCopies = total ?? Math.max(recipients.length, register.copies.length);
  const ex = useBriefingExport(register, totalCopies);
  const [preview, setPreview] = useState<{
    name: string;
    bytes: Uint8Array<ArrayBuffer> | null;
  } | null>(null);
  const [printModel, setPrintModel] = useState<BriefingModel | null>(null);
  const busy = ex.progress.phase !== 'idle';
  const draft = op.approval === null;
  if (!recipient) return null;
  const number = copyNumberFor(register.copies, recipient);
  const kept = register.copies.some((c) => c.number === number);

  const showPreview = async () => {
    setPreview({ name: recipient.name, bytes: null });
    try {
      const model = await ex.build('order', recipient);
      ex.setProgress({ phase: 'docx' });
      setPreview({ name: recipient.name, bytes: await packBriefing(model) });
    } catch (e) {
      setPreview(null);
      notifyError(t('errorTitle'), e);
    } finally {
      ex.setProgress({ phase: 'idle' });
    }
  };

  // The print layout of the order or the cards; the web edition prints it with the browser.
  const print = async (kind: BriefingKind) => {
    try {
      setPrintModel(await ex.build(kind, recipient));
    } catch (e) {
      notifyError(t('errorTitle'), e);
    } finally {
      ex.setProgress({ phase: 'idle' });
    }
  };

  // Desktop: the same print layout printed to PDF by main, then saved where the user says.
  const savePdf = async (model: BriefingModel) => {
    try {
      ex.setProgress({ phase: 'save' });
      // react-dom/server only on the desktop's print path, not in every page's bundle.
      const { printLayoutHtml } = await import('./print-html');
      const printed = await host.print.toPdf({ html: printLayoutHtml(model) });
      if (!printed.ok) return notifyError(t('errorTitle'), printed.error);
      const name = briefingFileName(
        op,
        model.kind,
        model.copy?.number ?? null,
        recipient.agencyId === null ? '' : recipient.name,
      ).replace(/\.docx$/, '.pdf');
      const r = await host.saveFile({
        suggestedName: name,
        data: printed.value.pdf,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!r.ok) return notifyError(t('errorTitle'), r.error);
      if (r.value.saved) notifySuccess(t('saved', { name: r.value.fileName }));
    } catch (e) {
      notifyError(t('errorTitle'), e);
    } finally {
      ex.setProgress({ phase: 'idle' });
    }
  };

  return (
    <Stack gap="sm" data-testid="briefing-view">
      <Title order={2} size="h3">
        {t('title')}
      </Title>
      <Text size="sm">{t('intro')}</Text>
      {op.classification === 'vs_nfd' && (
        <Text size="sm" c="dimmed">
          {t('vsNfdHint')}
        </Text>
      )}
      {draft && (
        <Alert color="yellow" data-testid="briefing-draft">
          {t('draftNote')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Group align="end" wrap="wrap">
          <Select
            label={t('recipient')}
            data={recipients.map((r) => ({
              value: r.key,
              label: r.agencyId === null ? t('fullOrder', { name: r.name }) : r.name,
            }))}
            value={recipient.key}
            allowDeselect={false}
            onChange={(v) => v && setKey(v)}
            style={{ flex: '1 1 22rem' }}
            data-testid="briefing-recipient"
          />
          <NumberInput
            label={t('totalCopies')}
            min={1}
            max={10_000}
            value={totalCopies}
            onChange={(v) => setTotal(typeof v === 'number' ? v : null)}
            disabled={draft}
            w={220}
          />
        </Group>
        {!draft && (
          <Text size="sm" mt="xs" data-testid="briefing-copy-number">
            {t('copyNumber', { number, total: Math.max(totalCopies, number) })} ·{' '}
            {kept ? t('copyKept') : t('copyNew')}
          </Text>
        )}
        <Group mt="md" gap="xs">
          <Button
            leftSection={<IconFileText size={16} />}
            onClick={() => void ex.exportDocx('order', recipient)}
            disabled={busy}
            data-testid="briefing-export"
          >
            {t('exportOrder')}
          </Button>
          {/* Outline, not light: the pale fill next to the filled primary read as disabled. */}
          <Button
            variant="outline"
            leftSection={<IconFileText size={16} />}
            onClick={() => void ex.exportDocx('cards', recipient)}
            disabled={busy}
            data-testid="briefing-export-cards"
          >
            {t('exportCards')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            onClick={() => void showPreview()}
            disabled={busy}
            data-testid="briefing-preview-open"
          >
            {t('preview')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => void print('order')}
            disabled={busy}
            data-testid="briefing-print-order"
          >
            {t('printOrder')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => void print('cards')}
            disabled={busy}
            data-testid="briefing-print-cards"
          >
            {t('printCards')}
          </Button>
        </Group>
        <ProgressLine progress={ex.progress} />
        {printModel && (
          <Group mt="sm" gap="xs" data-testid="briefing-print-ready">
            <Text size="sm">{t('print.ready', { name: printModel.title })}</Text>
            {host.capabilities.printToPdf ? (
              <Button
                size="xs"
                variant="default"
                disabled={busy}
                onClick={() => void savePdf(printModel)}
                data-testid="briefing-print-pdf"
              >
                {t('print.desktopPdf')}
              </Button>
            ) : (
              <Button size="xs" variant="default" onClick={() => window.print()}>
                {t('print.open')}
              </Button>
            )}
          </Group>
        )}
        <ScopeTable
          recipient={recipient}
          override={
            recipient.agencyId === null ? null : (overrides.get(recipient.agencyId) ?? null)
          }
          onOverride={(next) => {
            if (recipient.agencyId === null) return;
            const m = new Map(overrides);
            if (next === null) m.delete(recipient.agencyId);
            else m.set(recipient.agencyId, next);
            setOverrides(m);
          }}
        />
      </Paper>
      <RegisterTable
        copies={register.copies}
        afterOperation={AFTER.has(op.status)}
        onDispose={(c, kind) =>
          void register.dispose(c, kind).catch((e: unknown) => notifyError(t('errorTitle'), e))
        }
      />
      {preview && (
        <BriefingPreview
          name={preview.name}
          bytes={preview.bytes}
          onClose={() => setPreview(null)}
        />
      )}
      {printModel && createPortal(<PrintLayout model={printModel} />, document.body)}
    </Stack>
  );
}
