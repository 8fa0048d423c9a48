import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, STARTER_EDGES, STARTER_NODES, test } from './fixtures';

/** Resolves once a service worker is active for this page's scope, i.e. the build is precached. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

const transforms = (page: Page) => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform));

test('after one visit the studio opens and works with the network off', async ({ studio, page, context }) => {
  test.slow(); // two reloads, a layout in the ELK worker and a download
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Build: add a component from the palette and wire it to an existing card.
  await studio.paletteItem('Bandit').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  const from = studio.card('Bandit').locator('.react-flow__handle.source');
  const to = studio.card('Trainer').locator('.react-flow__handle.target');
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 60, a.y + 40, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(studio.edges).toHaveCount(STARTER_EDGES + 1);

  // Tidy up runs ELK in its worker, whose chunk comes from the offline copy.
  const before = await transforms(page);
  await studio.toolbar.getByRole('button', { name: 'Tidy up' }).click();
  await expect.poll(() => transforms(page)).not.toEqual(before);

  // Export the design file.
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('JSON design file').check();
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = JSON.parse(readFileSync((await (await pending).path())!, 'utf8'));
  expect(file.nodes).toHaveLength(STARTER_NODES + 1);
  expect(file.edges).toHaveLength(STARTER_EDGES + 1);
  const bandit = file.nodes.find((n: { kind: string }) => n.kind === 'bandit');
  expect(bandit).toBeDefined();
  expect(file.edges.some((e: { source: string }) => e.source === bandit.id)).toBe(true);
  await page.keyboard.press('Escape');

  // Still offline, the reloaded studio shows the design as it was left.
  await page.reload();
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  await expect(studio.card('Bandit')).toBeVisible();
  await expect(studio.edges).toHaveCount(STARTER_EDGES + 1);
});

test('a template (its own lazy chunk) opens from the gallery with the network off', async ({ studio, page, context }) => {
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await page.reload();
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await studio.toolbar.getByRole('button', { name: 'Templates' }).click();
  const gallery = page.getByRole('dialog', { name: 'Template gallery' });
  await gallery.getByRole('button', { name: 'Open Payment fraud detection', exact: true }).click();
  await expect(gallery).toHaveCount(0);
  await expect(studio.designsButton).toContainText('Payment fraud detection');
  expect(await studio.cards.count()).toBeGreaterThan(STARTER_NODES);
});

test('the offline copy holds the studio and the ELK worker, not the bench page', async ({ studio, page }) => {
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await waitForOfflineCopy(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached.some((u) => /\/assets\/elk\.worker-.*\.js$/.test(u))).toBe(true);
  expect(cached.some((u) => u.startsWith('/bench'))).toBe(false);
});
