// The post explorable as a reader uses it, step by step: shared by post.spec.ts (which checks
// each step) and screenshots.spec.ts (which photographs each step).
import { expect, type Locator, type Page } from '@playwright/test';

/** One thing the reader does: an action of the content (by slug) or the influencer's reply. */
export type Step = { name: string; action?: string; reply?: true };

/** Everything on the post once, the reply right after the comment, then the heart off again. */
export const POST_STEPS: Step[] = [
  { name: 'like', action: 'like' },
  { name: 'comment', action: 'comment' },
  { name: 'reply', reply: true },
  { name: 'share', action: 'share' },
  { name: 'save', action: 'save' },
  { name: 'dm', action: 'direct-message' },
  { name: 'story', action: 'story-answer' },
  { name: 'tag', action: 'tag' },
  { name: 'unlike', action: 'like' },
];

/** The control a step presses. */
export const stepControl = (post: Locator, step: Step): Locator =>
  step.reply ? post.locator('[data-step=reply]') : post.locator(`[data-action="${step.action}"]`);

/** Presses a step's control as the reader would: a tap on a touch screen, a click otherwise. */
export async function doStep(post: Locator, step: Step, touch: boolean): Promise<void> {
  const control = stepControl(post, step);
  await (touch ? control.tap() : control.click());
}

/** Both meters and the action row are inside the viewport. */
export async function expectMetersInView(page: Page, post: Locator, when: string): Promise<void> {
  const height = page.viewportSize()!.height;
  for (const part of ['[data-side=follower] [role=meter]', '[data-side=influencer] [role=meter]', '[data-action=like]', '[data-action=save]']) {
    const box = await post.locator(part).boundingBox();
    expect(box, `${part} after ${when}`).not.toBeNull();
    expect(box!.y, `${part} above the viewport after ${when}`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${part} below the viewport after ${when}`).toBeLessThanOrEqual(height);
  }
}
