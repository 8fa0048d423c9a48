import { expect, STARTER_EDGES, STARTER_NODES, test } from './fixtures';

test('editing a property in the Inspector updates the card; an invalid value is refused', async ({ studio, page }) => {
  const ranker = studio.card('Engagement ranker');
  await expect(ranker).toContainText('50 ms');
  await ranker.click();
  await studio.tab('Inspector').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Engagement ranker' })).toBeVisible();

  const latency = inspector.getByRole('textbox', { name: /^Latency/ });
  await latency.fill('30');
  await latency.press('Enter');
  await expect(ranker).toContainText('30 ms');
  await expect(ranker).not.toContainText('50 ms');

  await latency.fill('-5');
  await latency.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('must be at least 0');
  await expect(latency).toHaveAttribute('aria-invalid', 'true');
  await expect(ranker).toContainText('30 ms');
  await expect(ranker).not.toContainText('-5');
});

test('clicking a card on the canvas brings its properties forward; clicking a finding does not', async ({ studio, page }) => {
  await expect(studio.tab('Findings')).toHaveAttribute('aria-selected', 'true');
  await studio.card('Trainer').click();
  await expect(studio.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Trainer' })).toBeVisible();

  await studio.tab('Findings').click();
  await page.getByRole('region', { name: 'Findings' }).getByRole('button', { name: /splits time-ordered data randomly/ }).first().click();
  await expect(studio.tab('Findings')).toHaveAttribute('aria-selected', 'true');
});

test('undo and redo with the keyboard and with the toolbar buttons', async ({ studio, page }) => {
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await studio.card('Trainer').click();
  await page.keyboard.press('Delete');
  await expect(studio.cards).toHaveCount(STARTER_NODES - 1);
  await expect(studio.card('Trainer')).toHaveCount(0);

  await page.keyboard.press('Control+Z');
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(studio.card('Trainer')).toBeVisible();
  await expect(studio.edges).toHaveCount(STARTER_EDGES);

  await page.keyboard.press('Control+Shift+Z');
  await expect(studio.card('Trainer')).toHaveCount(0);

  await undo.click();
  await expect(studio.card('Trainer')).toBeVisible();
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(studio.card('Trainer')).toHaveCount(0);
  await expect(redo).toBeDisabled();
});

test('Delete removes the selected card and its edges', async ({ studio, page }) => {
  await studio.card('Feature store').click();
  await page.keyboard.press('Delete');
  await expect(studio.card('Feature store')).toHaveCount(0);
  await expect(studio.cards).toHaveCount(STARTER_NODES - 1);
  // events→features, features→ranker and features→trainer went with it.
  await expect(studio.edges).toHaveCount(STARTER_EDGES - 3);
});

test('Control+D duplicates the selection as one undo step', async ({ studio, page }) => {
  await studio.card('Trainer').click();
  await page.keyboard.press('Control+D');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  await expect(studio.card('Trainer')).toHaveCount(2);
  // The copy sits beside the original, not on top of it.
  const [a, b] = await Promise.all([studio.card('Trainer').nth(0).boundingBox(), studio.card('Trainer').nth(1).boundingBox()]);
  expect(Math.abs(a!.x - b!.x) + Math.abs(a!.y - b!.y)).toBeGreaterThan(20);
  await page.keyboard.press('Control+Z');
  await expect(studio.card('Trainer')).toHaveCount(1);
});

test('copy in one tab and paste in another', async ({ studio, page, context }) => {
  await studio.card('Engagement ranker').click();
  await page.keyboard.press('Control+C');

  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('.react-flow__node')).toHaveCount(STARTER_NODES);
  await other.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await other.keyboard.press('Control+V');
  await expect(other.locator('.react-flow__node')).toHaveCount(STARTER_NODES + 1);
  await expect(other.locator('.mlsd-node__label', { hasText: /^Engagement ranker$/ })).toHaveCount(2);
  // The pasted copy keeps its properties.
  await expect(other.locator('.react-flow__node.selected')).toContainText('50 ms · 1,000 → 50');
  await other.close();
});
