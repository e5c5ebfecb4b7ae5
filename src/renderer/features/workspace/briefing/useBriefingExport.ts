// Making a copy of the Einsatzbefehl or the team cards: map extracts first (progress per
// extract), then the model, then the docx packed in a worker, then the host's save dialog. A
// numbered copy of an approved plan is entered in the distribution register once saved.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_MARKINGS } from '@shared/catalog/enum-labels';
import {
  briefingModel,
  isRedacted,
  teamCardsModel,
  type BriefingImages,
  type BriefingModel,
  type DistributionCopy,
} from '@shared/documents/briefing';
import { MAP_FEATURE_KINDS } from '@shared/maps/features';
import { useDataSession } from '../../../data/session';
import { useHost } from '../../../host';
import { extractBasemap, useBasemapState } from '../../../map';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { briefingFileName, DOCX_FILTER, packBriefing } from '../../documents';
import { useWorkspace } from '../core/context';
import { loadPhotos, renderBriefingImages } from './extracts';
import { copyNumberFor, type Recipient } from './recipients';

export type BriefingKind = 'order' | 'cards';

export type ExportPhase =
  | { phase: 'idle' }
  | { phase: 'maps'; done: number; total: number }
  | { phase: 'docx' }
  | { phase: 'save' };

export interface BriefingRegister {
  copies: readonly DistributionCopy[];
  /** Records that `recipient` received a copy of the current revision. */
  recordIssue(recipient: Recipient, scope: 'full' | 'agency'): Promise<void>;
}

/** `totalCopies`: how many copies the order is made in (the "von Y" of each copy). */
export function useBriefingExport(register: BriefingRegister, totalCopies: number) {
  const { t, i18n } = useTranslation('briefing');
  const tw = useTranslation('workspace').t;
  const tm = useTranslation('map').t;
  const session = useDataSession();
  const host = useHost();
  const { state } = useBasemapState();
  const { plan, agencies, premises } = useWorkspace();
  const [progress, setProgress] = useState<ExportPhase>({ phase: 'idle' });

  /** The model for `recipient` with its pictures (also what the preview and print show). */
  const build = useCallback(
    async (kind: BriefingKind, recipient: Recipient): Promise<BriefingModel> => {
      const settings = await session.repos.settings.get();
      const source = {
        plan,
        agencies: [...agencies.values()],
        premises: [...premises.values()],
        issuingOffice: settings.issuingOffice,
        now: new Date().toISOString(),
      };
      const redacted = isRedacted({ source, scope: recipient.scope });
      const targetIds = recipient.scope.kind === 'full' ? null : recipient.scope.targetIds;
      const maps: BriefingImages = await renderBriefingImages(plan, premises, {
        basemap: extractBasemap(state, host),
        marking: CLASSIFICATION_MARKINGS[plan.operation.classification],
        legend: {
          language: i18n.language,
          title: tm('extract.legend'),
          target: tm('extract.target'),
          kinds: Object.fromEntries(MAP_FEATURE_KINDS.map((k) => [k, tw(`map.kinds.${k}`)])),
        },
        targetIds,
        redacted,
        onProgress: (p) => setProgress({ phase: 'maps', ...p }),
      });
      // A redacted copy shows no photo (it would show the place).
      const images: BriefingImages = redacted
        ? maps
        : {
            ...maps,
            photos: await loadPhotos(plan, premises, targetIds, async (id) => {
              return (await session.repos.attachments.get(id)).data;
            }),
          };
      const draft = plan.operation.approval === null;
      const input = {
        source,
        images,
        scope: recipient.scope,
        register: register.copies,
        // Einstellungen › Einsatzbefehl: this installation's section names.
        headings: settings.briefingHeadings,
        copy: draft
          ? null
          : {
              number: copyNumberFor(register.copies, recipient),
              // A number given before the total was raised stays valid: Y is never below X.
              total: Math.max(totalCopies, copyNumberFor(register.copies, recipient)),
              recipient: recipient.name,
            },
      };
      return kind === 'order' ? briefingModel(input) : teamCardsModel(input);
    },
    [
      session,
      plan,
      agencies,
      premises,
      state,
      host,
      register.copies,
      totalCopies,
      tm,
      tw,
      i18n.language,
    ],
  );

  const exportDocx = useCallback(
    async (kind: BriefingKind, recipient: Recipient): Promise<void> => {
      try {
        const model = await build(kind, recipient);
        setProgress({ phase: 'docx' });
        const data = await packBriefing(model);
        setProgress({ phase: 'save' });
        const name = briefingFileName(
          plan.operation,
          kind,
          model.copy?.number ?? null,
          recipient.agencyId === null ? '' : recipient.name,
        );
        const r = await host.saveFile({ suggestedName: name, data, filters: [DOCX_FILTER] });
        if (!r.ok) return notifyError(t('errorTitle'), r.error);
        if (!r.value.saved) return;
        if (model.copy) await register.recordIssue(recipient, recipient.scope.kind);
        notifySuccess(t('saved', { name: r.value.fileName }));
      } catch (e) {
        notifyError(t('errorTitle'), e);
      } finally {
        setProgress({ phase: 'idle' });
      }
    },
    [build, host, plan.operation, register, t],
  );

  return { build, exportDocx, progress, setProgress };
}
