// A house-coordinates file's encoding and separator, from its first megabyte. Files that are not
// UTF-8 (older state exports in Windows-1252) are read as Windows-1252 rather than refused:
// street names with umlauts must come through.
import { firstInvalidUtf8 } from '@shared/csv/decode';
import { detectSeparator } from '@shared/csv/parse';

const SNIFF_BYTES = 1 << 20;

/** Encoding and separator from the file's first megabyte. */
export async function sniffFile(
  file: Blob,
): Promise<{ encoding: 'utf-8' | 'windows-1252'; separator: string; head: string }> {
  const bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const bad = firstInvalidUtf8(bytes);
  // A multi-byte character cut by the slice's end is not a sign of another encoding.
  const utf8 = bad < 0 || (file.size > SNIFF_BYTES && bad >= bytes.length - 4);
  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  const head = new TextDecoder(encoding).decode(bytes);
  return { encoding, separator: detectSeparator(head.replace(/^\uFEFF/, '')), head };
}
