import { expect, type Locator, type Page, test as base } from '@playwright/test';

/**
 * Every test gets a fresh browser context (fresh IndexedDB and localStorage), opens the studio and
 * fails if the page logged a console error or threw.
 */
export const test = base.extend<{ studio: Studio }>({
  studio: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const studio = new Studio(page);
    await studio.open();
    await use(studio);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

export const STARTER_NODES = 7;
export const STARTER_EDGES = 7;

export class Studio {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.cards.first()).toBeVisible();
    await this.closeWelcome();
  }

  /** A first visit greets the user with the template gallery in front of the starter design; close it. */
  async closeWelcome() {
    const gallery = this.page.getByRole('dialog', { name: 'Template gallery' });
    await expect(gallery).toBeVisible();
    await gallery.getByRole('button', { name: 'Close' }).click();
    await expect(gallery).toHaveCount(0);
  }

  get canvas() {
    return this.page.locator('.react-flow__pane');
  }

  get cards() {
    return this.page.locator('.react-flow__node');
  }

  get edges() {
    return this.page.locator('.react-flow__edge');
  }

  /** A component's card, by its label as shown on the canvas. */
  card(label: string): Locator {
    return this.cards.filter({ has: this.page.locator('.mlsd-node__label', { hasText: new RegExp(`^${escape(label)}$`) }) });
  }

  get palette() {
    return this.page.getByRole('complementary', { name: 'Components' });
  }

  paletteItem(label: string) {
    return this.palette.getByRole('button', { name: label, exact: true });
  }

  get toolbar() {
    return this.page.getByRole('toolbar', { name: 'Main toolbar' });
  }

  get designsButton() {
    return this.toolbar.locator('.designs__button');
  }

  tab(name: 'Inspector' | 'Findings') {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  get findings() {
    return this.page.getByRole('region', { name: 'Findings', exact: true });
  }

  /** Opens a design file through the toolbar's Open button and the system file chooser. */
  async openFile(name: string, content: unknown) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.toolbar.getByRole('button', { name: 'Open design file' }).click();
    const fileChooser = await chooser;
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    await fileChooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** Clicks an empty part of the canvas: clears the selection and takes focus out of any field. */
  async clickEmptyCanvas() {
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.click(box.x + 30, box.y + box.height - 30);
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A design file, format 1. */
export function designFile<N extends object, E extends object>(nodes: N[], edges: E[], title = 'Test design') {
  return { format: 'mlsd-studio/design', version: 1, title, nodes, edges };
}
