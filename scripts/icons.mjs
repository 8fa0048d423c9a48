// Draws the PNG icons of public/ from public/icon.svg, the one source of the app's icon:
//   node scripts/icons.mjs
// "any" icons keep the rounded corners; maskable ones fill the square (the platform cuts its own
// shape), which is safe because the graph sits inside the central 80 % circle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../bench/lib.mjs';

const pub = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${pub}icon.svg`, 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-192.png', size: 192, maskable: true },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const square = maskable ? '#bg { rx: 0; ry: 0; }' : '';
    await page.setContent(`<style>html,body{margin:0;background:transparent} svg{display:block;width:${size}px;height:${size}px} ${square}</style>${svg}`);
    await page.screenshot({ path: `${pub}${file}`, omitBackground: true });
    await page.close();
    console.log(`public/${file}`);
  }
} finally {
  await browser.close();
}
