import { expect, test } from './fixtures';

test('the outline lists components by stage with connections and findings, in step with the canvas selection', async ({ studio, page }) => {
  await page.getByRole('tab', { name: 'Outline' }).click();
  const tree = page.getByRole('tree', { name: 'Design outline' });
  const stage = tree.getByRole('treeitem', { name: /^model, 2 components/ });
  await expect(stage).toBeVisible();
  const ranker = stage.getByRole('treeitem', { name: /^Engagement ranker \(Heavy ranker\)/ });
  await expect(ranker.getByRole('treeitem', { name: 'Receives request from Candidate generation' })).toBeVisible();
  await expect(ranker.getByRole('treeitem', { name: /^(error|warning|info): / }).first()).toBeVisible();

  // Outline → canvas.
  await ranker.click();
  await expect(studio.card('Engagement ranker')).toHaveClass(/selected/);
  await expect(ranker).toHaveAttribute('aria-selected', 'true');
  // Canvas → outline.
  await studio.card('Feature store').click();
  await expect(tree.getByRole('treeitem', { name: /^Feature store/ })).toHaveAttribute('aria-selected', 'true');
  await expect(ranker).toHaveAttribute('aria-selected', 'false');
});

test('the outline is walked with arrow keys and Enter selects on the canvas', async ({ studio, page }) => {
  await page.getByRole('tab', { name: 'Outline' }).click();
  const tree = page.getByRole('tree', { name: 'Design outline' });
  const first = tree.getByRole('treeitem').first();
  await first.focus();
  await expect(first).toHaveAccessibleName(/^problem, 1 components/);
  await page.keyboard.press('ArrowDown');
  const request = tree.getByRole('treeitem', { name: /^Feed request/ });
  await expect(request).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(studio.card('Feed request')).toHaveClass(/selected/);
  await page.keyboard.press('End');
  await expect(tree.getByRole('treeitem').last()).toBeFocused();
});

test('findings that appear or clear are announced politely', async ({ studio, page }) => {
  const announcer = page.getByRole('status', { name: 'Finding announcements' });
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await studio.paletteItem('Alerting').press('Enter');
  await expect(announcer).toContainText(/new finding/);
  await page.keyboard.press('Control+z');
  await expect(announcer).toContainText(/cleared/);
});
