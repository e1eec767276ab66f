// The post explorable on the parasocial and interactions pages: each action in the post's
// row says its form, its direction (the explainer's reading) and Chapter V's words, and moves
// only the follower's meter; the influencer's reply moves it further; keyboard only works;
// targets are at least 44 px at 320 px; axe passes.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { FINDINGS, LANGS, finding, heading, openApp, pagePath, type Lang } from './helpers';

test.describe.configure({ mode: 'parallel' });

/** The post's row, in its order, as content action slugs. */
const ROW = ['like', 'comment', 'direct-message', 'share', 'save', 'tag', 'story-answer'];
const action = (slug: string) => FINDINGS.actions.find((a) => a.slug === slug)!;
type Quoted = { quote?: { text: string } };

const STATUS: Record<Lang, (f: number, i: number, n: number) => string> = {
  en: (f, i, n) => `Follower: ${f} of 100. Influencer: ${i} of 100. Steps: ${n}.`,
  id: (f, i, n) => `Follower: ${f} dari 100. Influencer: ${i} dari 100. Langkah: ${n}.`,
};
const DIRECTION: Record<Lang, Record<string, string>> = {
  en: { 'one-way': 'one-way', 'two-way': 'two-way' },
  id: { 'one-way': 'satu arah', 'two-way': 'dua arah' },
};
const REPLY: Record<Lang, string> = { en: 'The influencer replies', id: 'Influencer membalas' };

for (const lang of LANGS) {
  test(`post: every action shows its form, direction and words, and only the follower moves (${lang})`, async ({ page }) => {
    await openApp(page, pagePath('parasocial', lang));
    const post = page.getByTestId('post');
    const follower = post.locator('[data-side=follower] [role=meter]');
    const influencer = post.locator('[data-side=influencer] [role=meter]');
    const status = post.getByRole('status');
    await expect(status).toHaveText(STATUS[lang](10, 10, 0));

    for (const [i, slug] of ROW.entries()) {
      const a = action(slug);
      const button = post.locator(`[data-action="${slug}"]`);
      await expect(button).toHaveAccessibleName(a.label[lang]);
      await button.click();
      const explain = post.getByTestId('post-explain');
      await expect(explain).toHaveAttribute('data-form', a.form);
      await expect(explain).toHaveAttribute('data-direction', a.direction);
      await expect(explain).toContainText(heading(finding(a.form), lang));
      await expect(explain).toContainText(DIRECTION[lang][a.direction]);
      const quote = (finding(a.form) as Quoted).quote!.text.replace(/^…|…$/g, '').trim();
      await expect(explain.locator('blockquote')).toContainText(quote.slice(0, 40));
      // Every follower action is the same step; the influencer's side never moves.
      await expect(follower).toHaveAttribute('aria-valuenow', String(10 + 5 * (i + 1)));
      await expect(influencer).toHaveAttribute('aria-valuenow', '10');
      await expect(status).toContainText(a.label[lang]);
    }

    await post.getByRole('button', { name: REPLY[lang] }).click();
    const afterReply = 10 + 5 * ROW.length + 20;
    await expect(follower).toHaveAttribute('aria-valuenow', String(afterReply));
    await expect(influencer).toHaveAttribute('aria-valuenow', '10');
    await expect(status).toContainText(STATUS[lang](afterReply, 10, ROW.length + 1));
    // The last action's explanation stays while the meters move.
    await expect(post.getByTestId('post-explain')).toHaveAttribute('data-form', 'conversation');
  });
}

test('post: a reply adds more than any action, capped at 100, and start again resets', async ({ page }) => {
  await openApp(page, pagePath('parasocial', 'en'));
  const post = page.getByTestId('post');
  const follower = post.locator('[data-side=follower] [role=meter]');
  await post.locator('[data-step=reply]').click();
  await expect(follower).toHaveAttribute('aria-valuenow', '30');
  for (let i = 0; i < 5; i++) await post.locator('[data-step=reply]').click();
  await expect(follower).toHaveAttribute('aria-valuenow', '100');
  await expect(post.locator('[data-side=influencer] [role=meter]')).toHaveAttribute('aria-valuenow', '10');
  await expect(post.locator('.gap__label')).toContainText('not measured data');
  await post.getByRole('button', { name: 'Start again' }).click();
  await expect(follower).toHaveAttribute('aria-valuenow', '10');
  await expect(post.getByTestId('post-explain')).not.toHaveAttribute('data-form', /.+/);
});

test('post: keyboard alone uses the actions and the reply', async ({ page }) => {
  await openApp(page, pagePath('parasocial', 'en'));
  const post = page.getByTestId('post');
  await post.locator('[data-action="like"]').focus();
  await page.keyboard.press('Enter');
  await expect(post.getByTestId('post-explain')).toHaveAttribute('data-form', 'applause');
  await page.keyboard.press('Tab');
  await expect(post.locator('[data-action="comment"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(post.getByTestId('post-explain')).toHaveAttribute('data-form', 'conversation');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(post.locator('[data-action="story-answer"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(post.getByTestId('post-explain')).toHaveAttribute('data-direction', 'two-way');
  await post.locator('[data-step=reply]').focus();
  await page.keyboard.press('Enter');
  await expect(post.locator('[data-side=follower] [role=meter]')).toHaveAttribute('aria-valuenow', '45');
});

test('post: on the interactions page too, with 44 px targets at 320 px and no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openApp(page, pagePath('interactions', 'id'));
  const post = page.getByTestId('post');
  await expect(post).toBeVisible();
  for (const slug of ROW) {
    const box = (await post.locator(`[data-action="${slug}"]`).boundingBox())!;
    expect(box.width, slug).toBeGreaterThanOrEqual(44);
    expect(box.height, slug).toBeGreaterThanOrEqual(44);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await post.locator('[data-action="save"]').click();
  await expect(post.getByTestId('post-explain')).toHaveAttribute('data-form', 'amplification');
  await expectNoAxeViolations(page, 'post-interactions-320');
});
