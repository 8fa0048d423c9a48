import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Saved {
  nodes: { id: string; kind: string; label?: string; props: Record<string, unknown> }[];
  edges: { source: string; target: string; flow: string }[];
}

/** Ctrl+S, and the design file it downloads. */
async function saveJson(page: Page): Promise<Saved> {
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return JSON.parse(readFileSync((await (await pending).path())!, 'utf8')) as Saved;
}

/** Adds a component by the command palette: chained after the selected card, as the palette does. */
async function addByPalette(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
}

/** Tabs forward until focus is on an element with this accessible name (at most `limit` presses). */
async function tabTo(page: Page, name: RegExp, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
      // A card is named by an element inside it (aria-labelledby), as the accessibility tree reads it.
      const labelledBy = el.getAttribute('aria-labelledby');
      const byRef = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : undefined;
      return el.getAttribute('aria-label') ?? byRef ?? byFor ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('a five-card design built, wired, edited, pruned and restored without the mouse', async ({ studio, page }) => {
  const card = (name: string) => page.getByRole('group', { name, exact: true });

  // A blank design, then a serving chain from the command palette: each add hangs off the one before.
  await page.keyboard.press('Alt+n');
  await expect(studio.cards).toHaveCount(0);
  for (const query of ['client req', 'cand gen', 'heavy', 'prediction log']) await addByPalette(page, query);
  await expect(studio.cards).toHaveCount(4);
  await expect(studio.edges).toHaveCount(3);

  // The fifth card from the palette panel: search, Tab to the kind, Enter drops it unconnected.
  await tabTo(page, /^Search components$/);
  await page.keyboard.type('feat st');
  await tabTo(page, /^\W*Feature store$/u);
  await page.keyboard.press('Enter');
  await expect(studio.cards).toHaveCount(5);
  await expect(studio.edges).toHaveCount(3);

  // Tab reaches the canvas on one card, the new one; it landed on the chain, so Alt+Shift+Down moves it clear.
  await tabTo(page, /^Feature store \(Feature store\)$/);
  const store = card('Feature store (Feature store)');
  await expect(store).toBeFocused();
  const before = (await store.boundingBox())!;
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.up('Alt');
  await expect.poll(async () => (await store.boundingBox())!.y).toBeGreaterThan(before.y + 150);

  // Arrows walk to the nearest card in each direction, selecting it. The store went in at the
  // centre of the view, which had followed the chain to its end: the ranker is right above it.
  const ranker = card('Heavy ranker (Heavy ranker)');
  const client = card('Client request (Client request)');
  const cands = card('Candidate generation (Candidate generation)');
  await page.keyboard.press('ArrowUp');
  await expect(ranker).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cands).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(client).toBeFocused();
  await expect(client.locator('.mlsd-node')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(ranker).toBeFocused();
  await expect(ranker.locator('.mlsd-node')).toHaveClass(/selected/);
  await expect(client.locator('.mlsd-node')).not.toHaveClass(/selected/);

  // Connect to…: two cards that already exist, the feature store into the ranker.
  await page.keyboard.press('ArrowDown');
  await expect(store).toBeFocused();
  await page.keyboard.press('c');
  const picker = page.getByRole('dialog', { name: 'Connect Feature store to' });
  await expect(picker.getByRole('combobox', { name: 'Card to connect to' })).toBeFocused();
  await page.keyboard.type('heavy');
  await expect(picker.getByRole('option')).toHaveText([/Heavy ranker/]);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(studio.edges).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Connected Feature store → Heavy ranker, request' })).toBeVisible();
  await expect(store).toBeFocused();

  // Enter edits the focused card in the Inspector; Escape comes back to it.
  await page.keyboard.press('ArrowUp');
  await expect(ranker).toBeFocused();
  await page.keyboard.press('Enter');
  const labelField = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Label' });
  await expect(labelField).toBeFocused();
  await page.keyboard.type('DLRM ranker');
  await page.keyboard.press('Enter');
  await tabTo(page, /^Latency ms$|^Latency \(ms\)$|^Latency/);
  await page.keyboard.type('35');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const dlrm = card('DLRM ranker (Heavy ranker)');
  await expect(dlrm).toBeFocused();
  await expect(dlrm).toContainText('35 ms');

  // Delete the prediction log; focus stays on the canvas; Ctrl+Z brings it back.
  await page.keyboard.press('ArrowRight');
  await expect(card('Prediction log (Prediction log)')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(studio.cards).toHaveCount(4);
  await expect(page.getByRole('group', { name: /\(Heavy ranker\)$/ })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(studio.cards).toHaveCount(5);

  const saved = await saveJson(page);
  const kindOf = new Map(saved.nodes.map((n) => [n.id, n.kind]));
  const wires = saved.edges.map((e) => `${kindOf.get(e.source)} -${e.flow}-> ${kindOf.get(e.target)}`).sort();
  expect(wires).toEqual([
    'candidate-generation -request-> heavy-ranker',
    'client-request -request-> candidate-generation',
    'feature-store -request-> heavy-ranker',
    'heavy-ranker -feedback-> prediction-log',
  ]);
  const saveRanker = saved.nodes.find((n) => n.kind === 'heavy-ranker')!;
  expect(saveRanker.label).toBe('DLRM ranker');
  expect(saveRanker.props.latencyMs).toBe(35);
});

test('one undo step per run of Alt+arrow moves, and the shortcuts dialog lists the canvas keys', async ({ studio, page }) => {
  await studio.cards.first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator('.react-flow__node:focus');
  await expect(focused).toHaveCount(1);
  const start = (await focused.boundingBox())!;
  await page.keyboard.down('Alt');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Alt');
  await expect.poll(async () => (await focused.boundingBox())!.x).toBeGreaterThan(start.x + 40);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await focused.boundingBox())!.x)).toBe(Math.round(start.x));

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [label, keys] of [
    ['Go to the nearest card in that direction', 'Arrows'],
    ['Move the card by a grid step', 'Alt+Arrows'],
    ['Move the card by five grid steps', 'Alt+Shift+Arrows'],
    ['Connect to…', 'C'],
    ['Edit the card in the Inspector', 'Enter'],
    ['Back from the Inspector to the card', 'Escape'],
  ]) {
    await expect(dialog.getByRole('row', { name: `${label} ${keys}`, exact: true })).toHaveCount(1);
  }
});

test('the canvas with a focused card and the Connect to… picker have no axe violations', async ({ studio, page }) => {
  test.setTimeout(90_000);
  await studio.cards.first().focus();
  await page.keyboard.press('ArrowRight');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('c');
  await expect(page.getByRole('listbox', { name: 'Cards' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
});
