import type { Locator } from '@playwright/test';
import { designFile, expect, type Studio, test } from './fixtures';

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

test('the presenter frames each step’s cards, also after the window changes size', async ({ studio, page }) => {
  await studio.toolbar.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('dialog', { name: 'Template gallery' }).getByRole('button', { name: 'Open News feed ranking', exact: true }).click();
  await expect(studio.card('Feature store')).toBeVisible();
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toContainText('Step 1 of');
  const focused = page.locator('.react-flow__node:has(.present-focus)');
  const expectStepFramed = async () => {
    expect(await focused.count()).toBeGreaterThan(0);
    for (const card of await focused.all()) await expectInView(studio, card);
  };
  await expectStepFramed();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toContainText('Step 3 of');
  await expectStepFramed();
  // Going full screen (or resizing the window) after the step was framed frames it again.
  await page.setViewportSize({ width: 900, height: 700 });
  await expectStepFramed();
});

test('a small design opens at its cards’ own size; a large one at a readable zoom', async ({ studio }) => {
  const cardWidth = async () => (await studio.cards.first().boundingBox())!.width;
  const naturalWidth = await studio.cards.first().evaluate((e) => (e as HTMLElement).offsetWidth);
  const two = designFile(
    [
      { id: 'feed', kind: 'client-request', label: 'Feed open', position: { x: 0, y: 0 } },
      { id: 'ranker', kind: 'heavy-ranker', label: 'Ranker', position: { x: 300, y: 0 } },
    ],
    [{ source: 'feed', target: 'ranker', flow: 'request' }],
    'Two cards',
  );
  await studio.openFile('two.json', two);
  await expect(studio.cards).toHaveCount(2);
  await expect.poll(cardWidth).toBeCloseTo(naturalWidth, 0);

  // Forty cards in a row fit the window only at a zoom where nobody can read them.
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `step${i}`, kind: 'batch-processor', label: `Step ${i}`, position: { x: i * 260, y: 0 } }));
  const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i].id, target: n.id, flow: 'data' }));
  await studio.openFile('long.json', designFile(nodes, edges, 'Long chain'));
  await expect(studio.card('Step 39')).toHaveCount(1);
  await expect.poll(async () => (await studio.card('Step 20').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(naturalWidth * 0.5 - 1);
  await expectInView(studio, studio.card('Step 20'));
});
