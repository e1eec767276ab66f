// Embeds without embed.js, as Canvas (which strips <script>) shows them: the kit's snippets,
// pasted as they are into a stand-in course page on another origin (a Moodle-like column:
// 15 px margins on a phone, 784 px wide on a computer), must show their whole content with no
// scrollbar inside the frame at 390 and 1280 px: every compact widget in both languages, and
// every whole section (whose heights come from src/domain/embed/heights.rs; when this fails
// after a change of layout or text, run `node scripts/embed-heights.mjs` after `make build`).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { type Lang, openApp } from './helpers';

/** A second loopback origin that serves the course pages a test writes. */
type Course = { url: string; pages: Map<string, string> };

const test = base.extend<{}, { course: Course }>({
  course: [
    async ({}, use) => {
      const pages = new Map<string, string>();
      const server = http.createServer((req, res) => {
        const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
        res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(body ?? '');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    { scope: 'worker' },
  ],
  allowedOrigins: async ({ course }, use) => {
    await use([course.url]);
  },
});

test.describe.configure({ mode: 'parallel' });

/** The course page a lecturer makes: a heading, then each snippet between paragraphs. */
const coursePage = (snippets: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Week 5 (stand-in course page)</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: sans-serif; } main { max-width: 784px; margin: 0 auto; padding: 0 15px; }</style>
</head><body><main><h1>Week 5: Parasocial relationships</h1>
${snippets.map((s, i) => `<p>Before embed ${i + 1}.</p>\n<p>${s}</p>\n<p>After embed ${i + 1}.</p>`).join('\n')}
</main></body></html>`;

/** The kit's embed code for every section in `lang` that offers `what` ('widget' or '1'). */
async function snippets(page: Page, lang: Lang, what: 'widget' | '1'): Promise<string[]> {
  await openApp(page, `/${lang}/teach/`);
  const section = page.locator('#teach-section');
  const out: string[] = [];
  for (const value of await section.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
    await section.selectOption(value);
    const choice = page.locator(`input[name="teach-embed"][value="${what}"]`);
    if (await choice.count()) await choice.check();
    const code = (await page.getByTestId('teach-snippet').textContent())!;
    if (code.includes(`?embed=${what}"`)) out.push(code);
  }
  return out;
}

/** Opens the course page at `width` and checks every frame: loaded, at its snippet's height,
 * and its document no taller and no wider than the frame. */
async function expectAllFit(page: Page, course: Course, name: string, codes: string[], width: number) {
  expect(codes.every((c) => !c.includes('<script')), 'snippets without the resizer script').toBe(true);
  course.pages.set(`/${name}`, coursePage(codes));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${course.url}/${name}`);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(codes.length);
  const overflowing: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const frame = frames.nth(i);
    await frame.scrollIntoViewIfNeeded();
    const inside = page.frameLocator(`iframe >> nth=${i}`);
    await expect(inside.locator('html')).toHaveAttribute('data-ready', 'true');
    const box = (await frame.boundingBox())!;
    expect(Math.round(box.height), 'no script resized the frame').toBe(Number(/height="(\d+)"/.exec(codes[i])![1]));
    const size = await inside.locator('html').evaluate((html) => ({
      scroll: html.scrollHeight,
      client: html.clientHeight,
      wide: html.scrollWidth,
      width: html.clientWidth,
      src: location.href,
    }));
    if (size.scroll > size.client || size.wide > size.width) {
      overflowing.push(`${size.src}: ${size.wide}×${size.scroll} in ${size.width}×${size.client}`);
    }
  }
  expect(overflowing, `frames with a scrollbar inside at ${width} px`).toEqual([]);
}

for (const lang of ['en', 'id'] as const) {
  test(`${lang}: every compact widget, pasted without embed.js into a course page on another origin, shows whole with no inner scrollbar at 390 and 1280 px`, async ({ page, course }) => {
    test.setTimeout(120_000);
    const codes = await snippets(page, lang, 'widget');
    // The overview's and the three families' diagrams, the post explorable and the quiz.
    expect(codes).toHaveLength(6);
    for (const width of [390, 1280]) await expectAllFit(page, course, `widgets-${lang}`, codes, width);
    // What a widget shows: its figure, not the page's text around it.
    const quiz = page.frameLocator(`iframe[src$="/${lang}/quiz/?embed=widget"]`);
    await expect(quiz.getByTestId('quiz-start')).toBeVisible();
    await expect(quiz.locator('h1')).toBeHidden();
    await expect(quiz.getByRole('link', { name: /full explainer|penjelasan lengkap/ })).toBeVisible();
    const post = page.frameLocator(`iframe[src$="/${lang}/parasocial/?embed=widget"]`);
    await expect(post.getByTestId('post')).toBeVisible();
    await expect(post.locator('h1')).toBeHidden();
  });

  test(`${lang}: every whole section, pasted without embed.js, fits its fixed height at 390 and 1280 px`, async ({ page, course }) => {
    test.setTimeout(240_000);
    const codes = await snippets(page, lang, '1');
    expect(codes.length).toBeGreaterThan(15);
    for (const width of [390, 1280]) await expectAllFit(page, course, `sections-${lang}`, codes, width);
  });
}
