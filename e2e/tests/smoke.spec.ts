import { test, expect, expectNoAxeViolations } from './fixtures';

test('the bare root answers, its English link leads to a page where the app mounts, axe passes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoAxeViolations(page, 'root');
  await page.locator('a[hreflang=en]').first().click();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'en');
});
