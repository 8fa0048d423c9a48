import { designFile, expect, test } from './fixtures';

// A served model with nothing watching it: missing-monitoring fires on it (DOMAIN.md section C).
const UNMONITORED = designFile(
  [
    { id: 'req', kind: 'client-request', label: 'Score request', position: { x: 0, y: 0 }, props: { sloLatencyMs: 100 } },
    { id: 'srv', kind: 'model-server', label: 'Fraud model', position: { x: 300, y: 0 }, props: { latencyMs: 30 } },
  ],
  [{ source: 'req', target: 'srv', flow: 'request' }],
  'Unmonitored model',
);
const MISSING_MONITORING = 'Fraud model is served but no drift monitor watches its inputs or outputs.';

test('the Findings tab lists findings grouped by stage, with counts that add up', async ({ studio, page }) => {
  await studio.tab('Findings').click();
  const tabCount = Number((await studio.tab('Findings').locator('.tabs__count').textContent())!.trim());
  expect(tabCount).toBeGreaterThan(0);
  await expect(studio.findings.getByRole('listitem').filter({ has: page.locator('code') })).toHaveCount(tabCount);

  const groups = studio.findings.getByRole('region', { name: / findings$/ });
  expect(await groups.count()).toBeGreaterThan(1);
  let sum = 0;
  for (const group of await groups.all()) {
    const count = Number(await group.locator('.findings__count').textContent());
    await expect(group.getByRole('listitem').filter({ has: page.locator('code') })).toHaveCount(count);
    sum += count;
  }
  expect(sum).toBe(tabCount);
  // The starter's trainer splits randomly: a training-stage error about temporal leakage.
  await expect(studio.findings.getByRole('region', { name: 'Training findings' })).toContainText('future leaks into training');

  // Severity filters hide and show findings.
  const errors = studio.findings.getByRole('button', { name: /^\d+ errors$/ });
  const errorCount = Number((await errors.getAttribute('aria-label'))!.split(' ')[0]);
  expect(errorCount).toBeGreaterThan(0);
  await errors.click();
  await expect(errors).toHaveAttribute('aria-pressed', 'false');
  await expect(studio.findings.getByRole('listitem').filter({ has: page.locator('code') })).toHaveCount(tabCount - errorCount);
  await errors.click();
  await expect(studio.findings.getByRole('listitem').filter({ has: page.locator('code') })).toHaveCount(tabCount);
});

test('Fix on a missing-monitoring finding adds the monitor; undo brings the finding back', async ({ studio, page }) => {
  await studio.openFile('unmonitored.json', UNMONITORED);
  await expect(studio.designsButton).toContainText('Unmonitored model');
  await expect(studio.cards).toHaveCount(2);
  await studio.tab('Findings').click();

  const monitoring = studio.findings.getByRole('region', { name: 'Monitoring findings' });
  await expect(monitoring).toContainText(MISSING_MONITORING);
  // The model's card carries a badge for its findings, the worst being an error.
  await expect(studio.card('Fraud model').getByLabel(/^\d+ error findings$/)).toBeVisible();

  await monitoring.getByRole('button', { name: `Fix: ${MISSING_MONITORING}` }).click();
  await expect(studio.findings).not.toContainText(MISSING_MONITORING);
  await expect(studio.cards).toHaveCount(5);
  for (const label of ['Prediction log', 'Drift monitor', 'Alerting']) await expect(studio.card(label)).toBeVisible();

  await page.keyboard.press('Control+Z');
  await expect(studio.cards).toHaveCount(2);
  await expect(studio.findings.getByRole('region', { name: 'Monitoring findings' })).toContainText(MISSING_MONITORING);

  await page.keyboard.press('Control+Shift+Z');
  await expect(studio.cards).toHaveCount(5);
  await expect(studio.findings).not.toContainText(MISSING_MONITORING);
});

test('cards with findings show a badge, and it goes when the finding is fixed', async ({ studio }) => {
  const trainer = studio.card('Trainer');
  const badge = trainer.locator('.mlsd-badge');
  await expect(badge).toBeVisible();
  const before = Number((await badge.getAttribute('aria-label'))!.split(' ')[0]);
  expect(before).toBeGreaterThan(0);
  // Fixing temporal leakage (split by time) removes one of the trainer's findings.
  await studio.tab('Findings').click();
  await studio.findings.getByRole('button', { name: /^Fix: Trainer splits time-ordered data randomly/ }).click();
  await expect(studio.findings).not.toContainText('future leaks into training');
  await expect(badge).toHaveAttribute('aria-label', new RegExp(`^${before - 1} `));
});
