import { createRequire } from 'module';
const require = createRequire('/work/main/e2e/package.json');
const { chromium } = require('@playwright/test');
const [,, url, out, width='1200', scheme='light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 }).catch(e => console.log('not ready'));
if (process.argv[6]) { for (const sel of process.argv[6].split('|')) { await page.click(sel); } }
if (process.env.SCROLL) await page.evaluate(y => window.scrollTo(0, +y), process.env.SCROLL);
await page.screenshot({ path: out, fullPage: !process.env.VIEWPORT_ONLY });
await browser.close();
