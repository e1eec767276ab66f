// The post explorable on the parasocial and interactions pages, used as on Instagram: the heart
// and the bookmark are toggles, a comment appears under the post and the influencer's reply
// appears as a reply to it, DM and the story's question sit on the profile line, the tag in the
// comments. After every action the two meters are inside the viewport with the action row, at
// 320, 390 (touch) and 1280 px, in both languages and both themes; they never show a number;
// each action names its form, its direction (our reading) and Chapter V's words; keyboard
// alone works; axe passes.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { FINDINGS, LANGS, finding, openApp, pagePath, type Lang } from './helpers';
import { POST_STEPS, doStep, expectMetersInView, stepControl } from './post-steps';

test.describe.configure({ mode: 'parallel' });

const action = (slug: string) => FINDINGS.actions.find((a) => a.slug === slug)!;
type Quoted = { quote?: { text: string } };
const DIRECTION: Record<Lang, Record<string, string>> = {
  en: { 'one-way': 'one-way', 'two-way': 'two-way' },
  id: { 'one-way': 'satu arah', 'two-way': 'dua arah' },
};
const WIDTHS = [
  { width: 320, height: 568, touch: false },
  { width: 390, height: 844, touch: true },
  { width: 1280, height: 800, touch: false },
];
const SCHEMES = ['light', 'dark'] as const;

/** What the meters show and say, which must hold no number. */
const meterWords = (post: import('@playwright/test').Locator) =>
  post.locator('.post__strip').evaluate((strip) =>
    [strip.textContent ?? '', ...[...strip.querySelectorAll('[role=meter]')].map((m) => m.getAttribute('aria-valuetext') ?? '')].join(' | '),
  );

for (const { width, height, touch } of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
    for (const lang of LANGS) {
      for (const scheme of SCHEMES) {
        test(`post: every action answers in view, with words not numbers (${lang}, ${scheme})`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await openApp(page, pagePath('parasocial', lang));
          const post = page.getByTestId('post');
          const follower = post.locator('[data-side=follower] [role=meter]');
          const influencer = post.locator('[data-side=influencer] [role=meter]');
          const now = post.getByTestId('post-now');
          const level = async (meter: typeof follower) => Number(await meter.getAttribute('aria-valuenow'));

          // Both meters start level; the toggles are off; there is nothing to reply to yet.
          const start = await level(influencer);
          expect(await level(follower)).toBe(start);
          await expect(post.locator('[data-action=like]')).toHaveAttribute('aria-pressed', 'false');
          await expect(post.locator('[data-action=save]')).toHaveAttribute('aria-pressed', 'false');
          await expect(post.locator('[data-step=reply]')).toHaveCount(0);
          expect(await meterWords(post)).not.toMatch(/\d/);

          let before = start;
          let step = 0;
          for (const s of POST_STEPS) {
            await doStep(post, s, touch);
            await expectMetersInView(page, post, s.name);
            expect(await meterWords(post), `after ${s.name}`).not.toMatch(/\d/);
            await expect(influencer).toHaveAttribute('aria-valuenow', String(start));
            const after = await level(follower);
            if (s.reply) {
              // The reply sits under the reader's comment, as a reply, and takes the focus.
              const reply = post.locator('#post-comment').locator('#post-reply');
              await expect(reply).toBeVisible();
              await expect(reply).toBeFocused();
              await expect(post.locator('[data-step=reply]')).toHaveCount(0);
              expect(after - before, 'a reply adds more than an action').toBeGreaterThan(step);
            } else {
              const a = action(s.action!);
              const form = finding(a.form);
              const control = stepControl(post, s);
              const explain = post.getByTestId('post-explain');
              await expect(explain).toHaveAttribute('data-form', a.form);
              await expect(explain).toHaveAttribute('data-direction', a.direction);
              await expect(explain).toContainText(DIRECTION[lang][a.direction]);
              const quote = (form as Quoted).quote!.text.replace(/^…|…$/g, '').trim();
              await expect(explain.locator('blockquote')).toContainText(quote.slice(0, 40));
              if (s.name === 'unlike') {
                await expect(control).toHaveAttribute('aria-pressed', 'false');
                expect(after).toBeLessThan(before);
              } else {
                await expect(now).toContainText(a.label[lang]);
                await expect(now).toContainText(`${form.term[lang]}, ${DIRECTION[lang][a.direction]}`);
                step = after - before;
                expect(step, `${s.name} moves the follower's side`).toBeGreaterThan(0);
              }
              if (s.name === 'like') {
                await expect(control).toHaveAttribute('aria-pressed', 'true');
              }
              if (s.name === 'save') await expect(control).toHaveAttribute('aria-pressed', 'true');
              if (s.name === 'comment') {
                await expect(post.locator('#post-comment')).toBeVisible();
                await expect(post.locator('[data-step=reply]')).toBeVisible();
              }
              if (s.name === 'tag') await expect(post.locator('#post-tag')).toContainText('@');
            }
            before = after;
          }
          await expectNoAxeViolations(page, `post-${lang}-${width}-${scheme}`);
        });
      }
    }

    if (width === 320) {
      test('post: at 320 px the username shows whole, the row keeps one line, targets are 44 px', async ({ page }) => {
        for (const lang of LANGS) {
          await openApp(page, pagePath('interactions', lang));
          const post = page.getByTestId('post');
          const name = post.locator('.post__who strong');
          const clipped = await name.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > el.closest('figure')!.getBoundingClientRect().right);
          expect(clipped, `${lang}: username clipped`).toBe(false);
          const row = await post.locator('.post__actions button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
          expect(new Set(row.map((r) => Math.round(r.top))).size, `${lang}: the action row wraps`).toBe(1);
          for (const control of await post.locator('button').all()) {
            const box = (await control.boundingBox())!;
            expect(box.width).toBeGreaterThanOrEqual(44);
            expect(box.height).toBeGreaterThanOrEqual(44);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}

test('post: keyboard alone reaches and uses every action, and the reply', async ({ page }) => {
  await openApp(page, pagePath('parasocial', 'en'));
  const post = page.getByTestId('post');
  await post.locator('[data-action="story-answer"]').focus();
  // In reading order: the profile line, the action row, then the comments.
  const order = ['story-answer', 'direct-message', 'like', 'comment', 'share', 'save', 'tag'];
  for (const [i, slug] of order.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await expect(post.locator(`[data-action="${slug}"]`)).toBeFocused();
  }
  await post.locator('[data-action=like]').focus();
  await page.keyboard.press('Enter');
  await expect(post.locator('[data-action=like]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(post.locator('[data-action=like]')).toHaveAttribute('aria-pressed', 'false');
  await expect(post.getByTestId('post-now')).toHaveText(/Like undone\. The follower's side is now level with the influencer's side, which stays put\./);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(post.locator('#post-comment')).toBeVisible();
  await expect(post.getByTestId('post-now')).toHaveText(/Comment: conversation, two-way \(our reading\)\. The follower's side is now above/);
  await post.locator('[data-step=reply]').focus();
  await page.keyboard.press('Enter');
  await expect(post.locator('#post-reply')).toBeFocused();
  await expect(post.getByTestId('post-now')).toHaveText(/The influencer replied to your comment\. The follower's side is now far above/);
});

test('post: start again clears the post and levels the meters', async ({ page }) => {
  await openApp(page, pagePath('parasocial', 'id'));
  const post = page.getByTestId('post');
  for (const slug of ['like', 'comment', 'save']) await post.locator(`[data-action="${slug}"]`).click();
  await post.locator('[data-step=reply]').click();
  await expect(post.locator('.gap__label')).toContainText('bukan data yang diukur');
  await post.getByRole('button', { name: 'Ulangi' }).click();
  const level = await post.locator('[data-side=influencer] [role=meter]').getAttribute('aria-valuenow');
  await expect(post.locator('[data-side=follower] [role=meter]')).toHaveAttribute('aria-valuenow', level!);
  await expect(post.locator('#post-comment')).toHaveCount(0);
  await expect(post.locator('[data-action=like]')).toHaveAttribute('aria-pressed', 'false');
  await expect(post.getByTestId('post-explain')).not.toHaveAttribute('data-form', /.+/);
});
