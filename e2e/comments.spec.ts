import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, STARTER_NODES, Studio, test as local } from './fixtures';
import { hostAndGuest, roomTest } from './roomFixtures';

const QUESTION = 'What happens when the ranker times out?';

/** Selects a card by clicking its label, which brings its inspector. */
async function selectCard(page: Page, label: string) {
  await new Studio(page).card(label).locator('.mlsd-node__label').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: label })).toBeVisible();
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function markdownExport(page: Page): Promise<string> {
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Markdown design document').check();
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const text = readFileSync((await (await pending).path())!, 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

local('a comment on a local design: Alt+C, a marker on the card, undo, and it survives a reload', async ({ studio, page }) => {
  await selectCard(page, 'Engagement ranker');
  await studio.canvas.focus();
  await page.keyboard.press('Alt+c');
  const box = inspector(page).getByRole('textbox', { name: 'Comment on Engagement ranker' });
  await expect(box).toBeFocused();
  await box.fill(QUESTION);
  await page.keyboard.press('Control+Enter');
  const marker = page.getByRole('button', { name: '1 comment on Engagement ranker' });
  await expect(marker).toBeVisible();
  await expect(inspector(page).getByRole('article', { name: /^Comment by / })).toContainText(QUESTION);

  // One undo step takes the comment back, redo brings it again.
  await studio.clickEmptyCanvas();
  await page.keyboard.press('Control+z');
  await expect(marker).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(marker).toBeVisible();

  await page.reload();
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(marker).toBeVisible();
  await marker.click();
  await expect(inspector(page).getByRole('article', { name: /^Comment by / })).toContainText(QUESTION);
  expect(await markdownExport(page)).toContain(`- **Engagement ranker** (open): ${QUESTION}`);
});

roomTest('in a room: the host pins a comment, the guest sees it live, replies and resolves it, the host sees it resolved', async ({ browser, rooms, errors }) => {
  // Two browsers and a server on a shared machine: more time than one page needs, no timing asserted.
  roomTest.setTimeout(90_000);
  const [host, guest] = await hostAndGuest(browser, rooms, errors, ['Ada', 'Sam']);

  await selectCard(host.page, 'Engagement ranker');
  await inspector(host.page).getByRole('textbox', { name: 'Comment on Engagement ranker' }).fill(QUESTION);
  await inspector(host.page).getByRole('button', { name: 'Add comment' }).click();

  const guestMarker = guest.page.getByRole('button', { name: '1 comment on Engagement ranker' });
  await expect(guestMarker).toBeVisible();
  await guestMarker.click();
  const thread = inspector(guest.page).getByRole('article', { name: 'Comment by Ada' });
  await expect(thread).toContainText(QUESTION);
  await thread.getByRole('textbox', { name: 'Reply to Ada' }).fill('We serve the cached ranking.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread).toContainText('We serve the cached ranking.');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(guestMarker).toHaveCount(0);

  const hostThread = inspector(host.page).getByRole('article', { name: 'Comment by Ada (resolved)' });
  await expect(hostThread).toContainText('We serve the cached ranking.');
  await expect(hostThread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(host.page.getByRole('button', { name: /comments? on Engagement ranker/ })).toHaveCount(0);
  await host.page.screenshot({ path: 'test-results/comments-host.png' });
  await guest.page.screenshot({ path: 'test-results/comments-guest.png' });

  const markdown = await markdownExport(host.page);
  expect(markdown).toContain(`- **Engagement ranker** (resolved): ${QUESTION} — Ada, `);
  expect(markdown).toContain('  - We serve the cached ranking. — Sam, ');

  await host.context.close();
  await guest.context.close();
});
