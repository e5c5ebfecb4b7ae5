// Exports the agency catalogue (with contacts) as CSV through the host's save dialog.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { exportAgenciesCsv } from '@shared/csv';
import type { Agency } from '@shared/domain';
import { useHost } from '../../host';
import { notifyError, notifySuccess } from '../../ui/notify';

/** `behoerden-2026-11-20.csv` (local date, so the name matches the day the user sees). */
export function exportFileName(now = new Date()): string {
  const d = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
  return `behoerden-${d}.csv`;
}

export function useCsvExport(): (agencies: readonly Agency[]) => Promise<void> {
  const { t } = useTranslation('agencies');
  const host = useHost();
  return useCallback(
    async (agencies) => {
      try {
        const data = exportAgenciesCsv(agencies);
        const r = await host.saveFile({
          suggestedName: exportFileName(),
          data,
          filters: [{ name: 'CSV (UTF-8, Semikolon)', extensions: ['csv'] }],
        });
        if (!r.ok) return notifyError(t('export.failed'), r.error);
        if (r.value.saved) notifySuccess(t('export.done', { count: agencies.length }));
      } catch (e) {
        notifyError(t('export.failed'), e);
      }
    },
    [host, t],
  );
}
