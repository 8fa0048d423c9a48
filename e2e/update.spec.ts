import { test as base } from '@playwright/test';
import { expect, STARTER_NODES, Studio } from './fixtures';
import { serveBuild } from './staticServer';

const test = base.extend<{ site: Awaited<ReturnType<typeof serveBuild>> }>({
  site: async ({}, use) => {
    const site = await serveBuild(process.env.E2E_DIST ?? 'dist');
    await use(site);
    await site.close();
  },
});

async function openInstalled(studio: Studio, url: string) {
  await studio.page.goto(url);
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await studio.closeWelcome();
  await studio.page.evaluate(() => navigator.serviceWorker.ready);
}

const checkForUpdate = (studio: Studio) => studio.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

test('a new version is offered, never forced: the edit in progress stays until the user reloads', async ({ page, site }) => {
  const studio = new Studio(page);
  await openInstalled(studio, site.url);
  await studio.paletteItem('Bandit').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);

  site.deploy();
  await checkForUpdate(studio);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of MLSD Studio is ready' });
  await expect(notice).toBeVisible();
  // Nothing reloaded behind the user's back: the page still holds the card just added.
  await expect(studio.card('Bandit')).toBeVisible();
  // A mark on this page's window: only a real reload wipes it.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  await expect(studio.card('Bandit')).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(false);
});

test('"Later" puts the update notice away and keeps the current version running', async ({ page, site }) => {
  const studio = new Studio(page);
  await openInstalled(studio, site.url);
  site.deploy();
  await checkForUpdate(studio);
  const notice = page.getByRole('status').filter({ hasText: 'A new version of MLSD Studio is ready' });
  await notice.getByRole('button', { name: 'Later' }).click();
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(true);
});
