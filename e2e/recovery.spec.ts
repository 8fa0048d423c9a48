import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, STARTER_NODES, test } from './fixtures';

/** In the page: how many designs the studio's IndexedDB store holds, read raw. */
function storedDesignCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mlsd-studio');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction('designs').objectStore('designs').getAllKeys();
      keys.onsuccess = () => {
        open.result.close();
        resolve(keys.result.filter((k) => String(k).startsWith('design:')).length);
      };
    };
  });
}

/** In the page: overwrite the studio's index of designs with garbage, as a crash mid-write might. */
function corruptIndex(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mlsd-studio');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('designs', 'readwrite');
      tx.objectStore('designs').put('{"designs": [trunc', 'index');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
    };
  });
}

test('with the index corrupted, the recovery page lists every design and version and zips them all', async ({ studio, page }) => {
  // A second design with a card of its own, and a named version of it.
  await page.keyboard.press('Alt+n');
  await expect(studio.cards).toHaveCount(0);
  await studio.paletteItem('Bandit').press('Enter');
  await page.getByRole('button', { name: 'Version history' }).click();
  await page.getByLabel('Version name').fill('Bandit only');
  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByRole('list', { name: 'Versions' })).toContainText('Bandit only');
  await expect.poll(() => page.evaluate(storedDesignCount), { timeout: 5_000 }).toBe(2);

  await page.evaluate(corruptIndex);
  await page.goto('/#recover');
  await page.reload();

  const found = page.getByRole('table', { name: 'Found in local storage' });
  await expect(found.getByRole('rowheader', { name: 'My first ML system' }).first()).toBeVisible();
  await expect(found.getByRole('rowheader', { name: 'Untitled design' }).first()).toBeVisible();
  await expect(found.getByRole('rowheader', { name: 'Bandit only' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/Found 2 designs, [1-9]\d* versions/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all as zip' }).click();
  const zip = unzipSync(new Uint8Array(await readFile((await (await downloading).path())!)));
  const designs = Object.entries(zip).filter(([path]) => path.startsWith('designs/'));
  expect(designs.map(([path]) => path).sort()).toEqual(['designs/my-first-ml-system.json', 'designs/untitled-design.json']);
  const starter = JSON.parse(strFromU8(zip['designs/my-first-ml-system.json']));
  expect(starter.nodes).toHaveLength(STARTER_NODES);
  const blank = JSON.parse(strFromU8(zip['designs/untitled-design.json']));
  expect(blank.nodes.map((n: { kind: string }) => n.kind)).toEqual(['bandit']);
  expect(Object.keys(zip).some((p) => p.startsWith('versions/') && p.endsWith('bandit-only.json'))).toBe(true);
});
