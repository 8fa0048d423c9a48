import { readFile } from 'node:fs/promises';
import { expect, STARTER_EDGES, test } from './fixtures';

interface PixelCheck {
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
  /** Points sampled along the edges, and how many of them show the edge's stroke colour in the snapshot. */
  sampled: number;
  matched: number;
}

/** In the page: decodes the snapshot and looks for each visible edge's stroke colour along its path. */
async function checkPixels({ png, scale }: { png: string; scale: number }): Promise<PixelCheck> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const flow = document.querySelector<HTMLElement>('.react-flow')!;
  const box = flow.getBoundingClientRect();
  const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const background = rgb(getComputedStyle(document.body).backgroundColor);
  const cards = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
  let sampled = 0;
  let matched = 0;
  for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
    const stroke = rgb(getComputedStyle(path).stroke);
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM()!;
    for (let f = 0.1; f < 0.95; f += 0.1) {
      const p = path.getPointAtLength(length * f).matrixTransform(matrix);
      // Points hidden under a card or off the canvas say nothing about the edge.
      if (p.x < box.left + 4 || p.y < box.top + 4 || p.x > box.right - 4 || p.y > box.bottom - 4) continue;
      if (cards.some((c) => p.x >= c.left - 3 && p.x <= c.right + 3 && p.y >= c.top - 3 && p.y <= c.bottom + 3)) continue;
      sampled++;
      const x = Math.round((p.x - box.left) * scale);
      const y = Math.round((p.y - box.top) * scale);
      // A window of a few pixels: dashed feedback edges leave gaps, and thin strokes blend with the background.
      const r = 2 * scale;
      const data = ctx.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data;
      const dist = (c: number[], i: number) => Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]);
      let best = Infinity;
      for (let i = 0; i < data.length; i += 4) best = Math.min(best, dist(stroke, i));
      const backgroundToStroke = Math.abs(background[0] - stroke[0]) + Math.abs(background[1] - stroke[1]) + Math.abs(background[2] - stroke[2]);
      const close = best < backgroundToStroke / 2;
      if (close) matched++;
    }
  }
  return { width: bitmap.width, height: bitmap.height, viewWidth: flow.clientWidth, viewHeight: flow.clientHeight, sampled, matched };
}

for (const scale of [1, 2]) {
  test(`Snapshot view at ${scale}× is the viewport's size times ${scale}, with the edges in the pixels`, async ({ studio, page }) => {
    await expect(studio.edges).toHaveCount(STARTER_EDGES);
    await page.getByRole('button', { name: 'Snapshot view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snapshot view' });
    await dialog.getByRole('radio', { name: `${scale}×` }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PNG' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('my-first-ml-system.view.png');
    const png = (await readFile((await download.path())!)).toString('base64');
    await expect(dialog.getByRole('img', { name: /^Snapshot, \d+ × \d+ pixels$/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const check = await page.evaluate(checkPixels, { png, scale });
    expect([check.width, check.height]).toEqual([check.viewWidth * scale, check.viewHeight * scale]);
    expect(check.sampled).toBeGreaterThan(5);
    // Antialiasing and arrowheads blur a few samples; a picture without edges matches none.
    expect(check.matched / check.sampled).toBeGreaterThan(0.7);
  });
}
