import { designFile, expect, STARTER_NODES, test } from './fixtures';

test('a change is saved in the browser and restored after a reload', async ({ studio, page }) => {
  await studio.paletteItem('Alerting').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  // Autosave runs a moment after the edit: wait until the stored design holds the new node.
  await expect.poll(() => page.evaluate(storedKinds), { timeout: 5_000 }).toContain('alerting');
  await page.reload();
  await expect(studio.card('Alerting')).toBeVisible();
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  await expect(studio.designsButton).toContainText('My first ML system');
});

test('an edit made just before a reload is not lost', async ({ studio, page }) => {
  await studio.paletteItem('Bandit').press('Enter');
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
  // No waiting for autosave: reload at once.
  await page.reload();
  await expect(studio.card('Bandit')).toBeVisible();
  await expect(studio.cards).toHaveCount(STARTER_NODES + 1);
});

/**
 * In the page: the kinds of the given list that some stored design holds. Designs are stored as Yjs
 * updates (one IndexedDB database per design), in which strings are plain UTF-8.
 */
async function storedKinds(): Promise<string[]> {
  const kinds = ['alerting', 'bandit'];
  const found = new Set<string>();
  for (const { name } of await indexedDB.databases()) {
    if (!name?.startsWith('mlsd-design:')) continue;
    const text = await new Promise<string>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('updates').objectStore('updates').getAll();
        all.onsuccess = () => {
          open.result.close();
          resolve((all.result as Uint8Array[]).map((u) => new TextDecoder().decode(u)).join(' '));
        };
      };
    });
    for (const k of kinds) if (text.includes(k)) found.add(k);
  }
  return [...found];
}

test('a file with an unknown kind is refused, naming the JSON path and the likely kind', async ({ studio, page }) => {
  await studio.openFile(
    'typo.json',
    designFile(
      [
        { id: 'fs', kind: 'feature-stor', position: { x: 0, y: 0 } },
        { id: 'srv', kind: 'model-server', position: { x: 300, y: 0 } },
      ],
      [{ source: 'fs', target: 'srv', flow: 'request' }],
    ),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('typo.json was not opened');
  await expect(alert).toContainText('nodes[0].kind');
  await expect(alert).toContainText('"feature-store"');
  // The design on the canvas is untouched.
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(studio.designsButton).toContainText('My first ML system');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a file without positions is laid out so that no two cards overlap', async ({ studio }) => {
  const kinds = ['client-request', 'candidate-generation', 'light-ranker', 'heavy-ranker', 'reranker', 'feature-store', 'event-log', 'trainer', 'model-registry', 'prediction-log'];
  const ids = ['req', 'cg', 'lr', 'hr', 'rr', 'fs', 'log', 't', 'reg', 'plog'];
  const nodes = kinds.map((kind, i) => ({ id: ids[i], kind }));
  const edges = [
    ['req', 'cg', 'request'], ['cg', 'lr', 'request'], ['lr', 'hr', 'request'], ['hr', 'rr', 'request'], ['fs', 'hr', 'request'],
    ['log', 'fs', 'data'], ['fs', 't', 'data'], ['t', 'reg', 'data'], ['reg', 'hr', 'data'], ['hr', 'plog', 'feedback'], ['plog', 't', 'feedback'],
  ].map(([source, target, flow]) => ({ source, target, flow }));
  await studio.openFile('unplaced.json', designFile(nodes, edges, 'Unplaced'));

  await expect(studio.designsButton).toContainText('Unplaced');
  await expect(studio.cards).toHaveCount(nodes.length);
  await expect(studio.edges).toHaveCount(edges.length);
  const boxes = await studio.cards.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `cards ${ids[i]} and ${ids[j]} overlap`).toBe(false);
    }
});

test('the designs menu creates, renames and switches designs', async ({ studio, page }) => {
  await studio.designsButton.click();
  await page.getByRole('menuitem', { name: /New blank design/ }).click();
  await expect(studio.cards).toHaveCount(0);
  await expect(studio.designsButton).toContainText('Untitled design');

  await studio.paletteItem('Model server').press('Enter');
  await expect(studio.cards).toHaveCount(1);

  await studio.designsButton.click();
  const menu = page.getByRole('menu', { name: 'Designs' });
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await menu.getByRole('button', { name: 'Rename Untitled design' }).click();
  const name = menu.getByRole('textbox', { name: 'Design name' });
  await name.fill('Fraud scoring');
  await name.press('Enter');
  await expect(studio.designsButton).toContainText('Fraud scoring');
  await expect(menu.getByRole('menuitemradio', { name: /Fraud scoring/ })).toHaveAttribute('aria-checked', 'true');

  await menu.getByRole('menuitemradio', { name: /My first ML system/ }).click();
  await expect(studio.designsButton).toContainText('My first ML system');
  await expect(studio.cards).toHaveCount(STARTER_NODES);

  await studio.designsButton.click();
  await page.getByRole('menuitemradio', { name: /Fraud scoring/ }).click();
  await expect(studio.designsButton).toContainText('Fraud scoring');
  await expect(studio.cards).toHaveCount(1);
  await expect(studio.card('Model server')).toBeVisible();
});

test('the theme toggle switches to dark and back', async ({ studio, page }) => {
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', 'dark');
  await studio.toolbar.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  await studio.toolbar.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(background);
});
