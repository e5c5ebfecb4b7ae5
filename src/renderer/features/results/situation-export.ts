// Auswertung's exports: the tables as CSV (formula injection neutralised by the shared CSV
// writer) and the Lagebild as a docx annex through the document pipeline.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBytes, serializeCsv } from '@shared/csv';
import type { Language } from '@shared/domain';
import { situationCsvRows, type SituationTable } from '@shared/results';
import { useHost } from '../../host';
import { notifyError, notifySuccess } from '../../ui/notify';

/** `auswertung-2026-11-20.csv` (the local date the user sees). */
export function situationFileName(ext: 'csv' | 'docx', now = new Date()): string {
  const d = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
  return `${ext === 'csv' ? 'auswertung' : 'lagebild'}-${d}.${ext}`;
}

/**
 * The CSV bytes of the tables, with the note on what they count in the first line and the
 * format (ISO months, decimal mark) in the second, in `lang`, the tables' language.
 */
export function situationCsv(
  tables: readonly SituationTable[],
  note: string,
  lang: Language = 'de',
): Uint8Array<ArrayBuffer> {
  return csvBytes(serializeCsv(situationCsvRows(tables, note, lang)));
}

export function useSituationCsvExport() {
  const { t } = useTranslation('results');
  const host = useHost();
  return useCallback(
    async (tables: readonly SituationTable[], note: string, lang: Language) => {
      try {
        const r = await host.saveFile({
          suggestedName: situationFileName('csv'),
          data: situationCsv(tables, note, lang),
          filters: [{ name: 'CSV (UTF-8, Semikolon)', extensions: ['csv'] }],
        });
        if (!r.ok) return notifyError(t('situation.exportFailed'), r.error);
        if (r.value.saved) notifySuccess(t('situation.exported', { name: r.value.fileName }));
      } catch (e) {
        notifyError(t('situation.exportFailed'), e);
      }
    },
    [host, t],
  );
}
