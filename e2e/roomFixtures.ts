import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, test as base } from '@playwright/test';
import { startRoomServer, silentLogger, type RoomServer } from '../src/server';
import { expect, STARTER_NODES, Studio } from './fixtures';

/** The real room server on a free loopback port, serving the build under test; one per test file worker. */
export const roomTest = base.extend<{ errors: string[] }, { rooms: RoomServer }>({
  rooms: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'mlsd-room-e2e-'));
      const server = await startRoomServer({ port: 0, host: '127.0.0.1', dataDir, distDir: process.env.E2E_DIST ?? 'dist', logger: silentLogger });
      await use(server);
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  errors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export interface Person {
  context: BrowserContext;
  page: Page;
  studio: Studio;
}

/** A person: their own browser context (own storage), the studio opened at `url`. */
export async function person(browser: Browser, url: string, errors: string[]): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, studio: new Studio(page) };
}

/** `host` starts a live session with their starter design and `guest` joins it by the edit link. */
export async function hostAndGuest(browser: Browser, rooms: RoomServer, errors: string[], names: [string, string]): Promise<[Person, Person]> {
  const host = await person(browser, rooms.url, errors);
  await host.studio.closeWelcome();
  await host.page.getByRole('button', { name: 'Live session' }).click();
  const live = host.page.getByRole('dialog', { name: 'Live session' });
  await live.getByRole('textbox', { name: 'Your name' }).fill(names[0]);
  await live.getByRole('button', { name: 'Start live session' }).click();
  const link = await live.getByRole('textbox', { name: 'Invite to edit' }).inputValue();
  await live.getByRole('button', { name: 'Done' }).click();

  const guest = await person(browser, link, errors);
  const join = guest.page.getByRole('dialog', { name: 'Live session' });
  await join.getByRole('textbox', { name: 'Your name' }).fill(names[1]);
  await join.getByRole('button', { name: 'Join session' }).click();
  await join.getByRole('button', { name: 'Done' }).click();
  await expect(guest.studio.cards).toHaveCount(STARTER_NODES);
  return [host, guest];
}

/** An interview room's strip (clock, phase, the host's buttons) and its phase label. */
export const strip = (page: Page) => page.getByRole('region', { name: 'Interview room' });
export const phase = (page: Page) => strip(page).getByLabel('Phase', { exact: true });

/** Opens a room link, types a name when asked, and closes the live dialog once joined. */
export async function joinRoomLink(page: Page, link: string, name?: string, button = 'Join session') {
  if (link) await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Live session' });
  if (name) {
    await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
    await dialog.getByRole('button', { name: button }).click();
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
}
