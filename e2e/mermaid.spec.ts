import { expect, test } from './fixtures';

/** A team's flowchart from their wiki: known names, one node the studio cannot name, three arrow styles. */
const WIKI_DIAGRAM = `%% feed ranking, from the team wiki
flowchart LR
  app[Mobile app] ==> rank[XGBoost ranker]
  fs[(Feature Store)] --> rank
  rank -. clicks .-> log[Prediction log]
  log --> qfc{{Quantum flux}}
`;

test('Open reads a Mermaid flowchart, asks for the kind of the node it cannot name, and lays it out', async ({ page, studio }) => {
  const chooser = page.waitForEvent('filechooser');
  await studio.toolbar.getByRole('button', { name: 'Open design file' }).click();
  await (await chooser).setFiles({ name: 'feed.mmd', mimeType: 'text/plain', buffer: Buffer.from(WIKI_DIAGRAM) });

  const dialog = page.getByRole('dialog', { name: 'Pick a kind' });
  await expect(dialog).toContainText('One node of feed.mmd');
  const pick = dialog.getByRole('combobox', { name: 'Kind for Quantum flux' });
  // Nothing opens until every node has a kind.
  const open = dialog.getByRole('button', { name: 'Open diagram' });
  await expect(open).toBeDisabled();
  await expect(dialog).toContainText('1 still to pick');
  // The closest kinds come first.
  await expect(pick.locator('optgroup[label="Closest"] option')).toHaveCount(3);
  await pick.selectOption({ label: 'Batch processor' });
  await expect(dialog).toContainText('Every node has a kind');
  await page.screenshot({ path: 'test-results/mermaid-pick-a-kind.png' });
  await open.click();

  await expect(page.getByRole('status').filter({ hasText: 'Opened feed.mmd as a new design' })).toBeVisible();
  await expect(studio.cards).toHaveCount(5);
  await expect(studio.page.getByRole('group', { name: 'Quantum flux (Batch processor)' })).toBeVisible();
  await expect(studio.card('XGBoost ranker')).toBeVisible();
  await expect(studio.designsButton).toContainText('feed');
  // `==>` is a request, `-.->` feedback with its label kept; the rest follow the graph-aware defaults.
  await expect(page.locator('.react-flow__edge[aria-label^="request edge from app to rank"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label^="feedback edge from rank to log"]')).toHaveCount(1);
  await expect(studio.edges).toHaveCount(4);
  // ELK placed the cards: no two share a spot.
  const boxes = await studio.cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => `${Math.round(r.x)},${Math.round(r.y)}`));
  expect(new Set(boxes).size).toBe(5);
});

test('Pasting a Mermaid flowchart opens it as a new design; pasting cards still pastes cards', async ({ page, context, studio }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'graph TD\n  kafka[Kafka] --> feat[Feature store]\n  feat --> trainer[Trainer]');
  await studio.canvas.click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('status').filter({ hasText: 'Opened Pasted diagram as a new design' })).toBeVisible();
  await expect(studio.cards).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Cards copied in the studio paste as cards, whatever the system clipboard held before.
  await studio.card('Trainer').click();
  await page.keyboard.press('Control+C');
  await studio.canvas.click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('Control+V');
  await expect(studio.cards).toHaveCount(4);
});

test('A diagram Mermaid cannot read is refused with its reason, and the design on screen stays', async ({ page, studio }) => {
  const before = await studio.cards.count();
  const chooser = page.waitForEvent('filechooser');
  await studio.toolbar.getByRole('button', { name: 'Open design file' }).click();
  await (await chooser).setFiles({ name: 'broken.mmd', mimeType: 'text/plain', buffer: Buffer.from('flowchart LR\n  a[Kafka] --> \n  b(((') });
  const notice = page.getByRole('alert').filter({ hasText: 'broken.mmd was not opened: Mermaid cannot read it.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/line|Parse error|Expecting/i);
  await expect(studio.cards).toHaveCount(before);
});
