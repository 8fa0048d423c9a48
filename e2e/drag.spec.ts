import { expect, test } from './fixtures';

test('dragging a card moves it and one Undo puts it back where it was', async ({ studio, page }) => {
  const card = studio.card('Trainer');
  const start = (await card.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(start.x + start.width / 2 + i * 8, start.y + start.height / 2 + i * 6);
  // While the pointer is down the card follows it.
  const during = (await card.boundingBox())!;
  expect(during.x).toBeGreaterThan(start.x + 60);
  await page.mouse.up();

  const dropped = (await card.boundingBox())!;
  expect(dropped.x).toBeCloseTo(during.x, 0);
  expect(dropped.y).toBeGreaterThan(start.y + 40);
  // The drop is in the design: it survives selecting something else.
  await studio.canvas.click({ position: { x: 10, y: 10 } });
  await expect.poll(async () => (await card.boundingBox())!.x).toBeCloseTo(dropped.x, 0);

  // The whole drag is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await card.boundingBox())!.x).toBeCloseTo(start.x, 0);
  await expect.poll(async () => (await card.boundingBox())!.y).toBeCloseTo(start.y, 0);
});
