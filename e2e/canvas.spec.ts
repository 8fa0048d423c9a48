import { expect, STARTER_EDGES, STARTER_NODES, test } from './fixtures';

// The category groups of the palette and a few kinds each must hold (DOMAIN.md section A).
const GROUPS: [string, string[]][] = [
  ['Client', ['Client request']],
  ['Infrastructure', ['API gateway', 'Pipeline orchestrator', 'Cache']],
  ['Data sources', ['Event log', 'User DB', 'Item catalog', 'Label source', 'Data warehouse']],
  ['Processing', ['Stream bus', 'Stream processor', 'Batch processor', 'Data validation']],
  ['Features', ['Feature pipeline', 'Feature store', 'Embedding model']],
  ['Training', ['Trainer', 'Hyperparameter tuning', 'Offline evaluation']],
  ['Registry', ['Model registry']],
  ['Serving', ['Batch inference', 'Result store', 'Model server', 'Cold-start fallback', 'Rules engine']],
  ['Retrieval & ranking', ['Query understanding', 'Candidate generation', 'ANN index', 'Lexical index', 'Light ranker', 'Heavy ranker']],
  ['Experimentation', ['Experiment service', 'Bandit']],
  ['Monitoring', ['Drift monitor', 'Metrics dashboard', 'Alerting']],
  ['Feedback', ['Prediction log', 'Label joiner', 'Human review']],
];

test('the studio opens with the starter design on the canvas', async ({ studio, page }) => {
  await expect(page).toHaveTitle('MLSD Studio');
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(studio.edges).toHaveCount(STARTER_EDGES);
  for (const label of ['Feed request', 'Candidate generation', 'Engagement ranker', 'Trainer']) await expect(studio.card(label)).toBeVisible();
  await expect(studio.designsButton).toContainText('My first ML system');
  // The linter has already looked at it.
  await expect(studio.tab('Findings')).toHaveText(/Findings\s*[1-9]/);
});

test('the palette lists all 40 kinds grouped by category, and search filters it', async ({ studio }) => {
  await expect(studio.palette.getByRole('button')).toHaveCount(40);
  for (const [group, kinds] of GROUPS) {
    const section = studio.palette.getByRole('region', { name: group, exact: true });
    await expect(section.getByRole('heading', { name: group })).toBeVisible();
    for (const kind of kinds) await expect(section.getByRole('button', { name: kind, exact: true })).toBeVisible();
  }
  await expect(studio.palette.getByRole('region')).toHaveCount(GROUPS.length);

  const search = studio.palette.getByRole('searchbox', { name: 'Search components' });
  await search.fill('feat st');
  await expect(studio.palette.getByRole('button')).toHaveCount(1);
  await expect(studio.paletteItem('Feature store')).toBeVisible();

  await search.fill('zzz');
  await expect(studio.palette.getByRole('button')).toHaveCount(0);
  await expect(studio.palette).toContainText('No component matches');

  await search.press('Escape');
  await expect(studio.palette.getByRole('button')).toHaveCount(40);
});

test('dragging a kind from the palette onto the canvas adds its card where it is dropped', async ({ studio, page }) => {
  const pane = (await studio.canvas.boundingBox())!;
  const target = { x: pane.width / 2, y: pane.height - 120 };
  await studio.paletteItem('Drift monitor').dragTo(studio.canvas, { targetPosition: target });
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  const card = studio.card('Drift monitor');
  await expect(card).toBeVisible();
  // The card is centred on the drop point.
  const box = (await card.boundingBox())!;
  const drop = { x: pane.x + target.x, y: pane.y + target.y };
  expect(Math.abs(box.x + box.width / 2 - drop.x)).toBeLessThan(box.width / 2);
  expect(Math.abs(box.y + box.height / 2 - drop.y)).toBeLessThan(box.height);
  // A drop is an edit like any other: one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(studio.cards).toHaveCount(STARTER_NODES);
});

test('pressing Enter on a palette item adds it at the centre of the view', async ({ studio }) => {
  await studio.paletteItem('Bandit').focus();
  await studio.paletteItem('Bandit').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  const card = studio.card('Bandit');
  await expect(card).toBeVisible();
  const pane = (await studio.canvas.boundingBox())!;
  const box = (await card.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(pane.width / 4);
  expect(Math.abs(box.y + box.height / 2 - (pane.y + pane.height / 2))).toBeLessThan(pane.height / 4);
});

test('dragging from one card’s output handle to another’s input connects them', async ({ studio, page }) => {
  const from = studio.card('Feed request').locator('.react-flow__handle.source');
  const to = studio.card('Trainer').locator('.react-flow__handle.target');
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 60, a.y + 40, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(studio.edges).toHaveCount(STARTER_EDGES + 1);
  // The client request starts the online call chain, so the new edge is a request edge.
  await expect(page.locator('.react-flow__edge[aria-label^="request edge from request to trainer"]')).toHaveCount(1);
});
