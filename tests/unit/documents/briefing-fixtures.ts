// Fixtures for the briefing tests: a real PNG encoder (fflate's zlib, the library docx ships)
// so the documents carry real pictures, and the demo briefing input with every map ready.
import { zlibSync } from 'fflate';
import type { BriefingImages, BriefingInput, PngImage } from '@shared/documents/briefing';
import { demoPlan, NOW } from '../../support/demo-plan';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A width×height RGB PNG: a grey grid with a coloured square (looks like a map tile). */
export function testPng(width: number, height: number, rgb: [number, number, number]): PngImage {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const grid = x % 40 === 0 || y % 40 === 0;
      const mark = Math.abs(x - width / 2) < 12 && Math.abs(y - height / 2) < 12;
      const [r, g, b] = mark ? rgb : grid ? [200, 200, 200] : [240, 240, 235];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return { png, width, height };
}

export function demoImages(targetIds: readonly string[]): BriefingImages {
  return {
    objectMaps: new Map(targetIds.map((id) => [id, testPng(600, 400, [200, 30, 30])])),
    photos: new Map(),
    situationMap: testPng(800, 560, [30, 30, 200]),
  };
}

/** The demo plan, approved (with one open mandatory item), with its images. */
export function demoBriefing(): { d: ReturnType<typeof demoPlan>; input: BriefingInput } {
  const d = demoPlan();
  d.plan.operation.approval = {
    by: 'EPHK Erika Mustermann',
    at: '2026-11-17T10:00:00.000Z',
    revision: d.plan.operation.revision,
    openItems: [
      {
        code: 'comms.phone_list',
        subjectId: null,
        text: 'Telefonliste unvollständig',
        reason: 'wird in der Besprechung ergänzt',
      },
    ],
  };
  return {
    d,
    input: {
      source: { ...d, issuingOffice: 'Polizeipräsidium Essen', now: NOW },
      images: demoImages(d.plan.targets.map((t) => t.id)),
      scope: { kind: 'full' },
      copy: { number: 1, total: 4, recipient: 'Einsatzleitung' },
      register: [],
    },
  };
}
