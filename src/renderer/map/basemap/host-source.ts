// A pmtiles `Source` over the host seam: every read is a byte range the host serves from the
// basemap file it keeps (main's user-data folder, or the browser's private file system), so
// no file is ever loaded whole. Reads longer than one host read are split.
import type { RangeResponse, Source } from 'pmtiles';
import { MAX_BASEMAP_READ } from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';

export class HostRangeSource implements Source {
  constructor(
    private readonly basemap: HostApi['basemap'],
    /** Changes with every installed file, so pmtiles' caches never mix two files. */
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      signal?.throwIfAborted();
      const result = await this.basemap.readRange({
        offset: offset + filled,
        length: Math.min(MAX_BASEMAP_READ, length - filled),
      });
      if (!result.ok) throw new Error(result.error.message);
      out.set(result.value, filled);
      filled += result.value.byteLength;
      // The end of the file: pmtiles asks for 16 KiB at first, files may be smaller.
      if (result.value.byteLength === 0) break;
    }
    const data = filled === length ? out : out.slice(0, filled);
    return { data: data.buffer as ArrayBuffer };
  }
}
