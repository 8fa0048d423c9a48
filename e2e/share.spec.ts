import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { designFile, expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const template = (name: string) => readFileSync(new URL(`../templates/${name}.json`, import.meta.url), 'utf8');

/** How many designs this browser keeps: each is its own IndexedDB database (a Yjs document). */
function storedDesigns(page: Page): Promise<number> {
  return page.evaluate(async () => (await indexedDB.databases()).filter((db) => db.name?.startsWith('mlsd-design:')).length);
}

async function saveJson(page: Page): Promise<string> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return readFileSync((await (await pending).path())!, 'utf8');
}

async function copyLink(page: Page): Promise<string> {
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toContainText('Link copied');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a share link carries a template into another tab exactly, as a new design', async ({ studio, page, context }) => {
  const text = template('hybrid-batch-recommendation');
  await studio.openFile('hybrid-batch-recommendation.json', text);
  await expect(studio.cards).toHaveCount(JSON.parse(text).nodes.length);
  const link = await copyLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);

  // Someone else opens it: a fresh tab of the same browser, which already keeps designs.
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('.react-flow__node').first()).toBeVisible();
  const before = await storedDesigns(other);
  await other.goto(link);
  await expect(other.getByRole('status').filter({ hasText: /Opened the shared design “.+” as a new design/ })).toBeVisible();
  await expect.poll(() => storedDesigns(other)).toBe(before + 1);
  expect(new URL(other.url()).hash).toBe('');
  const opened = JSON.parse(await saveJson(other));
  // Saved files point editors at the published schema; the design itself is the template's, exactly.
  const { $schema, ...design } = opened;
  expect($schema).toMatch(/\/schema\/design\.v1\.json$/);
  expect(design).toEqual(JSON.parse(text));
});

test('a link pasted into the address bar of an open studio opens too', async ({ studio, page }) => {
  await studio.openFile('search.json', template('search-ranking'));
  const saved = await saveJson(page);
  const link = await copyLink(page);
  const before = await storedDesigns(page);
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: 'as a new design' }).last()).toBeVisible();
  await expect.poll(() => storedDesigns(page)).toBe(before + 1);
  expect(await saveJson(page)).toBe(saved);
});

test('a damaged or edited link is refused with a reason and changes nothing', async ({ studio, page }) => {
  await studio.openFile('video.json', template('video-recommendation'));
  const link = await copyLink(page);
  const before = await storedDesigns(page);
  const cards = await studio.cards.count();

  const cut = link.slice(0, link.length - 40);
  await page.goto(cut);
  await expect(page.getByRole('alert')).toContainText('This share link could not be opened');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');

  const at = link.length - 30;
  const edited = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);
  await page.goto(edited);
  await expect(page.getByRole('alert').last()).toContainText(/changed or cut short|damaged/);

  await page.goto('/#design=hello');
  await expect(page.getByRole('alert').last()).toContainText('not an MLSD Studio share link');
  expect(await storedDesigns(page)).toBe(before);
  expect(await studio.cards.count()).toBe(cards);
});

test('a design too large for a link says so and points to file export', async ({ studio, page }) => {
  // Notes that do not compress: a real design with long notes on every component.
  let seed = 7;
  const noise = (n: number) =>
    Array.from({ length: n }, () => {
      // xorshift32: deterministic and not compressible by deflate
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return 'abcdefghijklmnopqrstuvwxyz0123456789 '[(seed >>> 0) % 37];
    }).join('');
  const nodes = Array.from({ length: 120 }, (_, i) => ({ id: `n${i}`, kind: 'feature-pipeline', notes: noise(300), position: { x: (i % 12) * 260, y: Math.floor(i / 12) * 160 } }));
  await studio.openFile('big.json', designFile(nodes, [], 'Big design'));
  await expect(studio.cards).toHaveCount(120);
  await page.evaluate(() => navigator.clipboard.writeText('what the user copied before'));
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('too large for a link');
  await expect(status).toContainText('Export it as a JSON, PNG or SVG file');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what the user copied before');
});
