// Saving a generated document: a real .docx (zip) goes to the host with the agreed file name.
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '@shared/documents';
import { newAgency, newOperation } from '@shared/domain';
import type { SaveFileRequest } from '@shared/ipc/contract';
import { ok } from '@shared/result';
import {
  forceOverviewFileName,
  requestSheetFileName,
  saveDocument,
} from '../../../src/renderer/features/documents';

const T = '2026-11-20T10:00:00.000Z';

describe('saving documents', () => {
  it('names files after agency and code name', () => {
    const op = newOperation({ codeName: 'DEMO WINTERLICHT' }, T);
    const agency = newAgency(
      { name: 'Hauptzollamt Essen', shortName: 'HZA Essen', kind: 'customs' },
      T,
    );
    expect(requestSheetFileName(agency, op)).toBe('anforderung-hza-essen-demo-winterlicht.docx');
    expect(requestSheetFileName({ ...agency, shortName: '' }, op)).toBe(
      'anforderung-hauptzollamt-essen-demo-winterlicht.docx',
    );
    expect(forceOverviewFileName({ ...op, codeName: 'Größe/Übung' })).toBe(
      'kraefteuebersicht-groesse-uebung.docx',
    );
  });

  it('hands a docx to the host', async () => {
    const requests: SaveFileRequest[] = [];
    const host = {
      saveFile: async (r: SaveFileRequest) => {
        requests.push(r);
        return ok({ saved: true as const, fileName: r.suggestedName });
      },
    };
    const r = await saveDocument(host, emptyDocument({ title: 'Kräfteübersicht' }), 'k.docx');
    expect(r).toEqual({ ok: true, value: { saved: true, fileName: 'k.docx' } });
    const data = requests[0]?.data ?? new Uint8Array();
    expect([...data.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip package
    expect(requests[0]?.filters[0]?.extensions).toEqual(['docx']);
  });
});
