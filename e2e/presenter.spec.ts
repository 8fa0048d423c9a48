import { designFile, expect, STARTER_EDGES, STARTER_NODES, test } from './fixtures';

test('presents the design step by step in the framework order, dimming all but the step’s cards', async ({ studio, page }) => {
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  await expect(studio.toolbar).toBeHidden();
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Problem');
  await expect(presenter).toContainText('Step 1 of 6');
  await expect(studio.card('Feed request').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await expect(studio.card('Engagement ranker').locator('.mlsd-node')).toHaveClass(/present-dim/);
  await expect(studio.card('Feed request')).toBeInViewport();

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Data');
  await page.keyboard.press('Space');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Features');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Model: retrieval and ranking');
  await expect(studio.card('Engagement ranker').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await expect(studio.card('Candidate generation').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await expect(studio.card('Feed request').locator('.mlsd-node')).toHaveClass(/present-dim/);
  await expect(presenter.getByLabel('Speaker notes')).toContainText('Engagement ranker');
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Features');

  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await expect(studio.toolbar).toBeVisible();
  await expect(page.locator('.present-dim')).toHaveCount(0);
});

test('nothing can be edited by accident while presenting', async ({ studio, page }) => {
  await studio.card('Engagement ranker').click();
  await page.keyboard.press('Alt+p');
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  // Editing shortcuts are ignored: delete, select all, duplicate, undo, the palette.
  for (const key of ['Delete', 'Backspace', 'Control+a', 'Control+d', 'Control+z', 'Control+k']) await page.keyboard.press(key);
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(studio.edges).toHaveCount(STARTER_EDGES);

  // A card cannot be dragged, selected or wired.
  const card = studio.card('Feed request');
  await expect(card).not.toHaveClass(/draggable|selectable|connectable/);
  const before = (await card.boundingBox())!;
  await page.mouse.move(before.x + 60, before.y + 40);
  await page.mouse.down();
  await page.mouse.move(before.x + 260, before.y + 140, { steps: 8 });
  await page.mouse.up();
  await expect(card).not.toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  // Back in the editor, the design is as it was: one card fewer would mean the Delete went through.
  await expect(studio.cards).toHaveCount(STARTER_NODES);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a template’s walkthrough is presented with its titles and notes', async ({ studio, page }) => {
  const file = {
    ...designFile(
      [
        { id: 'req', kind: 'client-request', label: 'Feed open', position: { x: 0, y: 0 }, props: {} },
        { id: 'hr', kind: 'heavy-ranker', label: 'DLRM', position: { x: 300, y: 0 }, props: {} },
        { id: 't', kind: 'trainer', position: { x: 300, y: 200 }, props: {} },
      ],
      [{ source: 'req', target: 'hr', flow: 'request' }],
    ),
    walkthrough: [
      { title: 'Start with the ranker', nodeIds: ['hr'], notes: 'Multi-task DLRM: p_like, p_comment, p_share.' },
      { title: 'Then the request', nodeIds: ['req'], notes: 'SLO 100 ms.' },
    ],
  };
  await studio.openFile('walk.json', file);
  await expect(studio.card('DLRM')).toBeVisible();
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Start with the ranker');
  await expect(presenter.getByLabel('Speaker notes')).toHaveText('Multi-task DLRM: p_like, p_comment, p_share.');
  await expect(studio.card('Trainer').locator('.mlsd-node')).toHaveClass(/present-dim/);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('Then the request');
  await expect(presenter).toContainText('Step 2 of 2');
  await expect(presenter.getByRole('button', { name: 'Next →' })).toBeDisabled();
});

test('the order can be edited and is saved into the design as one undo step', async ({ studio, page }) => {
  const presenter = page.getByRole('region', { name: 'Presenter' });
  const title = presenter.getByRole('heading', { level: 2 });
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  await presenter.getByRole('button', { name: 'Edit order' }).click();
  const editor = page.getByRole('region', { name: 'Walkthrough order' });
  await editor.getByRole('button', { name: 'Move “Data” up' }).click();
  await editor.getByRole('button', { name: 'Remove Candidate generation from “Model: retrieval and ranking”' }).click();
  await expect(editor.getByRole('listitem').first()).toContainText('Data');
  await editor.getByRole('button', { name: 'Save order' }).click();
  await expect(editor).toHaveCount(0);
  await expect(title).toHaveText('Data');

  // The model step now lights only the ranker.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Model: retrieval and ranking');
  await expect(studio.card('Candidate generation').locator('.mlsd-node')).toHaveClass(/present-dim/);
  await expect(studio.card('Engagement ranker').locator('.mlsd-node')).toHaveClass(/present-focus/);
  await page.keyboard.press('Escape');

  // Saved with the design: presenting again starts with Data; one undo brings the old order back.
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(title).toHaveText('Data');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await studio.toolbar.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(title).toHaveText('Problem');
});
