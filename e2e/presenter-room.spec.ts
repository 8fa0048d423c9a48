import { expect } from './fixtures';
import { hostAndGuest, roomTest as test } from './roomFixtures';

test('a presenter in a live room leads: the other screen follows the steps, without the speaker notes', async ({ browser, rooms, errors }) => {
  // Two browsers and a server on a shared machine: more time than one page needs, no timing asserted.
  test.setTimeout(90_000);
  const [host, guest] = await hostAndGuest(browser, rooms, errors, ['Ada', 'Sam']);

  await host.studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  const presenter = host.page.getByRole('region', { name: 'Presenter' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Problem');

  const follow = guest.page.getByRole('status', { name: 'Following Ada' });
  await expect(follow).toContainText('Step 1 of 6: Problem');
  await expect(guest.studio.card('Feed request').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await expect(guest.studio.card('Engagement ranker').locator('.mlsd-node')).toHaveClass(/present-dim/);

  for (let i = 0; i < 3; i++) await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Model: retrieval and ranking');
  await expect(presenter.getByLabel('Speaker notes')).toContainText('Engagement ranker');
  await expect(follow).toContainText('Step 4 of 6: Model: retrieval and ranking');
  await expect(guest.studio.card('Engagement ranker').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await expect(guest.studio.card('Engagement ranker')).toBeInViewport();
  await expect(guest.studio.card('Feed request').locator('.mlsd-node')).toHaveClass(/present-dim/);
  // The speaker notes stay on the presenter's screen: the follower has no presenter panel at all.
  await expect(guest.page.getByLabel('Speaker notes')).toHaveCount(0);
  await expect(guest.page.getByRole('region', { name: 'Presenter' })).toHaveCount(0);
  await host.page.screenshot({ path: 'test-results/presenter-room-host.png' });
  await guest.page.screenshot({ path: 'test-results/presenter-room-guest.png' });

  // Stop following: the follower's canvas is theirs again, while the presenter goes on.
  await follow.getByRole('button', { name: 'Stop following' }).click();
  await expect(follow).toHaveCount(0);
  await expect(guest.page.locator('.present-dim')).toHaveCount(0);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(presenter).toContainText('Step 5 of 6');
  await expect(follow).toHaveCount(0);

  // Presenting again leads again; leaving the presenter releases everyone.
  await presenter.getByRole('button', { name: 'Exit presenter' }).click();
  await host.studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(follow).toContainText('Step 1 of 6: Problem');
  await host.page.getByRole('region', { name: 'Presenter' }).getByRole('button', { name: 'Exit presenter' }).click();
  await expect(follow).toHaveCount(0);
  await expect(guest.page.locator('.present-dim')).toHaveCount(0);

  await host.context.close();
  await guest.context.close();
});
