import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, Studio } from './fixtures';
import { joinRoomLink, phase, roomTest as test, strip } from './roomFixtures';

const shots = process.env.E2E_SHOTS;
const NOTE = 'Private-note-7f3: asked about scale only when prompted';
/** The candidate's machine runs three minutes fast: the shared clock must not. */
const CANDIDATE_SKEW_MS = 3 * 60_000;

const seconds = (clock: string) => {
  const [m, s] = clock.match(/(\d+):(\d\d)/)!.slice(1).map(Number);
  return m * 60 + s;
};
const overallLeft = async (page: Page) => seconds((await strip(page).getByLabel('Interview time').textContent()) ?? '');

async function person(browser: Browser, url: string, skewMs = 0) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (skewMs) await context.addInitScript((skew) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + skew;
  }, skewMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

/** Every WebSocket frame the page receives, as text (Yjs writes strings as UTF-8, so any text sent shows). */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  return frames;
}

/** All this origin keeps in the browser: every IndexedDB record (the room's Y.Doc updates too) and web storage. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const text = (v: unknown): string =>
      v instanceof Uint8Array ? new TextDecoder().decode(v) : v instanceof ArrayBuffer ? new TextDecoder().decode(new Uint8Array(v)) : Array.isArray(v) ? v.map(text).join('\n') : typeof v === 'object' && v !== null ? Object.values(v).map(text).join('\n') : String(v);
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        out.push(`[${info.name}/${store}]`, ...all.map(text));
      }
      db.close();
    }
    return out.join('\n');
  });
}

async function sideBySide(moment: string, host: Page, candidate: Page) {
  if (!shots) return;
  await host.screenshot({ path: `${shots}/host-${moment}-a-host.png` });
  await candidate.screenshot({ path: `${shots}/host-${moment}-b-candidate.png` });
}

test("the interviewer's private view, hints off for the candidate, one clock on skewed machines, end and review", async ({ browser, rooms }) => {
  test.setTimeout(180_000);
  const host = await person(browser, rooms.url);
  const hostStudio = new Studio(host.page);
  await hostStudio.closeWelcome();
  await host.page.getByRole('button', { name: 'Start an interview' }).click();
  const start = host.page.getByRole('dialog', { name: 'Start an interview' });
  await expect(start.getByRole('checkbox', { name: /No hints/ })).toBeChecked();
  await start.getByRole('button', { name: 'Host a live interview room' }).click();
  await expect(strip(host.page)).toContainText('Waiting for the candidate');
  const candidateLink = await strip(host.page).getByRole('textbox', { name: 'Candidate link' }).inputValue();
  const watcherLink = await strip(host.page).getByRole('textbox', { name: 'Watcher link' }).inputValue();

  // The host's private view: rubric, checklist and comparison, in the host's side panel only.
  const privateView = host.page.getByLabel("Interviewer's private view");
  await expect(privateView.getByRole('region', { name: 'Rubric' })).toBeVisible();
  await expect(privateView.getByRole('region', { name: 'Checklist' })).toBeVisible();
  await expect(privateView.getByRole('region', { name: 'Compared with the reference design' })).toContainText('Missing kinds');
  await privateView.getByRole('textbox', { name: 'Notes: Clarify the problem' }).fill(NOTE);

  const candidate = await person(browser, 'about:blank', CANDIDATE_SKEW_MS);
  const candidateStudio = new Studio(candidate.page);
  const frames = recordFrames(candidate.page);
  await joinRoomLink(candidate.page, candidateLink, 'Sam');
  await expect(strip(host.page)).toContainText('The candidate has joined');
  await strip(host.page).getByRole('button', { name: 'Start the clock' }).click();
  await expect(phase(candidate.page)).toContainText('Clarify the problem');
  await sideBySide('1-start', host.page, candidate.page);

  // The candidate draws a trainer (it has findings: no labels) and an event log (a data source).
  const pane = candidateStudio.canvas;
  await candidateStudio.paletteItem('Trainer').dragTo(pane, { targetPosition: { x: 200, y: 200 } });
  await candidateStudio.paletteItem('Event log').dragTo(pane, { targetPosition: { x: 420, y: 200 } });
  await expect(hostStudio.cards).toHaveCount(2);
  const rubric = privateView.getByRole('region', { name: 'Rubric' });
  await expect(rubric.getByRole('row').filter({ hasText: /[1-9]/ })).not.toHaveCount(0);
  await privateView.locator('summary', { hasText: 'Data and features' }).click();
  await expect(privateView.getByRole('listitem').filter({ hasText: 'Training data sources' })).toContainText('shown by the design');
  await expect(hostStudio.tab('Findings')).toHaveText(/Findings\s*[1-9]/);

  // Hints off: no findings anywhere on the candidate's screen...
  await expect(candidateStudio.cards).toHaveCount(2);
  await expect(candidateStudio.tab('Findings')).toHaveText('Findings');
  await candidateStudio.tab('Findings').click();
  await expect(candidateStudio.findings).toContainText('The interviewer has turned hints off');
  await expect(candidate.page.locator('.mlsd-badge')).toHaveCount(0);
  // The candidate's Interview tab holds the prompt and the shared requirements card, none of the private view.
  await candidate.page.getByRole('tab', { name: 'Interview' }).click();
  await expect(candidate.page.getByRole('region', { name: 'Requirements' })).toBeVisible();
  await expect(candidate.page.getByText('Rubric by stage')).toHaveCount(0);
  await expect(candidate.page.getByRole('region', { name: 'Checklist' })).toHaveCount(0);
  await expect(candidate.page.getByText(NOTE)).toHaveCount(0);

  // ...and nothing private in its browser: not in the room's doc it keeps, nor in any frame it received.
  await strip(host.page).getByRole('button', { name: 'Next phase' }).click();
  await expect(phase(candidate.page)).toContainText('ML task and metrics');
  const received = frames.join('\n');
  expect(received, 'the frames carry the room (the host is named in them)').toContain('Interviewer');
  expect(received).not.toContain(NOTE);
  expect(received).not.toContain('Rubric');
  const kept = await storedText(candidate.page);
  expect(kept, 'the candidate keeps the room doc (it names the design)').toContain('News feed');
  expect(kept).not.toContain(NOTE);

  // One clock: the candidate's machine runs 3 minutes fast, yet both read the same time, also after reloads.
  const agree = async () => {
    await expect(phase(candidate.page)).toContainText('ML task and metrics');
    await expect(phase(host.page)).toContainText('ML task and metrics');
    await expect.poll(async () => Math.abs((await overallLeft(host.page)) - (await overallLeft(candidate.page)))).toBeLessThanOrEqual(2);
  };
  await agree();
  await candidate.page.reload();
  await joinRoomLink(candidate.page, '');
  await host.page.reload();
  await joinRoomLink(host.page, '');
  await agree();
  // The note survived the host's reload: it lives in the host's IndexedDB.
  await privateView.locator('summary', { hasText: 'Clarify the problem' }).click();
  await expect(privateView.getByRole('textbox', { name: 'Notes: Clarify the problem' })).toHaveValue(NOTE);
  await candidateStudio.tab('Findings').click();
  await expect(candidateStudio.findings).toContainText('The interviewer has turned hints off');
  await sideBySide('2-mid', host.page, candidate.page);

  const watcher = await person(browser, 'about:blank');
  await joinRoomLink(watcher.page, watcherLink, 'Cy', 'Join to watch');
  await expect(phase(watcher.page)).toContainText('ML task and metrics');

  // End: the candidate is told, the design freezes, and the link never opens it again.
  await strip(host.page).getByRole('button', { name: 'End interview' }).click();
  const live = candidate.page.getByRole('group', { name: 'Live session' });
  await expect(live.getByRole('button', { name: /^Connection: Interview ended/ })).toBeVisible();
  await expect(live).not.toContainText('Live');
  await expect(strip(candidate.page)).toContainText('This interview has ended');
  await candidateStudio.paletteItem('Drift monitor').dragTo(pane, { targetPosition: { x: 300, y: 380 } });
  await expect(candidate.page.getByText('The interview has ended: the design is frozen.')).toBeVisible();
  await expect(candidateStudio.cards).toHaveCount(2);
  await expect(hostStudio.cards).toHaveCount(2);

  // The host lands on the review, exports it and prints the scorecard.
  const review = host.page.getByRole('dialog', { name: /^Interview review/ });
  await expect(review.getByRole('region', { name: 'Time per phase' })).toContainText('Clarify the problem');
  await expect(review.getByRole('region', { name: "Interviewer's notes" })).toContainText(NOTE);
  await expect(review.getByRole('region', { name: 'Findings per stage' })).toContainText('training');
  await expect(review.getByRole('region', { name: 'Comments' })).toBeVisible();
  await sideBySide('3-review', host.page, candidate.page);
  const download = host.page.waitForEvent('download');
  await review.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toMatch(/\| Clarify the problem \| 5:00 \| \d+:\d\d \|/);
  expect(markdown).toMatch(/\| ML task and metrics \| 5:00 \| \d+:\d\d \|/);
  expect(markdown).toContain('## Findings per stage');
  expect(markdown).toMatch(/- \*\*error|- \*\*warning/);
  expect(markdown).toContain(NOTE);
  expect(markdown).toContain('## Comments');

  await host.page.emulateMedia({ media: 'print' });
  await expect(host.page.locator('.react-flow')).toBeHidden();
  await expect(host.page.getByRole('toolbar', { name: 'Main toolbar' })).toBeHidden();
  await expect(review.getByRole('region', { name: "Interviewer's notes" })).toBeVisible();
  await expect(review.getByRole('button', { name: 'Print scorecard' })).toBeHidden();
  if (shots) await host.page.screenshot({ path: `${shots}/host-4-print.png`, fullPage: true });
  await host.page.emulateMedia({ media: 'screen' });

  // The candidate's link, reloaded or opened anew, shows the ended page, never the design.
  await candidate.page.reload();
  await expect(candidate.page.getByRole('heading', { name: 'This interview has ended' })).toBeVisible();
  await expect(candidateStudio.cards).toHaveCount(0);
  const late = await person(browser, 'about:blank');
  await late.page.goto(watcherLink);
  await late.page.getByRole('dialog', { name: 'Live session' }).getByRole('textbox', { name: 'Your name' }).fill('Late');
  await late.page.getByRole('dialog', { name: 'Live session' }).getByRole('button', { name: 'Join to watch' }).click();
  await expect(late.page.getByRole('heading', { name: 'This interview has ended' })).toBeVisible();

  for (const p of [host, candidate, watcher, late]) {
    expect(p.errors, 'page errors').toEqual([]);
    await p.context.close();
  }
});
