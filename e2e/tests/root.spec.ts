// The bare root answers with a real page: the overview in Indonesian, the study's language,
// with the language switch at hand; it does not move a first-time reader anywhere. A reader
// who chose English before is moved to en/ before anything of the Indonesian page shows.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { APP_ORIGIN, expectedH1 } from './helpers';

test('a first-time reader stays at the root and reads the overview; the switch is remembered', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('h1')).toHaveText(expectedH1('', 'id'));
  await expect(page).toHaveURL(`${APP_ORIGIN}/`);
  await expectNoAxeViolations(page, 'root');
  // A finding of the diagram is a link to its page, where the app runs.
  await page.locator('figure[data-diagram] a[data-node=bandwagon]').click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/id/motivations/bandwagon/`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // The switch at the root leads to English, and the root remembers it.
  await page.goto('/');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
  await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
  await page.goto('/');
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
});

test('a returning English reader is moved before the root reads past its head', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('mie.lang', 'en'));
  // What the root's own document asks for (its navigation to en/ aside).
  const fetched: string[] = [];
  page.on('request', (req) => {
    if (req.headers().referer === `${APP_ORIGIN}/` && !req.isNavigationRequest()) fetched.push(req.url());
  });
  await page.goto('/');
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
  await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
  // The boot script moves on from the root's head: nothing of the root (not even its
  // stylesheet, without which nothing paints) is fetched before en/.
  expect(fetched).toEqual([]);
});
