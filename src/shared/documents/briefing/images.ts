// Pictures for the briefing, supplied by the caller as PNG bytes (map extracts rendered from the
// live map's tile source, premises photos) so that the builders stay pure.
import type { ImageBlock } from './model';

export interface PngImage {
  /** Encoded picture bytes: PNG (map extracts) or JPEG (photos, when `format` says so). */
  png: Uint8Array;
  format?: 'png' | 'jpg';
  /** Pixel size of the bitmap; the page size is derived keeping its aspect. */
  width: number;
  height: number;
}

export interface BriefingImages {
  /** Map extract per target id (object sheet, team card). */
  objectMaps: ReadonlyMap<string, PngImage>;
  /** Photos per target id from the premises' attachments. */
  photos: ReadonlyMap<string, readonly PngImage[]>;
  /** The operation map extract (annex E). */
  situationMap: PngImage | null;
}

export const NO_IMAGES: BriefingImages = {
  objectMaps: new Map(),
  photos: new Map(),
  situationMap: null,
};

/** Fits into the text width (≈ 6.5 in = 620 px at 96 dpi) and `maxHeight`, keeping aspect. */
export function imageBlock(
  image: PngImage | null | undefined,
  caption: string,
  missing: string,
  maxHeight = 430,
): ImageBlock {
  if (!image || image.width <= 0 || image.height <= 0)
    return { type: 'image', png: null, format: 'png', width: 0, height: 0, caption, missing };
  const scale = Math.min(620 / image.width, maxHeight / image.height, 1);
  return {
    type: 'image',
    png: image.png,
    format: image.format ?? 'png',
    width: Math.round(image.width * scale),
    height: Math.round(image.height * scale),
    caption,
    missing,
  };
}
