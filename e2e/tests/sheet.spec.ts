// Every tap answers in view: on a phone (390×844, touch) a node opens a sheet from the bottom
// and on a desktop (1280×800) a panel beside the diagram, in both languages and both themes.
// The sheet shows the finding's summary, its Chapter V quotation inside the viewport and a
// link to the full finding; the address follows the selection (the overview's fragment, a
// family's folder, an action's fragment); Escape and back close it and focus returns to the
// node; nothing on the page moves (no layout shift); axe passes with it open; the phone
// overview shows its three parts on about one screen and the sheet never covers the tapped
// node; under reduced motion nothing animates.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { FINDING_SLUGS, LANGS, finding, heading, openApp, pagePath, pathnameOf, type Lang } from './helpers';

test.describe.configure({ mode: 'parallel' });

const DEVICES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Starts counting layout shifts not caused by the reader's input (what CLS counts). */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const device of DEVICES) {
  test.describe(`${device.name}`, () => {
    test.use({ viewport: device.viewport, hasTouch: device.hasTouch, isMobile: device.isMobile });
    const tap = async (page: Page, selector: string) =>
      device.hasTouch ? page.locator(selector).tap() : page.locator(selector).click();

    for (const lang of LANGS) {
      for (const scheme of SCHEMES) {
        test(`a tap on the overview answers in view and the address follows (${lang}, ${scheme})`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await openApp(page, pagePath('', lang));
          await watchShifts(page);
          const f = finding('attraction');
          await page.locator('[data-node=attraction]').scrollIntoViewIfNeeded();
          await tap(page, '[data-node=attraction]');
          const sheet = page.getByTestId('sheet');
          await expect(sheet).toHaveAttribute('data-shows', 'attraction');
          await expect(sheet.locator('h2')).toHaveText(heading(f, lang));
          await expect(sheet.locator('.sheet__summary')).toBeInViewport();
          await expect(sheet.locator('figure.quote blockquote')).toBeInViewport();
          await expect(sheet.locator('figure.quote blockquote')).toHaveAttribute('lang', 'id');
          // The full finding is its own page.
          const more = sheet.locator('a.sheet__more');
          expect(new URL((await more.getAttribute('href'))!, page.url()).pathname).toBe(`/${lang}/motivations/attraction/`);
          // The address names the node, and focus moved into the answer.
          await expect.poll(() => page.evaluate(() => location.hash)).toBe('#attraction');
          expect(await pathnameOf(page)).toBe(`/${lang}/`);
          await expect.poll(() => focusedId(page)).toBe('sheet');
          // A phone's sheet slides up (the next test: not under reduced motion).
          const motion = await sheet.evaluate((el) => getComputedStyle(el).animationName);
          expect(motion).toBe(device.isMobile ? 'detail-in' : 'none');
          await expectNoAxeViolations(page, `sheet-${device.name}-${lang}-${scheme}`);

          // Escape closes it, the address forgets the node, focus returns to it.
          await page.keyboard.press('Escape');
          await expect(sheet).toBeHidden();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
          await expect.poll(() => focusedId(page)).toBe('node-attraction');

          // Another node, then back: the sheet closes and focus returns to the node.
          await tap(page, '[data-node=entertainment]');
          await expect(sheet).toHaveAttribute('data-shows', 'entertainment');
          await expect(sheet.locator('figure.quote blockquote')).toBeInViewport();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe('#entertainment');
          await page.goBack();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
          await expect(sheet).toBeHidden();
          await expect.poll(() => focusedId(page)).toBe('node-entertainment');
          // Forward opens it again from the address alone.
          await page.goForward();
          await expect(sheet).toHaveAttribute('data-shows', 'entertainment');
          expect(await shifts(page), 'layout shift').toBe(0);
        });
      }
    }

    test('a family diagram: the address is the finding, the sheet links to its full text, and its close button closes it', async ({ page }) => {
      await openApp(page, pagePath('motivations', 'en'));
      await watchShifts(page);
      await tap(page, '[data-node=bandwagon]');
      await expect.poll(() => pathnameOf(page)).toBe('/en/motivations/bandwagon/');
      const sheet = page.getByTestId('sheet');
      await expect(sheet).toHaveAttribute('data-shows', 'bandwagon');
      await expect(sheet.locator('figure.quote blockquote')).toBeInViewport();
      // The full text is on this page, below the diagram.
      await sheet.locator('a.sheet__more').click();
      await expect(page.getByTestId('detail').locator('h2').first()).toBeInViewport();
      // A facet opens the finding it belongs to.
      await page.locator('[data-node="attraction/similarity"]').scrollIntoViewIfNeeded();
      await tap(page, '[data-node="attraction/similarity"]');
      await expect.poll(() => pathnameOf(page)).toBe('/en/motivations/attraction/');
      await expect(sheet).toHaveAttribute('data-shows', 'attraction');
      await sheet.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => pathnameOf(page)).toBe('/en/motivations/');
      await expect.poll(() => focusedId(page)).toBe('node-attraction');
      expect(await shifts(page), 'layout shift').toBe(0);
    });

    test('an Instagram action: the sheet says where it falls and the address names it', async ({ page }) => {
      await openApp(page, pagePath('interactions', 'id'));
      await page.locator('[data-node=share]').scrollIntoViewIfNeeded();
      await tap(page, '[data-node=share]');
      const sheet = page.getByTestId('sheet');
      await expect(sheet).toHaveAttribute('data-shows', 'share');
      await expect(sheet.locator('.sheet__summary')).toContainText('amplification');
      await expect(sheet.locator('figure.quote blockquote')).toBeInViewport();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#share');
      expect(await pathnameOf(page)).toBe('/id/interactions/');
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect.poll(() => focusedId(page)).toBe('node-share');
    });

    test('an address with a node opens it; under reduced motion nothing animates', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openApp(page, '/en/#role-model');
      const sheet = page.getByTestId('sheet');
      await expect(sheet).toHaveAttribute('data-shows', 'role-model');
      await expect(page.locator('[data-node=role-model]')).toHaveAttribute('aria-current', 'true');
      expect(await sheet.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    });
  });
}

test.describe('phone overview', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the sheet leaves the tapped node in view above it', async ({ page }) => {
    await openApp(page, pagePath('', 'en'));
    // The diagram's last node at the bottom of the screen, where the sheet rises.
    const node = page.locator(`[data-node=${FINDING_SLUGS[FINDING_SLUGS.length - 1]}]`);
    await node.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await node.tap();
    const sheet = page.getByTestId('sheet');
    await expect(sheet.locator('figure.quote blockquote')).toBeInViewport();
    await expect(node).toBeInViewport({ ratio: 1 });
    await expect
      .poll(async () => (await node.boundingBox())!.y + (await node.boundingBox())!.height <= (await sheet.boundingBox())!.y)
      .toBe(true);
  });

  for (const lang of LANGS) {
    test(`shows its three parts on about one screen (${lang})`, async ({ page }) => {
      await openApp(page, pagePath('', lang));
      const figure = page.locator('figure[data-diagram=overview]');
      await figure.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      for (const slug of FINDING_SLUGS) await expect(page.locator(`[data-node=${slug}]`)).toBeInViewport();
      // The caption says how the three parts relate.
      await expect(figure.locator('.diagram__note')).toBeInViewport();
      const headings = figure.locator('.diagram__heading');
      await expect(headings).toHaveText(
        lang === 'en'
          ? ['Why do followers follow?', 'How do they interact?', 'What do they gain?']
          : ['Mengapa follower mengikuti?', 'Apa bentuk interaksinya?', 'Apa manfaat yang didapatkan?'],
      );
    });
  }
});
