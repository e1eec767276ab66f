import { test, expect, expectNoAxeViolations } from './fixtures';

test('app mounts, shows a heading and passes axe', async ({ page }) => {
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoAxeViolations(page, 'home');
});
