import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test as base } from './fixtures';

// A fake clock from the first script of the page on: the interview's time only moves when the test says.
const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: new Date('2025-01-06T09:00:00Z') });
    await use(page);
  },
});

const bar = (page: Page) => page.getByRole('region', { name: 'Interview' });
const phaseClock = (page: Page) => bar(page).getByRole('timer', { name: 'Phase time' });
const overallClock = (page: Page) => bar(page).getByRole('timer', { name: 'Interview time' });
const shots = process.env.E2E_SHOTS;

test('a 45-minute interview on the news feed prompt, from the prompt to the exported review', async ({ studio, page }) => {
  // Start from the "News feed" practice prompt.
  await studio.toolbar.getByRole('button', { name: 'Start an interview' }).click();
  const start = page.getByRole('dialog', { name: 'Start an interview' });
  await expect(start).toBeVisible();
  // From here on time moves only when the test moves it.
  await page.clock.pauseAt(new Date('2025-01-06T10:00:00Z'));
  await start.getByRole('radio', { name: /News feed/ }).check();
  await expect(start.getByRole('radio', { name: '45 minutes' })).toBeChecked();
  await expect(start.getByRole('list', { name: 'Time boxes' })).toContainText('Data and features 10 min');
  if (shots) await start.screenshot({ path: `${shots}/interview-start.png` });
  await start.getByRole('button', { name: 'Start interview' }).click();
  await expect(start).toHaveCount(0);

  // A new design, an empty canvas and the bar with the first phase and its time box.
  await expect(studio.designsButton).toContainText('News feed');
  await expect(studio.cards).toHaveCount(0);
  await expect(bar(page)).toContainText('1/6 Clarify the problem');
  await expect(phaseClock(page)).toHaveText('5:00 left in phase');
  await expect(overallClock(page)).toHaveText('45:00 left overall');

  // The requirements card: its figures land on a client-request node, one undo step each.
  const side = page.getByRole('tab', { name: 'Interview' });
  await expect(side).toHaveAttribute('aria-selected', 'true');
  const card = page.getByRole('region', { name: 'Requirements' });
  await card.getByLabel('Latency SLO (ms)').fill('fast');
  await card.getByLabel('Latency SLO (ms)').press('Enter');
  await expect(card.getByRole('alert')).toHaveText('Latency SLO must be a number, got "fast"');
  await expect(studio.cards).toHaveCount(0);
  await card.getByLabel('Latency SLO (ms)').fill('200');
  await card.getByLabel('Latency SLO (ms)').press('Enter');
  await card.getByLabel('Scale (QPS)').fill('10,000');
  await card.getByLabel('Business objective').click();
  const client = studio.card('Client request');
  await expect(client).toContainText('SLO 200 ms');
  await expect(client).toContainText('10,000 QPS');
  await expect(studio.cards).toHaveCount(1);
  await studio.toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(client).not.toContainText('QPS');
  await expect(client).toContainText('SLO 200 ms');
  await expect(card.getByLabel('Scale (QPS)')).toHaveValue('');
  await studio.toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(card.getByLabel('Scale (QPS)')).toHaveValue('10000');
  await card.getByLabel('Business objective').fill('Long-term engagement, not the next click');

  // The clarify checklist ticks itself from the card and the design.
  const clarify = page.getByRole('list', { name: 'Clarify the problem checklist' });
  await expect(clarify.getByRole('checkbox', { name: /Business objective named/ })).toBeChecked();
  await expect(clarify.getByRole('checkbox', { name: /Scale: users/ })).toBeChecked();
  await expect(clarify.getByRole('checkbox', { name: /Safety, fairness/ })).not.toBeChecked();
  await clarify.getByRole('checkbox', { name: /Safety, fairness/ }).check();

  // No hints: the findings tab and the node badges stay quiet.
  await studio.tab('Findings').click();
  await expect(studio.findings).toContainText('Findings are hidden while you practise');
  await expect(page.locator('.mlsd-badge:visible')).toHaveCount(0);

  // Time passes: the phase runs over, gently.
  await page.clock.fastForward('04:00');
  await expect(phaseClock(page)).toHaveText('1:00 left in phase');
  await page.clock.fastForward('02:20');
  await expect(phaseClock(page)).toHaveText('over by 1:20');
  await expect(bar(page)).toHaveClass(/interview-bar--over/);
  if (shots) await bar(page).screenshot({ path: `${shots}/interview-bar-over.png` });

  await bar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(bar(page)).toContainText('2/6 ML task and metrics');
  await expect(phaseClock(page)).toHaveText('5:00 left in phase');
  await expect(overallClock(page)).toHaveText('38:40 left overall');
  await page.clock.fastForward('03:00');
  await bar(page).getByRole('button', { name: 'Next phase' }).click();
  await expect(bar(page)).toContainText('3/6 Data and features');
  await page.clock.fastForward('02:00');
  await expect(phaseClock(page)).toHaveText('8:00 left in phase');

  // A reload mid-way: same phase, same time left, same notes.
  await page.reload();
  await expect(bar(page)).toContainText('3/6 Data and features');
  await expect(phaseClock(page)).toHaveText('8:00 left in phase');
  await expect(overallClock(page)).toHaveText('33:40 left overall');
  await page.getByRole('tab', { name: 'Interview' }).click();
  await expect(page.getByRole('region', { name: 'Requirements' }).getByLabel('Business objective')).toHaveValue('Long-term engagement, not the next click');

  // Pause: the clock stands still however long the break.
  await bar(page).getByRole('button', { name: 'Pause' }).click();
  await page.clock.fastForward('10:00');
  await expect(phaseClock(page)).toHaveText('8:00 left in phase');
  await bar(page).getByRole('button', { name: 'Resume' }).click();

  // Skip ahead to serving, spend a while there, then call it a day.
  await bar(page).getByRole('combobox', { name: 'Skip to phase' }).selectOption('serving');
  await expect(bar(page)).toContainText('5/6 Serving and monitoring');
  await page.clock.fastForward('04:00');
  await expect(phaseClock(page)).toHaveText('6:00 left in phase');
  if (shots) await page.screenshot({ path: `${shots}/interview-studio.png` });
  await bar(page).getByRole('button', { name: 'End interview' }).click();
  // The interview's clock has stopped; let the page's own time flow again (the review loads lazily).
  await page.clock.resume();

  // The review: time per phase, planned against actual, and the reference comparison.
  const review = page.getByRole('dialog', { name: 'Interview review: News feed' });
  const times = review.getByRole('region', { name: 'Time per phase' });
  await expect(times.getByRole('row', { name: /Clarify the problem/ })).toHaveText(/Clarify the problem\s*5:00\s*6:20\s*\+1:20/);
  await expect(times.getByRole('row', { name: /ML task and metrics/ })).toHaveText(/5:00\s*3:00\s*−2:00/);
  await expect(times.getByRole('row', { name: /Data and features/ })).toHaveText(/10:00\s*2:00\s*−8:00/);
  await expect(times.getByRole('row', { name: /Model and training/ })).toHaveText(/10:00\s*0:00\s*−10:00/);
  await expect(times.getByRole('row', { name: /Serving and monitoring/ })).toHaveText(/10:00\s*4:00\s*−6:00/);
  await expect(times.getByRole('row', { name: /Total/ })).toHaveText(/45:00\s*15:20/);
  const compare = review.getByRole('region', { name: 'Compared with the reference design' });
  await expect(compare).toContainText('News feed ranking');
  await expect(compare).toContainText(/Missing kinds.*Candidate generation.*Heavy ranker/s);
  await expect(compare).toContainText(/Missing loops.*Serving → logs → labels → training/s);
  await expect(review.getByRole('region', { name: 'Findings review' })).toContainText(/\d+/);
  if (shots) await review.screenshot({ path: `${shots}/interview-review.png` });

  // Export as Markdown.
  const downloading = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('news-feed-interview-review.md');
  const md = readFileSync((await download.path())!, 'utf8');
  expect(md).toMatch(/^# Interview review: News feed/);
  expect(md).toContain('| Clarify the problem | 5:00 | 6:20 | +1:20 |');
  expect(md).toContain('| Serving and monitoring | 10:00 | 4:00 | −6:00 |');
  expect(md).toContain('- **Latency SLO:** 200 ms');
  expect(md).toContain('- **Scale:** 10,000 QPS');
  expect(md).toContain('- **Business objective:** Long-term engagement, not the next click');
  expect(md).toContain('- [x] Safety, fairness, privacy and compute constraints asked about _(ticked by hand)_');
  expect(md).toContain('Reference: **News feed ranking** (`templates/news-feed-ranking.json`)');
  expect(md).toMatch(/- \*\*Missing kinds:\*\* .*Heavy ranker/);

  // The findings are back once the interview is over.
  await review.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(bar(page)).toContainText('Interview ended after 15:20');
  await studio.tab('Findings').click();
  await expect(studio.findings).not.toContainText('Findings are hidden');
  await expect(studio.tab('Findings')).toHaveText(/Findings\s*\d+/);
});

test('time up ends the interview and opens the review; a blank canvas needs a title', async ({ studio, page }) => {
  await studio.toolbar.getByRole('button', { name: 'Start an interview' }).click();
  const start = page.getByRole('dialog', { name: 'Start an interview' });
  await expect(start).toBeVisible();
  await page.clock.pauseAt(new Date('2025-01-06T10:00:00Z'));
  await start.getByRole('radio', { name: /Blank canvas/ }).check();
  await start.getByRole('radio', { name: '30 minutes' }).check();
  await expect(start.getByRole('list', { name: 'Time boxes' })).toContainText('Clarify the problem 3 min');
  await start.getByRole('textbox', { name: 'Title' }).fill('  ');
  await start.getByRole('button', { name: 'Start interview' }).click();
  await expect(start.getByRole('alert')).toHaveText('Give the interview a title');
  await start.getByRole('textbox', { name: 'Title' }).fill('Ride ETA');
  await start.getByLabel(/No hints/).uncheck();
  await start.getByRole('button', { name: 'Start interview' }).click();

  await expect(bar(page)).toContainText('1/6 Clarify the problem');
  await expect(phaseClock(page)).toHaveText('3:00 left in phase');
  // Hints on: findings stay visible during this one.
  await studio.tab('Findings').click();
  await expect(studio.findings).not.toContainText('Findings are hidden');

  await page.clock.fastForward('30:01');
  await page.clock.resume();
  const review = page.getByRole('dialog', { name: 'Interview review: Ride ETA' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('region', { name: 'Time per phase' }).getByRole('row', { name: /Clarify the problem/ })).toHaveText(/3:00\s*30:00\s*\+27:00/);
  await expect(review).toContainText('A blank-canvas interview has no reference design to compare with.');
});
