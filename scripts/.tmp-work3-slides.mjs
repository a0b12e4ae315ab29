import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const [base, out, ...ids] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const prefix of ['/present/', '/en/present/']) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, javaScriptEnabled: false });
  await page.goto(base + prefix, { waitUntil: 'networkidle' });
  const all = await page.$$eval('[data-slide]', (els) => els.map((e) => e.getAttribute('data-slide')));
  for (const id of ids) {
    const f = `${out}/${prefix.startsWith('/en/') ? 'en' : 'zh'}-${id}.png`;
    await page.locator(`[data-slide="${id}"]`).screenshot({ path: f });
    console.log(f);
  }
  await page.close();
}
await browser.close();
