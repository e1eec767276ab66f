// The first screen (issue 17, item 1): on a phone (390 × 844, touch) and a desktop
// (1280 × 800), in both languages and both themes, the first viewport holds something to
// touch (the overview diagram's first finding) and the two ways on, the findings and the
// quiz, each with its time; axe passes. The header is one compact row on a phone whose menu
// opens every page (by touch or keyboard) and closes once a link is followed or on Escape; a desktop
// shows the pages at once; 320 px scrolls only down. Without JavaScript the first screen
// reads, the menu opens and the links work.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { HOOK, LANGS, expectedH1, openApp } from './helpers';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'desktop', width: 1280, height: 800, touch: false },
];

for (const vp of VIEWPORTS) {
  test.describe(`first screen on a ${vp.name}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, hasTouch: vp.touch, isMobile: vp.touch });
    for (const lang of LANGS) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`something to touch and both ways on, in view (${lang}, ${scheme})`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await openApp(page, `/${lang}/`);
          await expect(page.locator('h1')).toHaveText(HOOK[lang]);
          const ways = page.getByTestId('hero-ways').locator('a');
          await expect(ways).toHaveCount(2);
          await expect(ways.nth(0)).toHaveAttribute('href', `../${lang}/motivations/`);
          await expect(ways.nth(1)).toHaveAttribute('href', `../${lang}/quiz/`);
          await expect(ways.nth(0)).toContainText(lang === 'en' ? /about \d+ min of reading/ : /sekitar \d+ menit membaca/);
          await expect(ways.nth(1)).toContainText(lang === 'en' ? /44 statements, about \d+ min/ : /44 pernyataan, sekitar \d+ menit/);
          // The pages: behind the menu on a phone, in view on a desktop.
          const nav = page.locator('.site-header nav');
          if (vp.touch) await expect(nav).toBeHidden();
          else for (const link of await nav.locator('a').all()) await expect(link).toBeInViewport({ ratio: 1 });
          for (const way of await ways.all()) await expect(way).toBeInViewport({ ratio: 1 });
          // The overview diagram starts on the first screen: a finding to touch is in view,
          // and touching it answers.
          const node = page.locator('figure[data-diagram=overview] [data-node]').first();
          await expect(node).toBeInViewport({ ratio: 1 });
          await expectNoAxeViolations(page, `first screen ${vp.name} ${lang} ${scheme}`);
          await node.click();
          await expect(page.locator('figure[data-diagram=overview] [data-selected=true]')).toHaveCount(1);
        });
      }
    }
  });
}

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of LANGS) {
    test(`is one compact row whose menu opens every page and closes on a link (${lang})`, async ({ page }) => {
      await openApp(page, `/${lang}/`);
      const header = page.locator('.site-header');
      expect((await header.boundingBox())!.height).toBeLessThan(90);
      const nav = header.locator('nav');
      await header.locator('summary').tap();
      const links = nav.locator('a');
      await expect(links).toHaveCount(11);
      for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
      // About, References, Glossary and For lecturers are a group of their own.
      await expect(nav.locator('.site-nav--more a')).toHaveCount(4);
      await expectNoAxeViolations(page, `menu open (${lang})`);
      await nav.locator('.site-nav--more a').first().tap();
      await expect(page).toHaveURL(new RegExp(`/${lang}/about/$`));
      await expect(nav).toBeHidden();
    });
  }

  test('the menu opens from the keyboard, its links take the focus in order and Escape closes it', async ({ page }) => {
    await openApp(page, '/en/motivations/');
    const summary = page.locator('.site-header summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-header nav')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('.site-header nav a').first()).toBeFocused();
    // Escape closes it and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.site-header nav a').nth(1)).toBeFocused();
    await expect(page.locator('.site-header nav a').nth(1)).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(expectedH1('motivations', 'en'));
    await expect(page.locator('.site-header nav')).toBeHidden();
  });

  test('at 320 px the first screen scrolls only down', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const lang of LANGS) {
      await openApp(page, `/${lang}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expect(page.getByTestId('hero-ways').locator('a').first()).toBeInViewport({ ratio: 1 });
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  for (const lang of LANGS) {
    test(`the first screen reads and its links work (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('h1')).toHaveText(HOOK[lang]);
      await expect(page.getByTestId('hero-ways').locator('a').nth(1)).toBeInViewport();
      await page.getByTestId('hero-ways').locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/motivations/$`));
      // The menu opens without the app too.
      await page.locator('.site-header summary').click();
      await page.locator('.site-nav--more a').last().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/teach/$`));
    });
  }
});
