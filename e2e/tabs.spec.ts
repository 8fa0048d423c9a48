import { expect, STARTER_NODES, Studio, test } from './fixtures';

test('the same design in two tabs merges: edits show in the other tab and both survive a reload', async ({ studio, page, context }) => {
  const other = new Studio(await context.newPage());
  // A second tab of the same browser opens the design the first one has open (no gallery: not a first visit).
  await other.page.goto('/');
  await expect(other.cards).toHaveCount(STARTER_NODES);

  await studio.paletteItem('Bandit').press('Enter');
  await other.paletteItem('Alerting').press('Enter');
  await expect(studio.card('Alerting')).toBeVisible();
  await expect(other.card('Bandit')).toBeVisible();
  await expect(studio.cards).toHaveCount(STARTER_NODES + 2);
  await expect(other.cards).toHaveCount(STARTER_NODES + 2);

  await page.reload();
  await expect(studio.card('Bandit')).toBeVisible();
  await expect(studio.card('Alerting')).toBeVisible();
  await expect(studio.cards).toHaveCount(STARTER_NODES + 2);
});

test('undo in one tab takes back only that tab’s edit', async ({ studio, context }) => {
  const other = new Studio(await context.newPage());
  await other.page.goto('/');
  await expect(other.cards).toHaveCount(STARTER_NODES);
  await studio.paletteItem('Bandit').press('Enter');
  await expect(other.card('Bandit')).toBeVisible();
  await other.paletteItem('Alerting').press('Enter');
  await expect(studio.card('Alerting')).toBeVisible();
  await studio.canvas.click({ position: { x: 5, y: 5 } });
  await studio.page.keyboard.press('Control+z');
  await expect(studio.card('Bandit')).toHaveCount(0);
  await expect(other.card('Bandit')).toHaveCount(0);
  await expect(other.card('Alerting')).toBeVisible();
});

test('a design created in another tab is in this tab’s designs menu', async ({ studio, context }) => {
  const other = new Studio(await context.newPage());
  await other.page.goto('/');
  await expect(other.cards).toHaveCount(STARTER_NODES);
  await other.designsButton.click();
  await other.page.getByRole('menuitem', { name: /New blank design/ }).click();
  await expect(other.designsButton).toContainText('Untitled design');
  await studio.designsButton.click();
  const menu = studio.page.getByRole('menu', { name: 'Designs' });
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await expect(menu).toContainText('Untitled design');
  await expect(menu).toContainText('My first ML system');
});

test('designs saved by the earlier version are migrated on first start, with their content', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A same-origin blank page writes the old storage (idb-keyval: an index and one JSON per design).
  await page.route('**/seed.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed.html');
  await page.evaluate(async () => {
    const design = (title: string, kinds: string[]) => ({
      format: 'mlsd-studio/design',
      version: 1,
      title,
      nodes: kinds.map((kind, i) => ({ id: kind, kind, position: { x: i * 250, y: 0 }, props: {}, owner: 'kept' })),
      edges: [{ id: 'e1', source: kinds[0], target: kinds[1], flow: 'data' }],
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mlsd-studio');
      open.onupgradeneeded = () => open.result.createObjectStore('designs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('designs', 'readwrite').objectStore('designs');
    store.put({ designs: [{ id: 'old-1', title: 'Old fraud', updatedAt: 2 }, { id: 'old-2', title: 'Old search', updatedAt: 1 }], currentId: 'old-1' }, 'index');
    store.put(design('Old fraud', ['rules-engine', 'human-review']), 'design:old-1');
    store.put(design('Old search', ['lexical-index', 'heavy-ranker']), 'design:old-2');
    await new Promise((r) => (store.transaction.oncomplete = r));
    db.close();
  });
  const studio = new Studio(page);
  await page.goto('/');
  await expect(studio.designsButton).toContainText('Old fraud');
  await expect(studio.card('Rules engine')).toBeVisible();
  await expect(studio.cards).toHaveCount(2);
  await expect(studio.edges).toHaveCount(1);
  await studio.designsButton.click();
  await page.getByRole('menuitemradio', { name: /Old search/ }).click();
  await expect(studio.card('Lexical index')).toBeVisible();
  await context.close();
});
