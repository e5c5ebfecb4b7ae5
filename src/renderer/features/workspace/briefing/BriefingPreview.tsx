// The in-app preview: docx-preview renders the exported bytes. It breaks pages only at explicit
// breaks and fills no fields (page numbers), so the dialog says it is approximate.
import { Alert, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';

export function BriefingPreview({
  name,
  bytes,
  onClose,
}: {
  name: string;
  bytes: Uint8Array<ArrayBuffer> | null;
  onClose(): void;
}) {
  const { t } = useTranslation('briefing');
  // A callback ref: the modal mounts its body after the first render.
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  // Which bytes are on screen: ready once the rendering of these bytes has finished.
  const [shown, setShown] = useState<Uint8Array | null>(null);
  const ready = bytes !== null && shown === bytes;
  useEffect(() => {
    if (!bytes || !el) return;
    let live = true;
    void import('docx-preview').then(async ({ renderAsync }) => {
      if (!live) return;
      el.replaceChildren();
      await renderAsync(new Blob([bytes]), el, el, {
        inWrapper: true,
        ignoreLastRenderedPageBreak: true,
      });
      if (live) setShown(bytes);
    });
    return () => {
      live = false;
    };
  }, [bytes, el]);
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('previewDialog.title', { name })}
      size="calc(100vw - 4rem)"
    >
      <Alert color="yellow" mb="sm" data-testid="briefing-preview-note">
        {t('previewDialog.approximate')}
      </Alert>
      {(!bytes || !ready) && <Loader aria-label={t('previewDialog.loading')} />}
      <div ref={setEl} data-testid="briefing-preview" data-ready={ready ? 'true' : 'false'} />
    </AppModal>
  );
}
