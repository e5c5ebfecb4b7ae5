// The print layout of a BriefingModel: the same sections, blocks and pictures as the docx, in
// the same order (the e2e test compares the two), as HTML for the browser's print path.
import { Fragment, useEffect, useMemo } from 'react';
import {
  copyLine,
  pageMarks,
  type BriefingBlock,
  type BriefingModel,
} from '@shared/documents/briefing';
import { CLASSIFICATION_MARKINGS } from '@shared/catalog/enum-labels';
import { briefingPrintCss } from './print-css';

function Block({
  block,
  urls,
}: {
  block: BriefingBlock;
  urls: ReadonlyMap<BriefingBlock, string>;
}) {
  switch (block.type) {
    case 'image': {
      const url = urls.get(block);
      if (!url) return block.missing ? <p className="vp-note">{block.missing}</p> : null;
      return (
        <figure>
          <img src={url} width={block.width} height={block.height} alt={block.caption} />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    }
    case 'paragraph':
      return (
        <p
          className={
            block.emphasis === 'strong'
              ? 'vp-strong'
              : block.emphasis === 'note'
                ? 'vp-note'
                : undefined
          }
        >
          {block.text}
        </p>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'keyValue':
      return (
        <table className="vp-kv">
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={i}>
                <td>{r.key}</td>
                <td>{r.value || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...block.rows, ...(block.totals ? [block.totals] : [])].map((row, i) => (
              <tr key={i}>
                {block.columns.map((_, j) => (
                  <td key={j}>{row[j] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'form':
    case 'choices':
      // The briefing has no hand-filled parts; request sheets are printed from Word.
      return null;
  }
}

/** The order's title page, as the docx sets it (render-briefing.ts `titlePage`). */
function TitlePage({ model }: { model: BriefingModel }) {
  const left = [model.issuingOffice, model.fileReference ? `Az.: ${model.fileReference}` : '']
    .filter(Boolean)
    .join('\n');
  const right = [[model.place, model.date].filter(Boolean).join(', '), copyLine(model)]
    .filter(Boolean)
    .join('\n');
  const lines = [
    model.extractFor,
    model.copy ? `Empfänger: ${model.copy.recipient}` : '',
    model.redacted ? 'Zielobjekte nicht freigegeben: Objekte nur als „Objekt 1 … n“.' : '',
    `Freigabe: ${model.approvalNote}`,
  ].filter(Boolean);
  return (
    <section className="vp-title">
      <table className="vp-head">
        <tbody>
          <tr>
            <td className="vp-strong">{left}</td>
            <td>{right}</td>
          </tr>
        </tbody>
      </table>
      <p className="vp-doc-title">{model.title}</p>
      <p className="vp-code">{model.codeName}</p>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      <p className="vp-strong vp-outline">Gliederung</p>
      {model.sections
        .filter((s) => s.level === 1 && !s.key.startsWith('annex:B:'))
        .map((s) => (
          <p key={s.key} className="vp-outline-line">{`${s.number}  ${s.heading}`}</p>
        ))}
    </section>
  );
}

/** The signature block before the first annex (or at the end), as in the docx. */
function Signature({ model }: { model: BriefingModel }) {
  const sig = model.signature;
  return (
    <div className="vp-signature">
      <p>{sig.place}</p>
      <p className="vp-signature-line">____________________________</p>
      <p>{[sig.name, sig.role].filter(Boolean).join('\n')}</p>
    </div>
  );
}

/** As the docx: the order's body starts after its title page; cards never start blank. */
const breakBefore = (model: BriefingModel, s: BriefingModel['sections'][number], i: number) =>
  model.kind === 'order' ? (s.pageBreakBefore ?? i === 0) : s.pageBreakBefore === true && i > 0;

/** Picture bytes as a data: URL (the desktop's print page loads nothing else). */
function dataUrl(bytes: Uint8Array, mime: string): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return `data:${mime};base64,${btoa(binary)}`;
}

/**
 * `inline`: pictures as data: URLs, for the self-contained HTML the desktop prints to PDF
 * (print-html.ts); otherwise object URLs for the time the layout is shown.
 */
export function PrintLayout({ model, inline = false }: { model: BriefingModel; inline?: boolean }) {
  const urls = useMemo(() => {
    const map = new Map<BriefingBlock, string>();
    for (const s of model.sections)
      for (const b of s.blocks)
        if (b.type === 'image' && b.png) {
          const mime = b.format === 'jpg' ? 'image/jpeg' : 'image/png';
          map.set(
            b,
            inline
              ? dataUrl(b.png, mime)
              : URL.createObjectURL(new Blob([b.png.slice()], { type: mime })),
          );
        }
    return map;
  }, [model, inline]);
  useEffect(
    () => () => urls.forEach((u) => u.startsWith('blob:') && URL.revokeObjectURL(u)),
    [urls],
  );
  // The order is signed before its first annex (at the end without annexes); cards are not.
  const firstAnnex = model.sections.findIndex((s) => s.key.startsWith('annex:'));
  const signatureAt =
    model.kind !== 'order' ? -1 : firstAnnex === -1 ? model.sections.length : firstAnnex;
  const marking = [CLASSIFICATION_MARKINGS[model.classification], ...pageMarks(model)].join(' · ');
  const footer = [model.issuingOffice, model.date, copyLine(model), `Revision ${model.revision}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="vp-briefing-print" data-testid="briefing-print">
      <style>{briefingPrintCss(marking, footer)}</style>
      {model.kind === 'order' && <TitlePage model={model} />}
      {model.sections.map((s, i) => (
        <Fragment key={s.key}>
          {i === signatureAt && <Signature model={model} />}
          <section className={breakBefore(model, s, i) ? 'vp-break' : undefined}>
            {s.level === 1 ? (
              <h1>{[s.number, s.heading].filter(Boolean).join('  ')}</h1>
            ) : (
              <h2>{[s.number, s.heading].filter(Boolean).join('  ')}</h2>
            )}
            {model.kind === 'cards' && (
              <p className="vp-meta">
                {[
                  model.codeName,
                  [model.issuingOffice, model.fileReference].filter(Boolean).join(' · '),
                ]
                  .filter(Boolean)
                  .join('\n')}
              </p>
            )}
            {s.classification && (
              <p className="vp-strong">Dieser Teil: {CLASSIFICATION_MARKINGS[s.classification]}</p>
            )}
            {s.blocks.map((b, j) => (
              <Fragment key={j}>
                <Block block={b} urls={urls} />
              </Fragment>
            ))}
          </section>
        </Fragment>
      ))}
      {signatureAt === model.sections.length && <Signature model={model} />}
    </div>
  );
}
