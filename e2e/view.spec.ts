import type { Locator } from '@playwright/test';
import { expect, type Studio, test } from './fixtures';

/** The card lies wholly inside the visible canvas. */
async function expectInView(studio: Studio, card: Locator) {
  await expect(async () => {
    const pane = (await studio.canvas.boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  }).toPass({ timeout: 5000 });
}

test('a chain built from the command palette stays in view: the view follows each new card', async ({ studio, page }) => {
  test.slow(); // ten adds, each through the palette
  await studio.card('Engagement ranker').click();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  for (const query of ['rerank', 'cache', 'api gate', 'bandit', 'predict log', 'drift', 'alert', 'label join', 'trainer', 'model reg']) {
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(palette).toHaveCount(0);
    await expectInView(studio, page.locator('.react-flow__node.selected'));
  }
});
