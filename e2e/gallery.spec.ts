import { readdirSync, readFileSync } from 'node:fs';
import { type Page, test as base } from '@playwright/test';
import { expect, STARTER_NODES, Studio } from './fixtures';

/** The template files as the gallery should present them (read from disk, not from the app). */
interface TemplateFile {
  id: string;
  title: string;
  nodes: { id: string; label?: string }[];
  walkthrough: { title: string }[];
  expectedFindings?: unknown[];
}
const folder = new URL('../templates/', import.meta.url);
const TEMPLATES: TemplateFile[] = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(new URL(f, folder), 'utf8')) }));
const REFERENCES = TEMPLATES.filter((t) => !t.id.startsWith('flaws-'));
const FLAWS = TEMPLATES.filter((t) => t.id.startsWith('flaws-'));

/** A fresh visitor (fresh profile) on the studio; fails the test on any console error. */
const test = base.extend<{ studio: Studio }>({
  studio: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await use(new Studio(page));
    expect(errors, 'console errors').toEqual([]);
  },
});

const galleryOf = (page: Page) => page.getByRole('dialog', { name: 'Template gallery' });

/** Every card lies inside the visible canvas: the view was fitted to the design. */
async function expectAllCardsInView(studio: Studio) {
  const pane = (await studio.canvas.boundingBox())!;
  await expect(async () => {
    for (const box of await Promise.all((await studio.cards.all()).map((c) => c.boundingBox()))) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box!.y).toBeGreaterThanOrEqual(pane.y - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(box!.y + box!.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
    }
  }).toPass();
}

test('a fresh visitor is greeted by the gallery: blank design first, then every template with its walkthrough', async ({ studio, page }) => {
  const gallery = galleryOf(page);
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('article', { name: 'Blank design' })).toBeVisible();
  await expect(gallery.getByRole('button', { name: 'Keep the starter design' })).toBeVisible();

  const references = gallery.getByRole('region', { name: 'Reference designs' });
  for (const t of REFERENCES) {
    const card = references.getByRole('article', { name: t.title, exact: true });
    await expect(card.getByRole('img', { name: new RegExp(`^Diagram of .*: ${t.nodes.length} components`) })).toBeVisible();
    await expect(card.getByRole('button', { name: `Open ${t.title}`, exact: true })).toBeVisible();
  }

  // The walkthrough is a numbered outline; a long one shows its first steps until asked for all.
  const first = REFERENCES[0];
  const outline = gallery.getByRole('list', { name: `Walkthrough of ${first.title}` });
  expect(await outline.evaluate((el) => el.tagName)).toBe('OL');
  await expect(outline.getByRole('listitem').first()).toHaveText(first.walkthrough[0].title);
  const more = gallery.getByRole('article', { name: first.title, exact: true }).getByRole('button', { name: /^Show all \d+ steps$/ });
  if (first.walkthrough.length > 5) {
    await expect(outline.getByRole('listitem')).toHaveCount(4);
    await more.click();
  }
  await expect(outline.getByRole('listitem')).toHaveText(first.walkthrough.map((s) => s.title));

  await gallery.getByRole('button', { name: 'Keep the starter design' }).click();
  await expect(gallery).toHaveCount(0);
  await expect(studio.cards).toHaveCount(STARTER_NODES);
});

test('"Spot the flaws" variants tell how many findings to look for and hide the answers until asked', async ({ studio, page }) => {
  test.skip(FLAWS.length === 0, 'no flaws-* template yet');
  const flaws = galleryOf(page).getByRole('region', { name: 'Spot the flaws' });
  await expect(studio.page.getByRole('dialog')).toBeVisible();
  for (const t of FLAWS) {
    const card = flaws.getByRole('article', { name: t.title, exact: true });
    const n = t.expectedFindings?.length ?? 0;
    await expect(card).toContainText(`Find the flaws: ${n} expected ${n === 1 ? 'finding' : 'findings'}`);
    const rules = (t.expectedFindings ?? []).map((f) => (typeof f === 'string' ? f : (f as { rule: string }).rule));
    const answers = card.getByRole('list', { name: `Answers for ${t.title}` });
    await expect(answers).toHaveCount(0);
    for (const rule of rules) await expect(card).not.toContainText(rule);
    await card.getByRole('button', { name: 'Show answers' }).click();
    await expect(answers.getByRole('listitem')).toHaveCount(n);
    for (const rule of rules) await expect(answers).toContainText(rule);
  }
});

for (const t of REFERENCES) {
  test(`${t.title} opens from the gallery with all its cards in view and no lint errors`, async ({ studio, page }) => {
    await galleryOf(page).getByRole('button', { name: `Open ${t.title}`, exact: true }).click();
    await expect(galleryOf(page)).toHaveCount(0);
    await expect(studio.cards).toHaveCount(t.nodes.length);
    await expect(studio.designsButton).toContainText(t.title);
    await expectAllCardsInView(studio);
    await studio.tab('Findings').click();
    await expect(studio.findings.getByRole('button', { name: '0 errors' })).toBeVisible();
  });
}

test('editing an opened template leaves the template itself untouched', async ({ studio, page }) => {
  const t = REFERENCES[0];
  const victim = t.nodes.find((n) => n.label)!;
  await galleryOf(page).getByRole('button', { name: `Open ${t.title}`, exact: true }).click();
  await expect(studio.cards).toHaveCount(t.nodes.length);

  await studio.card(victim.label!).click();
  await page.keyboard.press('Delete');
  await expect(studio.cards).toHaveCount(t.nodes.length - 1);
  await expect(studio.card(victim.label!)).toHaveCount(0);

  await studio.toolbar.getByRole('button', { name: 'Templates' }).click();
  await galleryOf(page).getByRole('button', { name: `Open ${t.title}`, exact: true }).click();
  await expect(galleryOf(page)).toHaveCount(0);
  await expect(studio.cards).toHaveCount(t.nodes.length);
  await expect(studio.card(victim.label!)).toBeVisible();

  // Both copies are the user's own designs: the edited one is kept too.
  await studio.designsButton.click();
  await expect(page.getByRole('menu', { name: 'Designs' }).getByRole('menuitemradio', { name: new RegExp(`^${t.title} ·`) })).toHaveCount(2);
});

test('a blank design starts from an empty canvas, and the Templates button brings the gallery back', async ({ studio, page }) => {
  await galleryOf(page).getByRole('button', { name: 'Create a blank design' }).click();
  await expect(galleryOf(page)).toHaveCount(0);
  await expect(studio.cards).toHaveCount(0);
  await expect(studio.designsButton).toContainText('Untitled design');

  // A returning visitor is not greeted again, but can open the gallery at any time.
  await page.reload();
  await expect(studio.designsButton).toContainText('Untitled design');
  await page.waitForLoadState('networkidle');
  await expect(galleryOf(page)).toHaveCount(0);
  await studio.toolbar.getByRole('button', { name: 'Templates' }).click();
  await expect(galleryOf(page)).toBeVisible();
  await expect(galleryOf(page).getByRole('button', { name: 'Keep editing “Untitled design”' })).toBeVisible();
});
