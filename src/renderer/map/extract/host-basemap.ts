// The extract's basemap from the same source the live map reads: the PMTiles file the host
// keeps, read by byte ranges over the host seam. One archive per installed file is kept, so the
// briefing's many extracts share pmtiles' header and directory cache.
import { PMTiles } from 'pmtiles';
import type { BasemapState } from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import { HostRangeSource } from '../basemap/host-source';
import type { ExtractBasemap } from './types';

const archives = new Map<string, PMTiles>();

/**
 * The basemap for extracts, or null for the neutral grid: with no basemap, with vector tiles
 * (not drawn off-map yet) and with an agency server (an extract would send the printed area to
 * it again without the user looking at a map).
 */
export function extractBasemap(state: BasemapState | null, host: HostApi): ExtractBasemap | null {
  const file = state?.file;
  if (!state || state.settings.source !== 'file' || !file || file.kind === 'mvt') return null;
  const key = `basemap:${file.installedAt}`;
  let archive = archives.get(key);
  if (!archive) {
    archives.clear();
    archive = new PMTiles(new HostRangeSource(host.basemap, key));
    archives.set(key, archive);
  }
  const source = archive;
  return {
    kind: file.kind,
    minZoom: file.minZoom,
    maxZoom: file.maxZoom,
    async tile(z, x, y, signal) {
      const found = await source.getZxy(z, x, y, signal);
      return found ? found.data : null;
    },
  };
}
