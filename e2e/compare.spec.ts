import { designFile, expect, test } from './fixtures';

// A small feed design: a request path without a light ranker or policy layer, and a deploy loop without evaluation.
const small = designFile(
  [
    { id: 'req', kind: 'client-request', label: 'Feed open', position: { x: 0, y: 0 }, props: {} },
    { id: 'cg', kind: 'candidate-generation', position: { x: 280, y: 0 }, props: {} },
    { id: 'hr', kind: 'heavy-ranker', label: 'DLRM', position: { x: 560, y: 0 }, props: {} },
    { id: 't', kind: 'trainer', position: { x: 0, y: 300 }, props: {} },
    { id: 'reg', kind: 'model-registry', position: { x: 560, y: 300 }, props: {} },
  ],
  [
    { source: 'req', target: 'cg', flow: 'request' },
    { source: 'cg', target: 'hr', flow: 'request' },
    { source: 't', target: 'reg', flow: 'data' },
    { source: 'reg', target: 'hr', flow: 'data' },
  ],
  'Small feed',
);

test('lists what the design lacks next to a reference and adds a ghost card with one click', async ({ studio, page }) => {
  await studio.openFile('small.json', small);
  await expect(studio.card('DLRM')).toBeVisible();
  const cards = page.locator('.react-flow__node-component');
  const edges = page.locator('.react-flow__edge:not(.ghost-edge)');
  await expect(cards).toHaveCount(5);
  await expect(edges).toHaveCount(4);

  await studio.toolbar.getByRole('button', { name: 'Compare with a reference' }).click();
  const panel = page.getByRole('complementary', { name: 'Compare with a reference' });
  await panel.getByLabel('Reference design').selectOption({ label: 'News feed ranking' });
  const stages = panel.getByRole('region', { name: 'Missing funnel stages' });
  await expect(stages.getByRole('listitem')).toHaveText([/Light ranking/, /Policy \/ re-ranking/]);
  const loops = panel.getByRole('region', { name: 'Missing loops' });
  await expect(loops).toContainText('Training → evaluation → registry → serving');
  await expect(loops).toContainText('breaks at evaluation');
  await expect(loops).toContainText('Serving → logs → labels → training');
  await expect(loops).toContainText('Monitoring → alerting');

  // Ghost cards on the canvas, one per suggestion, dashed lines to where they would connect.
  const ghost = page.getByRole('button', { name: 'Add suggested Light ranker' });
  await expect(ghost).toBeVisible();
  // The first six on the canvas, every one on request.
  await expect(page.locator('.react-flow__node-ghost')).toHaveCount(6);
  await panel.getByRole('checkbox', { name: /Show all \d+ as ghost cards/ }).check();
  await expect(page.locator('.react-flow__node-ghost')).toHaveCount(await panel.getByRole('region', { name: 'Suggestions' }).getByRole('listitem').count());
  await panel.getByRole('checkbox', { name: /Show all \d+ as ghost cards/ }).uncheck();
  await expect(page.locator('.ghost-edge')).not.toHaveCount(0);

  await ghost.click();
  await expect(cards).toHaveCount(6);
  await expect(edges).toHaveCount(6);
  await expect(page.locator('.react-flow__edge[aria-label^="request edge from cg to light-ranker"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label^="request edge from light-ranker to hr"]')).toHaveCount(1);
  await expect(stages.getByRole('listitem')).toHaveText([/Policy \/ re-ranking/]);
  await expect(ghost).toHaveCount(0);

  // One undo removes the card and both edges, and the ghost comes back.
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(5);
  await expect(edges).toHaveCount(4);
  await expect(ghost).toBeVisible();
});

test('an offline loop is closed from the list, and matching follows paths, not labels', async ({ studio, page }) => {
  await studio.openFile('small.json', small);
  await expect(studio.card('DLRM')).toBeVisible();
  await studio.toolbar.getByRole('button', { name: 'Compare with a reference' }).click();
  const panel = page.getByRole('complementary', { name: 'Compare with a reference' });
  await panel.getByLabel('Reference design').selectOption({ label: 'News feed ranking' });
  const loops = panel.getByRole('region', { name: 'Missing loops' });
  await expect(loops).toContainText('breaks at evaluation');
  // Offline evaluation goes between the trainer and the registry.
  await panel.getByRole('button', { name: 'Add Offline evaluation' }).click();
  await expect(page.locator('.react-flow__edge[aria-label^="data edge from t to offline-evaluation"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label^="data edge from offline-evaluation to reg"]')).toHaveCount(1);
  await expect(loops).not.toContainText('Training → evaluation → registry → serving');

  // Another reference, another comparison; closing the panel takes the ghosts away.
  await panel.getByLabel('Reference design').selectOption({ label: 'Search ranking' });
  await expect(page.getByRole('button', { name: 'Add suggested Query understanding' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page.locator('.react-flow__node-ghost')).toHaveCount(0);
  await expect(page.locator('.ghost-edge')).toHaveCount(0);
});
