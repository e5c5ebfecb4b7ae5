// Attachment rules: which files may be attached, recognised by their content (magic bytes), never
// by their name, and how large they may be.
import type { AttachmentRef } from './premises';

export type AttachmentMime = AttachmentRef['mime'];

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENTS_PER_PREMISES = 50;

const startsWith = (bytes: Uint8Array, magic: readonly number[], offset = 0) =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);

/** The real type of a file from its first bytes, or null when it is not an allowed type. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // "%PDF-" may be preceded by a little garbage per the PDF spec; we accept it only at the start.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

export type AttachmentCheck =
  | { ok: true; mime: AttachmentMime }
  | { ok: false; reason: 'empty' | 'too_large' | 'type' | 'too_many' };

export function checkAttachment(bytes: Uint8Array, existingCount: number): AttachmentCheck {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' };
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES) return { ok: false, reason: 'too_large' };
  if (existingCount >= ATTACHMENTS_PER_PREMISES) return { ok: false, reason: 'too_many' };
  const mime = sniffAttachmentType(bytes);
  return mime ? { ok: true, mime } : { ok: false, reason: 'type' };
}
