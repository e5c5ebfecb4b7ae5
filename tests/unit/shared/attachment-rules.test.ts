import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, checkAttachment, sniffAttachmentType } from '@shared/domain';

const bytes = (...b: number[]) => new Uint8Array(b);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const PDF = new TextEncoder().encode('%PDF-1.7\n...');

describe('attachments are recognised by content, not name', () => {
  it('knows PNG, JPEG and PDF', () => {
    expect(sniffAttachmentType(PNG)).toBe('image/png');
    expect(sniffAttachmentType(JPEG)).toBe('image/jpeg');
    expect(sniffAttachmentType(PDF)).toBe('application/pdf');
  });

  it('refuses anything else, including a script renamed to .png and truncated headers', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('<script>alert(1)</script>'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(sniffAttachmentType(PNG.slice(0, 4))).toBeNull();
    expect(sniffAttachmentType(new Uint8Array())).toBeNull();
  });

  it('checks size and count limits', () => {
    expect(checkAttachment(PNG, 0)).toEqual({ ok: true, mime: 'image/png' });
    expect(checkAttachment(new Uint8Array(), 0)).toEqual({ ok: false, reason: 'empty' });
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(PNG);
    expect(checkAttachment(big, 0)).toEqual({ ok: false, reason: 'too_large' });
    expect(checkAttachment(PNG, 50)).toEqual({ ok: false, reason: 'too_many' });
    expect(checkAttachment(bytes(1, 2, 3), 0)).toEqual({ ok: false, reason: 'type' });
  });
});
