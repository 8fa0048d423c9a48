import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { THEME_COLORS } from '../src/core/export/theme';
import { designFile, expect, type Studio, test } from './fixtures';

const template = (name: string) => readFileSync(new URL(`../templates/${name}.json`, import.meta.url), 'utf8');

/** The cards' boxes on screen, by node label. */
/** Every card's box, read in one go so a re-render between reads cannot leave a card out. */
function cardBoxes(studio: Studio) {
  return studio.cards.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

function overlapping(boxes: { x: number; y: number; width: number; height: number }[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  return n;
}

const pile = designFile(
  [
    { id: 'feed', kind: 'client-request', label: 'Feed open', position: { x: 0, y: 0 } },
    { id: 'cands', kind: 'candidate-generation', label: 'Candidates', position: { x: 30, y: 20 } },
    { id: 'ranker', kind: 'heavy-ranker', label: 'Ranker', position: { x: 60, y: 40 } },
    { id: 'policy', kind: 'reranker', label: 'Policy', position: { x: 90, y: 10 } },
    { id: 'logs', kind: 'event-log', label: 'Clicks', position: { x: 20, y: 60 } },
    { id: 'trainer', kind: 'trainer', label: 'Trainer', position: { x: 50, y: 30 } },
  ],
  [
    { source: 'feed', target: 'cands', flow: 'request' },
    { source: 'cands', target: 'ranker', flow: 'request' },
    { source: 'ranker', target: 'policy', flow: 'request' },
    { source: 'logs', target: 'trainer', flow: 'data' },
    { source: 'trainer', target: 'ranker', flow: 'data' },
  ],
  'Pile',
);

// A fresh context starts a cold ELK worker (1.5 MB to compile) before the layout: on a busy 2-core
// machine that alone can take several seconds.
const TIDY_TIMEOUT = 20_000;

test('Tidy up moves overlapping components apart, and one undo puts them back', async ({ studio, page }) => {
  await studio.openFile('pile.json', pile);
  await expect(studio.card('Trainer')).toBeVisible();
  const before = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform));
  expect(overlapping(await cardBoxes(studio))).toBeGreaterThan(5);

  await studio.toolbar.getByRole('button', { name: 'Tidy up' }).click();
  await expect.poll(async () => overlapping(await cardBoxes(studio)), { timeout: TIDY_TIMEOUT }).toBe(0);
  // Cards stop overlapping part-way through the animation; the layout is one undo step once it lands.
  await expect(studio.toolbar.getByRole('button', { name: 'Undo' })).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform))).toEqual(before);
});

test('a pinned component stays where it is when the rest is tidied', async ({ studio, page }) => {
  const pinned = { ...pile, nodes: pile.nodes.map((n) => (n.id === 'trainer' ? { ...n, pinned: true, position: { x: 900, y: 700 } } : n)) };
  await studio.openFile('pinned.json', pinned);
  const trainer = studio.card('Trainer');
  await expect(trainer).toBeVisible();
  const at = () => trainer.evaluate((e) => (e as HTMLElement).style.transform);
  const pinnedAt = await at();
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(async () => overlapping(await cardBoxes(studio)), { timeout: TIDY_TIMEOUT }).toBe(0);
  expect(await at()).toBe(pinnedAt);
});

test('lanes: the design is arranged in labelled online, nearline and offline bands', async ({ studio, page }) => {
  await studio.openFile('pile.json', { ...pile, nodes: [...pile.nodes, { id: 'fs', kind: 'feature-store', label: 'Features', position: { x: 10, y: 10 } }] });
  await studio.toolbar.getByRole('button', { name: 'Layout options' }).click();
  const dialog = page.getByRole('dialog', { name: 'Layout options' });
  await dialog.getByLabel('Top to bottom').check();
  await dialog.getByLabel(/Arrange in lanes/).check();
  await dialog.getByRole('button', { name: 'Tidy up' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => overlapping(await cardBoxes(studio)), { timeout: TIDY_TIMEOUT }).toBe(0);
  const bands = page.locator('.lane-band');
  await expect(bands).toHaveCount(3);
  await expect(bands.nth(0)).toContainText('Online');
  await expect(bands.nth(2)).toContainText('Offline');
  // Every card lies inside its lane's band: the feed is online, the trainer offline.
  const inside = async (label: string, lane: string) => {
    const c = (await studio.card(label).boundingBox())!;
    const b = (await page.locator(`.lane-band[data-lane="${lane}"]`).boundingBox())!;
    return c.x >= b.x && c.y >= b.y && c.x + c.width <= b.x + b.width + 1 && c.y + c.height <= b.y + b.height + 1;
  };
  expect(await inside('Feed open', 'online')).toBe(true);
  expect(await inside('Features', 'nearline')).toBe(true);
  expect(await inside('Trainer', 'offline')).toBe(true);
  // Top to bottom: the request chain runs downwards.
  const feed = (await studio.card('Feed open').boundingBox())!;
  const policy = (await studio.card('Policy').boundingBox())!;
  expect(policy.y).toBeGreaterThan(feed.y + feed.height);
});

async function openExport(page: Page) {
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloadFrom(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<{ download: Download; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await pending;
  const bytes = readFileSync((await download.path())!);
  return { download, bytes };
}

/** In the page: decodes a PNG with <img> and a canvas; says which of the given pixels (or a neighbour, for anti-aliasing) are near a colour. */
function inspectPng(page: Page, bytes: Buffer, probe: { points: [number, number][]; color: string }) {
  return page.evaluate(
    async ({ b64, points, color }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      const near = (x: number, y: number) => {
        const i = (y * canvas.width + x) * 4;
        return x >= 0 && y >= 0 && x < canvas.width && y < canvas.height && rgb.every((c, k) => Math.abs(data[i + k] - c) < 16) && data[i + 3] > 200;
      };
      const hits = points.map(([x, y]) => [-1, 0, 1].some((ox) => [-1, 0, 1].some((oy) => near(Math.round(x) + ox, Math.round(y) + oy))));
      const corner = [...data.slice(0, 4)];
      return { width: img.naturalWidth, height: img.naturalHeight, hits, corner };
    },
    { b64: bytes.toString('base64'), ...probe },
  );
}

const rgba = (hex: string) => [...[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)), 255];

test('PNG: the whole design at the chosen scale, edges drawn, and it opens again as the design', async ({ studio, page }) => {
  test.slow(); // painting a whole design takes a few seconds on a busy machine
  const two = designFile(
    [
      { id: 'feed', kind: 'client-request', label: 'Feed open', position: { x: 0, y: 0 } },
      { id: 'ranker', kind: 'heavy-ranker', label: 'Ranker', position: { x: 400, y: 0 } },
    ],
    [{ source: 'feed', target: 'ranker', flow: 'request' }],
    'Two nodes',
  );
  await studio.openFile('two.json', two);
  await expect(studio.card('Ranker')).toBeVisible();
  // Zoom in so the canvas shows only part of the design: the export must not depend on it.
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');

  const dialog = await openExport(page);
  await dialog.getByLabel('2×').check();
  await dialog.getByLabel('Light').check();
  const { download, bytes } = await downloadFrom(page, dialog);
  expect(download.suggestedFilename()).toBe('two-nodes.png');
  await expect(dialog.getByRole('status')).toContainText('Downloaded two-nodes.png (1328 × 376 px)');

  // Cards from x = 0 to 600 and 84 high, a 32 px margin and the 40 px title band above, at 2×.
  // The request edge runs at the cards' mid-height from the first card's right side (x = 200) to the second's left (x = 400).
  const at = (x: number, scale: number): [number, number] => [(x + 32) * scale, (42 + 32 + 40) * scale];
  const along = [220, 260, 300, 340, 370];
  const png = await inspectPng(page, bytes, { points: along.map((x) => at(x, 2)), color: THEME_COLORS.light.edge });
  expect(png).toMatchObject({ width: 1328, height: 376 });
  expect(png.hits).toEqual([true, true, true, true, true]);
  expect(png.corner).toEqual(rgba(THEME_COLORS.light.background));
  // Between the cards, 30 px below the edge, the page is empty: the hits are a line, not a smear.
  const below = along.map((x): [number, number] => [at(x, 2)[0], at(x, 2)[1] + 60]);
  expect((await inspectPng(page, bytes, { points: below, color: THEME_COLORS.light.edge })).hits).toEqual([false, false, false, false, false]);

  // Transparent, 1×: no background, the drawing still there.
  await dialog.getByLabel('1×').check();
  await dialog.getByLabel(/Background/).uncheck();
  const plain = await inspectPng(page, (await downloadFrom(page, dialog)).bytes, { points: along.map((x) => at(x, 1)), color: THEME_COLORS.light.edge });
  expect(plain).toMatchObject({ width: 664, height: 188 });
  expect(plain.corner[3]).toBe(0);
  expect(plain.hits).toEqual([true, true, true, true, true]);

  // Dark, whatever the canvas shows: the dark page colour and the dark theme's edge colour.
  await dialog.getByLabel(/Background/).check();
  await dialog.getByLabel('Dark').check();
  const dark = await inspectPng(page, (await downloadFrom(page, dialog)).bytes, { points: along.map((x) => at(x, 1)), color: THEME_COLORS.dark.edge });
  expect(dark.corner).toEqual(rgba(THEME_COLORS.dark.background));
  expect(dark.hits).toEqual([true, true, true, true, true]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  const chooser = page.waitForEvent('filechooser');
  await studio.toolbar.getByRole('button', { name: 'Open design file' }).click();
  await (await chooser).setFiles({ name: 'two-nodes.png', mimeType: 'image/png', buffer: bytes });
  await expect(page.getByRole('status').filter({ hasText: 'Opened two-nodes.png as a new design' })).toBeVisible();
  await expect(studio.cards).toHaveCount(2);
  await expect(studio.card('Ranker')).toBeVisible();
  await expect(studio.edges).toHaveCount(1);
});

test('PNG of a template is the SVG drawing in pixels: every request edge visible, and the re-opened design is the same file', async ({ studio, page }) => {
  test.slow(); // painting a whole design takes a few seconds on a busy machine
  await studio.openFile('news-feed-ranking.json', template('news-feed-ranking'));
  await expect(studio.cards.first()).toBeVisible();
  const saved = await saveJson(page);

  // Where the SVG export draws each request edge, in image units.
  const dialog = await openExport(page);
  await dialog.getByLabel('SVG vector image').check();
  const svg = (await downloadFrom(page, dialog)).bytes.toString('utf8');
  const drawing = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(doc.querySelector('svg > g[transform]')!.getAttribute('transform')!)!.slice(1).map(Number);
    const routes = [...doc.querySelectorAll('g.edge.request > path')].map((p) => [...p.getAttribute('d')!.matchAll(/([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]) + dx, Number(m[2]) + dy]));
    return { width: Number(doc.documentElement.getAttribute('width')), height: Number(doc.documentElement.getAttribute('height')), routes };
  }, svg);
  expect(drawing.routes.length).toBeGreaterThan(3);

  await dialog.getByLabel('PNG image').check();
  await dialog.getByLabel('2×').check();
  await dialog.getByLabel('Light').check();
  const { bytes } = await downloadFrom(page, dialog);
  // Points a quarter, half and three quarters along each straight run of every request edge.
  const samples = drawing.routes.map((route) =>
    route.slice(1).flatMap((b, i) => [0.25, 0.5, 0.75].map((t): [number, number] => [(route[i][0] + (b[0] - route[i][0]) * t) * 2, (route[i][1] + (b[1] - route[i][1]) * t) * 2])),
  );
  const png = await inspectPng(page, bytes, { points: samples.flat(), color: THEME_COLORS.light.edge });
  expect(png).toMatchObject({ width: drawing.width * 2, height: drawing.height * 2 });
  let next = 0;
  for (const route of samples) {
    const hits = png.hits.slice(next, (next += route.length));
    // An edge label may sit on the middle of a run; the rest of the edge shows.
    expect(hits.filter(Boolean).length, `request edge through ${JSON.stringify(route)}`).toBeGreaterThanOrEqual(Math.ceil((hits.length * 2) / 3));
  }

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dropFile(page, 'feed.png', 'image/png', bytes);
  await expect(page.getByRole('status').filter({ hasText: 'Opened feed.png as a new design' })).toBeVisible();
  expect(await saveJson(page)).toBe(saved);
});

test('SVG: vector, every label as text, and it opens again as the same design', async ({ studio, page }) => {
  test.slow(); // painting a whole design takes a few seconds on a busy machine
  const file = JSON.parse(template('search-ranking'));
  await studio.openFile('search-ranking.json', file);
  await expect(studio.cards).toHaveCount(file.nodes.length);
  const saved = await saveJson(page);

  const dialog = await openExport(page);
  await dialog.getByLabel('SVG vector image').check();
  const { download, bytes } = await downloadFrom(page, dialog);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = bytes.toString('utf8');
  const texts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent);
  }, svg);
  expect(svg).not.toContain('<image');
  const labels: string[] = await page.evaluate(() => [...document.querySelectorAll('.mlsd-node__label')].map((e) => e.textContent ?? ''));
  expect(labels).toHaveLength(file.nodes.length);
  for (const label of labels) expect(texts.join('\n')).toContain(label.slice(0, 12));

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dropFile(page, 'search.svg', 'image/svg+xml', bytes);
  await expect(page.getByRole('status').filter({ hasText: 'Opened search.svg as a new design' })).toBeVisible();
  expect(await saveJson(page)).toBe(saved);
});

test('JSON, Mermaid and Markdown download through the core serializers', async ({ studio, page }) => {
  await studio.openFile('video.json', template('video-recommendation'));
  const saved = await saveJson(page);
  const dialog = await openExport(page);

  await dialog.getByLabel('JSON design file').check();
  let got = await downloadFrom(page, dialog);
  expect(got.download.suggestedFilename()).toMatch(/\.json$/);
  expect(got.bytes.toString('utf8')).toBe(saved);

  await dialog.getByLabel('Mermaid flowchart').check();
  got = await downloadFrom(page, dialog);
  expect(got.download.suggestedFilename()).toMatch(/\.mmd$/);
  expect(got.bytes.toString('utf8')).toMatch(/^flowchart LR\n/);
  expect(got.bytes.toString('utf8')).toContain('-->');

  await dialog.getByLabel('Markdown design document').check();
  got = await downloadFrom(page, dialog);
  expect(got.download.suggestedFilename()).toMatch(/\.md$/);
  expect(got.bytes.toString('utf8')).toMatch(new RegExp(`^# ${JSON.parse(saved).title}`));
});

test('an image that does not carry a design is refused and changes nothing', async ({ studio, page }) => {
  const before = await studio.cards.count();
  const tiny = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await dropFile(page, 'photo.png', 'image/png', tiny);
  await expect(page.getByRole('alert')).toContainText('photo.png was not opened: this PNG carries no MLSD Studio design');
  expect(await studio.cards.count()).toBe(before);
});

/** Saves the open design as JSON (Ctrl+S) and returns the file's text. */
async function saveJson(page: Page): Promise<string> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return readFileSync((await (await pending).path())!, 'utf8');
}

/** Drops a file on the window, as a person dragging it from their desktop. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, type, b64 }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type }));
      return dt;
    },
    { name, type, b64: bytes.toString('base64') },
  );
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer: transfer });
}

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy PNG puts the picture on the clipboard', async ({ studio, page }) => {
    test.slow();
    await studio.openFile('pile.json', pile);
    const dialog = await openExport(page);
    await dialog.getByLabel('1×').check();
    await dialog.getByRole('button', { name: 'Copy PNG' }).click();
    await expect(dialog.getByRole('status')).toContainText(/Copied the PNG \(\d+ × \d+ px\) to the clipboard/);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { types: item.types, signature: [...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), size: bytes.length };
    });
    expect(copied.types).toContain('image/png');
    expect(copied.signature).toBe('PNG');
    expect(copied.size).toBeGreaterThan(5000);
  });
});
