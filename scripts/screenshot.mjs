// Takes a screenshot of the running app for a person to look at:
//   node scripts/screenshot.mjs [url] [out.png] [--dark] [--width 1440 --height 900]
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const [url = 'http://127.0.0.1:4173/', out = '/tmp/mlsd.png'] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--w') && !args[i - 1]?.startsWith('--h'));

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
await page.screenshot({ path: out });
await browser.close();
console.log(out);
