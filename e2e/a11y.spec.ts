import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, Studio, test } from './fixtures';

/** WCAG 2.1 A and AA, as axe-core checks them. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; a failure lists each rule with the elements it found. */
async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`).join(' | ')}`);
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

// axe walks every card and edge of a template: a few seconds per screen on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    // The studio follows the system theme until the user picks one.
    test.use({ colorScheme: theme });

    test('gallery', async ({ page }) => {
      await page.goto('/');
      const gallery = page.getByRole('dialog', { name: 'Template gallery' });
      await expect(gallery.getByRole('button', { name: 'Keep the starter design' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page, 'the template gallery');
    });

    test('canvas with a template, inspector and findings', async ({ studio, page }) => {
      await openTemplate(studio, 'Spot the flaws: news feed ranking');
      await expectNoViolations(page, 'the canvas with a template');

      await studio.cards.first().click();
      await expect(studio.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
      await expectNoViolations(page, 'the inspector');

      await studio.clickEmptyCanvas();
      await studio.tab('Findings').click();
      await expect(studio.findings.getByRole('button', { name: /\d+ errors?/ })).toBeVisible();
      await expectNoViolations(page, 'the findings');
      const infos = studio.findings.getByRole('button', { name: /\d+ infos?$/ });
      await infos.click();
      await expect(infos).toHaveAttribute('aria-pressed', 'false');
      await expectNoViolations(page, 'the findings with a severity filtered out');
    });

    test('export, shortcuts and command palette', async ({ studio, page }) => {
      await studio.toolbar.getByRole('button', { name: 'Export' }).click();
      const exporting = page.getByRole('dialog', { name: 'Export' });
      await expect(exporting.getByRole('button', { name: 'Download' })).toBeVisible();
      await expectNoViolations(page, 'the export dialog');
      await page.keyboard.press('Escape');
      await expect(exporting).toHaveCount(0);

      await page.keyboard.press('?');
      const shortcuts = page.getByRole('dialog', { name: /shortcuts/i });
      await expect(shortcuts).toBeVisible();
      await expectNoViolations(page, 'the shortcuts dialog');
      await page.keyboard.press('Escape');
      await expect(shortcuts).toHaveCount(0);

      await page.keyboard.press('Control+k');
      await expect(page.getByRole('combobox', { name: 'Component or command' })).toBeFocused();
      await page.keyboard.type('rank');
      await expect(page.getByRole('option').first()).toBeVisible();
      await expectNoViolations(page, 'the command palette');
    });

    test('interview start and the interview bar', async ({ studio, page }) => {
      await studio.toolbar.getByRole('button', { name: 'Start an interview' }).click();
      const start = page.getByRole('dialog', { name: 'Start an interview' });
      await start.getByRole('radio', { name: /News feed/ }).check();
      await expectNoViolations(page, 'the interview start dialog');
      await start.getByRole('button', { name: 'Start interview' }).click();
      await expect(start).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Interview' })).toBeVisible();
      await expectNoViolations(page, 'the interview bar');
    });

    test('presenter', async ({ studio, page }) => {
      await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
      const presenter = page.getByRole('region', { name: 'Presenter' });
      await expect(presenter).toContainText('Step 1 of');
      await expectNoViolations(page, 'the presenter');
    });
  });
}

async function openTemplate(studio: Studio, title: string) {
  await studio.toolbar.getByRole('button', { name: 'Templates' }).click();
  const gallery = studio.page.getByRole('dialog', { name: 'Template gallery' });
  await gallery.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  await expect(gallery).toHaveCount(0);
  await expect(studio.cards.first()).toBeVisible();
}
