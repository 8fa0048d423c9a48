// Takes a screenshot of the running app for a person to look at:
//   node scripts/screenshot.mjs [url] [out.png] [--dark] [--width 1440 --height 900]
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const valued = new Set(['--width', '--height', '--wait', '--press']);
const [url = 'http://127.0.0.1:4173/', out = '/tmp/mlsd.png'] = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({
  viewport: { width: Number(value('--width', 1440)), height: Number(value('--height', 900)) },
  colorScheme: flag('--dark') ? 'dark' : 'light',
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(Number(value('--wait', 1200)));
// --press Escape (repeatable) presses keys before the shot, e.g. to close the first-visit gallery.
for (let i = 0; i < args.length; i++) if (args[i] === '--press') {
  await page.keyboard.press(args[i + 1]);
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out });
await browser.close();
console.log(out);
