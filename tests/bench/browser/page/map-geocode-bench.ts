// In-page halves of the gazetteer and map-extract benchmarks (built into /bench.js):
// - a 1 000 000-row gazetteer import through the app's worker, against a raw IndexedDB bulk put
//   of the same houses into a store with the same indexes;
// - address autocomplete on that table, one query at a time as the address field asks;
// - a map extract of one premises at 1200×800 with the raster fixture basemap, against a bare
//   OffscreenCanvas drawing the same tiles and marker and encoding the same PNG.
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { completeMapping, guessMapping, rowToEntry, type GazetteerEntry } from '@shared/gazetteer';
import { tileZoomFor, tilesFor } from '@shared/maps/mercator';
import rasterUrl from '../../../fixtures/maps/raster.pmtiles?url';
import {
  extractView,
  renderMapExtract,
  type ExtractBasemap,
  type ExtractInput,
} from '../../../../src/renderer/map/extract';
import {
  GazetteerDb,
  importGazetteerFile,
  searchGazetteer,
} from '../../../../src/renderer/map/geocode';
import {
  GAZETTEER_HEADER,
  gazetteerCsv,
  gazetteerQuery,
  gazetteerRow,
} from '../map-geocode-dataset';

export interface GeocodeBenchApi {
  /** App import (worker, chunks, progress) and raw bulk put of the same houses, in ms. */
  gazetteerImport(rows: number): Promise<{
    appMs: number;
    rawMs: number;
    imported: number;
    progressEvents: number;
  }>;
  /** Times of `queries` autocomplete searches on the imported table (after gazetteerImport). */
  gazetteerAutocomplete(rows: number, queries: number): Promise<number[]>;
  /** Times of `runs` extracts and of as many bare drawings of the same tiles and marker. */
  mapExtract(runs: number): Promise<{ app: number[]; bare: number[]; tiles: number }>;
}

const DB = 'bench-gazetteer';
const mapping = completeMapping(guessMapping(GAZETTEER_HEADER.split(';')).mapping);

/** Raw IndexedDB, same store and indexes as the gazetteer's, one transaction per 50 000 rows. */
async function rawPut(rows: number): Promise<number> {
  if (!mapping) throw new Error('mapping');
  const name = `${DB}-raw`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const os = open.result.createObjectStore('entries', { keyPath: 'id' });
      os.createIndex('key', 'key');
      os.createIndex('source', 'source');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
  let ms = 0;
  const CHUNK = 50_000;
  for (let start = 0; start < rows; start += CHUNK) {
    // Building the rows is not part of the baseline: only the put is timed.
    const entries: GazetteerEntry[] = [];
    for (let i = start; i < Math.min(rows, start + CHUNK); i++) {
      const r = rowToEntry(gazetteerRow(i), mapping, 'Bench');
      if (r.ok === true) entries.push(r.entry);
    }
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      const os = tx.objectStore('entries');
      for (const e of entries) os.put(e);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    ms += performance.now() - t0;
  }
  db.close();
  await new Promise((r) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = () => r(null);
  });
  return ms;
}

/** A PMTiles source over bytes in memory (the fixture, fetched once from the build). */
class MemorySource implements Source {
  constructor(private readonly bytes: ArrayBuffer) {}
  getKey() {
    return 'bench-raster';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length) };
  }
}

export async function fixtureBasemap(): Promise<ExtractBasemap> {
  const bytes = await (await fetch(rasterUrl)).arrayBuffer();
  const archive = new PMTiles(new MemorySource(bytes));
  const header = await archive.getHeader();
  return {
    kind: header.tileType === 3 ? 'jpeg' : header.tileType === 4 ? 'webp' : 'png',
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    async tile(z, x, y, signal) {
      const t = await archive.getZxy(z, x, y, signal);
      return t ? t.data : null;
    },
  };
}

const PREMISES = { lat: 51.4556, lng: 7.0116 };
const extractInput: ExtractInput = {
  area: {
    west: PREMISES.lng - 0.002,
    east: PREMISES.lng + 0.002,
    south: PREMISES.lat - 0.001,
    north: PREMISES.lat + 0.001,
  },
  width: 1200,
  height: 800,
  targets: [{ number: 1, label: 'Objekt 1', at: PREMISES }],
  features: [],
  marking: 'VS – NUR FÜR DEN DIENSTGEBRAUCH',
  legend: { language: 'de', title: 'Legende', target: 'Objekt', kinds: {} },
};

/** The bare baseline: the same tiles and one marker on a canvas, encoded as PNG. */
async function bareExtract(basemap: ExtractBasemap): Promise<number> {
  const view = extractView(extractInput);
  const canvas = new OffscreenCanvas(extractInput.width, extractInput.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d');
  const z = tileZoomFor(view.zoom, basemap.minZoom, basemap.maxZoom);
  const tiles = tilesFor(view, z);
  await Promise.all(
    tiles.map(async (t) => {
      const data = await basemap.tile(t.z, t.x, t.y);
      if (!data) return;
      const bitmap = await createImageBitmap(new Blob([data], { type: `image/${basemap.kind}` }));
      ctx.drawImage(
        bitmap,
        Math.floor(t.left),
        Math.floor(t.top),
        Math.ceil(t.size),
        Math.ceil(t.size),
      );
      bitmap.close();
    }),
  );
  ctx.beginPath();
  ctx.arc(extractInput.width / 2, extractInput.height / 2, 12, 0, Math.PI * 2);
  ctx.fillStyle = '#c92a2a';
  ctx.fill();
  await canvas.convertToBlob({ type: 'image/png' });
  return tiles.length;
}

const api: GeocodeBenchApi = {
  async gazetteerImport(rows) {
    if (!mapping) throw new Error('mapping');
    await new GazetteerDb(DB).delete();
    const file = new File([gazetteerCsv(rows)], 'bench.csv', { type: 'text/csv' });
    let progressEvents = 0;
    const t0 = performance.now();
    const summary = await importGazetteerFile(
      { file, fileName: file.name, mapping, source: 'Bench', mode: 'replace', dbName: DB },
      () => progressEvents++,
    );
    const appMs = performance.now() - t0;
    const rawMs = await rawPut(rows);
    return { appMs, rawMs, imported: summary.imported, progressEvents };
  },
  async gazetteerAutocomplete(rows, queries) {
    const db = new GazetteerDb(DB);
    const times: number[] = [];
    // Warm the connection and the index once, as a user's first keystroke would.
    await searchGazetteer(db, 'Amsel', 8);
    for (let q = 0; q < queries; q++) {
      const text = gazetteerQuery((q * 79_193) % rows, q);
      const t0 = performance.now();
      const hits = await searchGazetteer(db, text, 8);
      times.push(performance.now() - t0);
      if (hits.length === 0) throw new Error(`keine Treffer für „${text}“`);
    }
    db.close();
    await db.delete();
    return times;
  },
  async mapExtract(runs) {
    const basemap = await fixtureBasemap();
    const app: number[] = [];
    const bare: number[] = [];
    let tiles = 0;
    // One warm-up each (decoder, archive directory), then alternating runs.
    await renderMapExtract(extractInput, basemap);
    await bareExtract(basemap);
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      await renderMapExtract(extractInput, basemap);
      app.push(performance.now() - t0);
      t0 = performance.now();
      tiles = await bareExtract(basemap);
      bare.push(performance.now() - t0);
    }
    return { app, bare, tiles };
  },
};

(window as unknown as { vpGeocodeBench: GeocodeBenchApi }).vpGeocodeBench = api;
