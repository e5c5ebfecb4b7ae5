// Attachments of premises (photos, floor plans, PDFs): bytes in their own table (encrypted like
// every other field), a reference on the premises; both written in one audited transaction.
import {
  checkAttachment,
  newId,
  type Attachment,
  type AttachmentRef,
  type Premises,
} from '@shared/domain';
import { CodedError } from '@shared/result';
import { getOrThrow, WriteBatch, type RepoContext } from './base';
import { premisesSpec } from './specs';

const REASONS = {
  empty: 'Die Datei ist leer.',
  too_large: 'Die Datei ist größer als 20 MB.',
  type: 'Nur PNG- und JPEG-Bilder sowie PDF-Dokumente sind erlaubt (geprüft wird der Inhalt, nicht der Name).',
  too_many: 'Ein Objekt kann höchstens 50 Anlagen haben.',
} as const;

export class AttachmentRejectedError extends CodedError {
  constructor(readonly reason: keyof typeof REASONS) {
    super(reason === 'too_large' ? 'too_large' : 'invalid_input', REASONS[reason]);
  }
}

export function attachmentRepository(ctx: RepoContext) {
  return {
    async add(
      premisesId: string,
      file: { name: string; data: Uint8Array },
      kind: AttachmentRef['kind'],
    ): Promise<AttachmentRef> {
      const premises = await getOrThrow<Premises>(ctx, 'premises', premisesId);
      const check = checkAttachment(file.data, premises.attachments.length);
      if (!check.ok) throw new AttachmentRejectedError(check.reason);
      const batch = new WriteBatch(ctx);
      const ref: AttachmentRef = {
        id: newId(),
        kind,
        name: file.name.slice(0, 200),
        mime: check.mime,
        size: file.data.byteLength,
        addedAt: batch.now,
      };
      const attachment: Attachment = {
        id: ref.id,
        premisesId,
        createdAt: batch.now,
        data: new Uint8Array(file.data),
      };
      batch.putRaw('attachments', attachment);
      batch.update(premisesSpec, premises, {
        ...premises,
        attachments: [...premises.attachments, ref],
      });
      await batch.commit();
      return ref;
    },

    async get(id: string): Promise<Attachment> {
      return getOrThrow<Attachment>(ctx, 'attachments', id);
    },

    async remove(premisesId: string, attachmentId: string): Promise<void> {
      const premises = await getOrThrow<Premises>(ctx, 'premises', premisesId);
      const batch = new WriteBatch(ctx);
      batch.update(premisesSpec, premises, {
        ...premises,
        attachments: premises.attachments.filter((a) => a.id !== attachmentId),
      });
      batch.deleteRaw('attachments', attachmentId);
      await batch.commit();
    },
  };
}
