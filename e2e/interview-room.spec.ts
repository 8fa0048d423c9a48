import type { Browser } from '@playwright/test';
import { expect, Studio } from './fixtures';
import { joinRoomLink, phase, roomTest as test, strip } from './roomFixtures';

const shots = process.env.E2E_SHOTS;

async function person(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

test('host, candidate and watcher: join, one clock across reloads, lock, end revokes the link', async ({ browser, rooms }) => {
  test.setTimeout(120_000);
  const host = await person(browser, rooms.url);
  // A first visit opens the gallery once the designs are read; a click racing it lands on the gallery.
  await new Studio(host.page).closeWelcome();
  await host.page.getByRole('button', { name: 'Start an interview' }).click();
  await host.page.getByRole('dialog', { name: 'Start an interview' }).getByRole('button', { name: 'Host a live interview room' }).click();
  await expect(strip(host.page)).toContainText('Waiting for the candidate');
  const candidateLink = await strip(host.page).getByRole('textbox', { name: 'Candidate link' }).inputValue();
  const watcherLink = await strip(host.page).getByRole('textbox', { name: 'Watcher link' }).inputValue();
  expect(candidateLink).not.toBe(watcherLink);

  const candidate = await person(browser, 'about:blank');
  await joinRoomLink(candidate.page, candidateLink, 'Sam');
  await expect(strip(host.page)).toContainText('The candidate has joined');
  await expect(strip(candidate.page)).toContainText('Waiting for the interviewer to start');
  await expect(strip(candidate.page).getByRole('button')).toHaveCount(0);
  if (shots) for (const [who, p] of [['host', host.page], ['candidate', candidate.page]] as const) await p.screenshot({ path: `${shots}/room-1-joined-${who}.png` });

  // The candidate lands with the requirements card; what they write shows in the host's panel.
  const card = (p: typeof host.page) => p.getByRole('region', { name: 'Requirements' });
  await expect(candidate.page.getByRole('tab', { name: 'Interview' })).toHaveAttribute('aria-selected', 'true');
  await card(candidate.page).getByLabel('Business objective').fill('Long-term engagement, not the next click');
  await expect(card(host.page).getByLabel('Business objective')).toHaveValue('Long-term engagement, not the next click');

  await strip(host.page).getByRole('button', { name: 'Start the clock' }).click();
  await strip(host.page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phase(candidate.page)).toContainText('ML task and metrics');

  await candidate.page.reload();
  await joinRoomLink(candidate.page, '');
  await host.page.reload();
  await joinRoomLink(host.page, '');
  await expect(phase(candidate.page)).toContainText('ML task and metrics');
  await expect(phase(host.page)).toContainText('ML task and metrics');
  await expect(strip(host.page).getByRole('button', { name: 'Lock canvas' })).toBeVisible();
  await expect(card(candidate.page).getByLabel('Business objective')).toHaveValue('Long-term engagement, not the next click');

  const watcher = await person(browser, 'about:blank');
  await joinRoomLink(watcher.page, watcherLink, 'Cy', 'Join to watch');
  await expect(phase(watcher.page)).toContainText('ML task and metrics');

  await strip(host.page).getByRole('button', { name: 'Lock canvas' }).click();
  await expect(strip(candidate.page)).toContainText('The interviewer has locked the canvas');
  await expect(card(candidate.page).getByLabel('Latency SLO (ms)')).toBeDisabled();
  await expect(card(watcher.page).getByLabel('Business objective')).toHaveJSProperty('readOnly', true);
  if (shots) for (const [who, p] of [['host', host.page], ['candidate', candidate.page]] as const) await p.screenshot({ path: `${shots}/room-2-locked-${who}.png` });

  await strip(host.page).getByRole('button', { name: 'End interview' }).click();
  await expect(strip(candidate.page)).toContainText('This interview has ended');
  await expect(strip(host.page)).toContainText('Interview ended');
  if (shots) for (const [who, p] of [['host', host.page], ['candidate', candidate.page]] as const) await p.screenshot({ path: `${shots}/room-3-ended-${who}.png` });

  const late = await person(browser, 'about:blank');
  await late.page.goto(candidateLink);
  const dialog = late.page.getByRole('dialog', { name: 'Live session' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Late');
  await dialog.getByRole('button', { name: 'Join session' }).click();
  await expect(late.page.getByRole('heading', { name: 'This interview has ended' })).toBeVisible();

  for (const p of [host, candidate, watcher, late]) await p.context.close();
});
