import { expect, STARTER_NODES, test } from './fixtures';

test('a named version can be previewed, compared with the design and restored as one undo step', async ({ studio, page }) => {
  await page.getByRole('button', { name: 'Version history' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await expect(history.getByLabel('Storage')).toContainText(/Persistent storage: (granted|not granted)/);
  await history.getByLabel('Version name').fill('Baseline');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' })).toContainText('Baseline');
  await history.getByRole('button', { name: 'Close' }).click();

  await studio.paletteItem('Alerting').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);

  await page.getByRole('button', { name: 'Version history' }).click();
  await history.getByRole('button', { name: /^Preview Baseline/ }).click();
  const preview = history.getByRole('region', { name: 'Preview of Baseline' });
  await expect(preview.getByRole('img', { name: /Baseline: 7 components/ })).toBeVisible();
  await expect(preview.getByLabel('Differences with the current design')).toContainText('Cards added since (1)');
  await expect(preview.getByLabel('Differences with the current design')).toContainText('Alerting');
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toHaveCount(0);
  await expect(studio.cards).toHaveCount(STARTER_NODES);

  await page.keyboard.press('Control+z');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  await expect(studio.card('Alerting')).toBeVisible();
});

test('versions are kept automatically on open and before a quick fix, with thumbnails', async ({ studio, page }) => {
  // An edit first, so the design before the fix differs from the one kept on open.
  await studio.paletteItem('Bandit').press('Enter');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await page.getByRole('button', { name: /^Fix: / }).first().click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const list = page.getByRole('dialog', { name: 'Version history' }).getByRole('list', { name: 'Versions' });
  await expect(list).toContainText('Automatic (before quick fix)');
  await expect(list).toContainText('Automatic (opened)');
  await expect(list.locator('img.history__thumb').first()).toBeVisible();
  await page.getByRole('button', { name: /^Preview Automatic \(opened\)/ }).click();
  await page.getByRole('button', { name: 'Delete this version' }).click();
  await expect(list).not.toContainText('Automatic (opened)');
});

test('the command palette saves a version by name', async ({ studio: _studio, page }) => {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
  await page.keyboard.type('Save version');
  await page.keyboard.press('Enter');
  const history = page.getByRole('dialog', { name: 'Version history' });
  await expect(history.getByLabel('Version name')).toBeFocused();
  await page.keyboard.type('Before review');
  await page.keyboard.press('Enter');
  await expect(history.getByRole('list', { name: 'Versions' })).toContainText('Before review');
});
