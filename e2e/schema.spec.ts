import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCHEMA_URL } from '../src/core/document/schema';
import { expect, test } from './fixtures';

const template = (name: string) => readFileSync(new URL(`../templates/${name}.json`, import.meta.url), 'utf8');

/** Saves the open design as JSON (Ctrl+S) and returns the file's text. */
async function saveJson(page: Page): Promise<string> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return readFileSync((await (await pending).path())!, 'utf8');
}

test('a saved design points editors at the JSON Schema the studio serves, and opens again as it was', async ({ studio, page }) => {
  await studio.openFile('similar.json', template('similar-items'));
  await expect(studio.cards).toHaveCount(JSON.parse(template('similar-items')).nodes.length);
  const saved = await saveJson(page);
  expect(Object.keys(JSON.parse(saved))[0]).toBe('$schema');
  expect(JSON.parse(saved).$schema).toBe(SCHEMA_URL);

  const served = await page.request.get('/schema/design.v1.json');
  expect(served.ok()).toBe(true);
  expect(await served.text()).toBe(readFileSync(new URL('../public/schema/design.v1.json', import.meta.url), 'utf8'));

  const before = await studio.cards.count();
  await studio.openFile('again.json', saved);
  await expect(studio.cards).toHaveCount(before);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
