// Basemaps without leaks (issue 13 item 1), in Chromium against the web build: the fixture
// PMTiles files drawn in the Einstellungen › Karte preview (pixel checks on screenshots), hostile
// files refused in German with nothing changed, no request to any other host by default, and
// with an agency map server switched on only that server contacted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { expect, test, unlock } from './fixtures';
import { chooseFile } from './support/choose-file';

const MAPS = join(import.meta.dirname, '../fixtures/maps');
const RASTER_GROUND: Rgb = [0xc8, 0xe6, 0xc9]; // the fixture's ground colour
const VECTOR_EARTH: Rgb = [0xe2, 0xdf, 0xda]; // protomaps' "light" earth
const SERVER_TILE: Rgb = [0xd0, 0x20, 0xa0]; // what the test map server answers
type Rgb = [number, number, number];

// For the map server test: its certificate is self-signed, and the page's policy is widened by
// intercepting its document, which Chromium then counts as public and forbids to reach
// 127.0.0.1 (a real agency server is not on loopback). launchOptions can only be set per file.
test.use({
  ignoreHTTPSErrors: true,
  launchOptions: {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** A plain 256×256 PNG of one colour: the map server's tile. */
function solidPng([r, g, b]: Rgb): Buffer {
  const row = Buffer.alloc(1 + 256 * 3);
  for (let x = 0; x < 256; x++) row.set([r, g, b], 1 + x * 3);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 256 }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Share of the element's screenshot pixels within ±4 of `rgb`, decoded by the browser. */
async function colourShare(page: Page, element: Locator, rgb: Rgb): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, rgb }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ([0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (rgb[c] ?? 0)) <= 4)) hits++;
      }
      return hits / (data.length / 4);
    },
    { png, rgb },
  );
}

/** Every request's origin except the page's own: what left the machine. */
function foreignRequests(page: Page): string[] {
  const own = new URL(page.url()).origin;
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== own) seen.push(request.url());
  });
  return seen;
}

async function openMapSettings(page: Page): Promise<Locator> {
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('settings-map');
  await expect(panel).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

async function waitForTiles(preview: Locator): Promise<void> {
  await expect(preview.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
  // Every tile of the view drawn: none still loading.
  await expect(
    preview.locator('.leaflet-tile-container .leaflet-tile:not(.leaflet-tile-loaded)'),
  ).toHaveCount(0, {
    timeout: 20_000,
  });
}

/** The basemap "none": the ground colour and one canvas with the coordinate grid, no tiles. */
async function waitForNeutralGround(preview: Locator): Promise<void> {
  await expect(preview.locator('.vp-neutral-basemap')).toHaveCount(1, { timeout: 20_000 });
  await expect(preview.locator('.leaflet-tile')).toHaveCount(0);
}

test('default: no basemap, a hint, and no request to any other host', async ({ app: page }) => {
  const foreign = foreignRequests(page);
  const panel = await openMapSettings(page);
  await expect(panel.getByTestId('basemap-none-hint')).toBeVisible();
  const preview = panel.getByTestId('basemap-preview');
  await expect(preview).toHaveAttribute('data-basemap', 'none');
  await waitForNeutralGround(preview);
  for (const nav of ['nav-map', 'nav-premises', 'nav-operations']) {
    await page.getByTestId(nav).click();
    await expect(page.getByRole('main')).toBeVisible();
  }
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('load-demo')).toHaveCount(0, { timeout: 20_000 });
  await openMapSettings(page);
  await waitForNeutralGround(page.getByTestId('basemap-preview'));
  expect(foreign).toEqual([]);
});

test('the raster fixture is drawn; hostile files are refused in German and change nothing', async ({
  app: page,
}) => {
  // Three file picks, a reload and an unlock (Argon2id): over a minute on a loaded machine.
  test.setTimeout(150_000);
  const foreign = foreignRequests(page);
  const panel = await openMapSettings(page);
  await chooseFile(page, panel.getByTestId('basemap-install'), join(MAPS, 'raster.pmtiles'));
  await expect(panel.getByTestId('basemap-file-info')).toContainText('raster.pmtiles');
  await expect(panel.getByTestId('basemap-file-info')).toContainText('Rasterkarte');
  const preview = panel.getByTestId('basemap-preview');
  await expect(preview).toHaveAttribute('data-basemap', 'file');
  await waitForTiles(preview);
  expect(await colourShare(page, preview, RASTER_GROUND)).toBeGreaterThan(0.2);

  const png = solidPng([1, 2, 3]);
  const random = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919 + 13) % 251));
  for (const [name, bytes] of [
    ['foto.pmtiles', png],
    ['zufall.pmtiles', random],
  ] as const) {
    await chooseFile(page, panel.getByTestId('basemap-install'), {
      name,
      mimeType: 'application/octet-stream',
      buffer: bytes,
    });
    await expect(panel.getByTestId('basemap-error')).toHaveText(
      'Die Datei ist keine PMTiles-Kartendatei (Kennung fehlt).',
    );
    await expect(panel.getByTestId('basemap-file-info')).toContainText('raster.pmtiles');
  }
  await expect(preview).toHaveAttribute('data-basemap', 'file');

  // The copy in the browser's own storage survives a reload.
  await page.reload();
  await unlock(page);
  await openMapSettings(page);
  await waitForTiles(page.getByTestId('basemap-preview'));
  expect(
    await colourShare(page, page.getByTestId('basemap-preview'), RASTER_GROUND),
  ).toBeGreaterThan(0.2);

  await page.getByTestId('basemap-remove').click();
  await expect(page.getByTestId('basemap-preview')).toHaveAttribute('data-basemap', 'none');
  expect(foreign).toEqual([]);
});

test('the vector fixture in the Protomaps schema is drawn', async ({ app: page }) => {
  const panel = await openMapSettings(page);
  await chooseFile(page, panel.getByTestId('basemap-install'), join(MAPS, 'vector.pmtiles'));
  await expect(panel.getByTestId('basemap-file-info')).toContainText('Vektorkarte');
  const preview = panel.getByTestId('basemap-preview');
  await expect(preview).toHaveAttribute('data-basemap', 'file');
  await waitForTiles(preview);
  await expect
    .poll(() => colourShare(page, preview, VECTOR_EARTH), { timeout: 15_000 })
    .toBeGreaterThan(0.05);
});

test.describe('an agency map server', () => {
  let server: Server;
  let origin: string;
  let folder: string;
  const hits: string[] = [];
  const tile = solidPng(SERVER_TILE);

  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'vp-tiles-'));
    const key = join(folder, 'key.pem');
    const cert = join(folder, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(tile);
    });
    return new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      }),
    );
  });
  test.afterAll(() => {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('stays off until switched on after the notice, then only that host is asked', async ({
    page,
    app,
  }) => {
    void app;
    // A reload with an unlock (Argon2id) and tiles from a second server.
    test.setTimeout(150_000);
    const foreign = foreignRequests(page);
    // What docs/SECURITY.md tells the agency: admit the server in the page's policy (meta tag
    // and header). Applied to the next load of the page, which the reload below is.
    await page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
      async (route) => {
        const response = await route.fetch();
        const widen = (csp: string) =>
          csp.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${origin}`);
        const headers = response.headers();
        if (headers['content-security-policy']) {
          headers['content-security-policy'] = widen(headers['content-security-policy']);
        }
        await route.fulfill({ response, headers, body: widen(await response.text()) });
      },
    );
    await page.reload();
    await unlock(page);
    const panel = await openMapSettings(page);
    await panel.getByTestId('map-server-url').fill(`${origin}/tiles/{z}/{x}/{y}.png`);
    await panel.getByTestId('map-server-attribution').fill('© Testdienst <b>fett</b>');
    await panel.getByTestId('map-server-save').click();
    await expect(panel.getByTestId('basemap-source-server')).toBeEnabled();
    // Saved, but off: nothing asked yet.
    await expect(panel.getByTestId('basemap-preview')).toHaveAttribute('data-basemap', 'none');
    expect(hits).toEqual([]);

    // The radio stays unchecked until the notice is confirmed.
    await panel.getByTestId('basemap-source-server').click();
    const notice = page.getByRole('dialog', { name: 'Kartenserver einschalten?' });
    await expect(notice).toContainText('welches Gebiet Sie gerade ansehen');
    await expect(notice).toContainText(origin);
    await page.getByTestId('map-server-notice-confirm').click();
    const preview = panel.getByTestId('basemap-preview');
    await expect(preview).toHaveAttribute('data-basemap', 'server');
    await expect(panel.getByTestId('basemap-source-server')).toBeChecked();
    await waitForTiles(preview);
    // Tiles load one by one; on a busy machine the first screenshot may come before they paint.
    await expect
      .poll(() => colourShare(page, preview, SERVER_TILE), { timeout: 20_000 })
      .toBeGreaterThan(0.2);
    // The attribution is text, not markup.
    await expect(preview.locator('.leaflet-control-attribution')).toContainText('<b>fett</b>');
    expect(hits.length).toBeGreaterThan(0);
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
