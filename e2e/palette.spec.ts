import { expect, STARTER_EDGES, STARTER_NODES, test } from './fixtures';

const edgeFrom = (source: string, target: string) => `.react-flow__edge[aria-label^="request edge from ${source} to ${target}"]`;

test('the whole news-feed serving path drawn with the keyboard alone: Ctrl+K, type, Enter, repeat', async ({ studio, page }) => {
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  for (const query of ['client req', 'cand gen', 'light', 'heavy', 'rerank']) {
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(palette).toHaveCount(0);
  }
  await expect(studio.cards).toHaveCount(STARTER_NODES + 5);
  await expect(studio.edges).toHaveCount(STARTER_EDGES + 4);
  // Each add hung off the one before: a chain of request edges, the last card selected.
  await expect(page.locator(edgeFrom('client-request', 'candidate-generation'))).toHaveCount(1);
  await expect(page.locator(edgeFrom('candidate-generation', 'light-ranker'))).toHaveCount(1);
  await expect(page.locator(edgeFrom('light-ranker', 'heavy-ranker'))).toHaveCount(1);
  await expect(page.locator(edgeFrom('heavy-ranker', 'reranker'))).toHaveCount(1);
  await expect(studio.card('Re-ranker (policy layer)')).toHaveClass(/selected/);
  await expect(studio.card('Re-ranker (policy layer)')).toBeInViewport();
});

test('words match as prefixes, arrows move through the options, Escape closes without a change', async ({ studio, page }) => {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Component or command' });
  const list = page.getByRole('listbox', { name: 'Matches' });
  await box.fill('feat st');
  await expect(list.getByRole('option')).toHaveText([/Feature store/]);
  await box.fill('ann');
  await expect(list.getByRole('option').first()).toContainText('ANN index');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');

  await box.fill('');
  const options = list.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await expect(studio.cards).toHaveCount(STARTER_NODES);
});

test('every command of the app runs from the palette by name', async ({ studio, page }) => {
  // Add a component from the palette, then undo it from the palette.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
  await page.keyboard.type('drift');
  await page.keyboard.press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('undo');
  await expect(page.getByRole('option').first()).toContainText('Undo');
  await page.keyboard.press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES);

  // A command that opens another screen: the shortcuts list.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('keyb short');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
  await page.keyboard.press('Escape');

  // Presenter mode by name.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('present');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
});

test('with a component selected, the new one is added after it and connected', async ({ studio, page }) => {
  await studio.card('Engagement ranker').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Component or command' })).toHaveAttribute('placeholder', /after Engagement ranker/);
  await page.keyboard.type('rerank');
  await page.keyboard.press('Enter');
  await expect(page.locator(edgeFrom('ranker', 'reranker'))).toHaveCount(1);
  await expect(studio.edges).toHaveCount(STARTER_EDGES + 1);
});
