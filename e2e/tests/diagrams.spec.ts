// Diagrams: deep links select their node and open the right detail in both languages,
// back/forward restore the selection, the overview diagram works with the keyboard alone,
// draws no arrows between the families and frames only the interactions (its label a 44 px
// target), every diagram is named, the interactions' actions say where they fall, the
// parasocial illustration plays, axe passes with a detail and the text version open, and
// printing shows the text version without the site navigation.
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  APP_TITLE,
  FAMILY_NODES,
  FINDINGS,
  FINDING_SLUGS,
  LANGS,
  familyOf,
  finding,
  heading,
  openApp,
  pagePath,
  sectionLabel,
  type Lang,
  pathnameOf,
} from './helpers';

test.describe.configure({ mode: 'parallel' });

const FAMILY_LABEL: Record<string, Record<Lang, string>> = {
  motivations: { en: 'Motivations', id: 'Motivasi' },
  interactions: { en: 'Interactions', id: 'Interaksi' },
  benefits: { en: 'Benefits', id: 'Manfaat' },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const slug of FINDING_SLUGS) {
  test(`the page ${familyOf(slug)}/${slug}/ selects the node and opens its detail`, async ({ page }) => {
    const family = familyOf(slug);
    const f = finding(slug);
    for (const lang of LANGS) {
      await openApp(page, pagePath(`${family}/${slug}`, lang));
      const node = page.locator(`a[data-node="${slug}"]`);
      await expect(node).toHaveAttribute('data-selected', 'true');
      await expect(node).toHaveAttribute('aria-current', 'true');
      await expect(node).toHaveAttribute('tabindex', '0');
      // Only the selected node is a tab stop, and no other node is selected.
      await expect(page.locator('[data-node][tabindex="0"]')).toHaveCount(1);
      await expect(page.locator('[data-node][data-selected="true"]')).toHaveCount(1);
      const detail = page.getByTestId('detail');
      await expect(detail).toHaveAttribute('data-finding', slug);
      await expect(detail.locator('h2').first()).toHaveText(heading(f, lang));
      await expect(detail.locator('.section-badge').first()).toHaveText(sectionLabel(f.section, lang));
      await expect(page.getByTestId('detail-empty')).toHaveCount(0);
      await expect(page).toHaveTitle(
        new RegExp(`^${escapeRe(heading(f, lang))} · ${FAMILY_LABEL[family][lang]} — ${escapeRe(APP_TITLE[lang])}$`),
      );
    }
  });
}

test('family page without a node shows the empty prompt', async ({ page }) => {
  await openApp(page, pagePath('benefits', 'en'));
  await expect(page.getByTestId('detail-empty')).toBeVisible();
  await expect(page.locator('[data-node][data-selected="true"]')).toHaveCount(0);
  // Nothing selected: the first node is the tab stop.
  const first = page.locator('[data-node]').first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(page.locator('[data-node][tabindex="0"]')).toHaveCount(1);
});

test('back and forward restore the previous selection', async ({ page }) => {
  await openApp(page, pagePath('motivations', 'en'));
  const path = () => pathnameOf(page);
  const selected = page.locator('[data-node][data-selected="true"]');
  await page.locator('[data-node=attraction]').click();
  await expect.poll(path).toBe('/en/motivations/attraction/');
  await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'attraction');
  await page.locator('[data-node=role-model]').click();
  await expect.poll(path).toBe('/en/motivations/role-model/');
  await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'role-model');

  await page.goBack();
  await expect.poll(path).toBe('/en/motivations/attraction/');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-node', 'attraction');
  await expect(page.locator('[data-node=attraction]')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'attraction');
  await expect(page.getByTestId('detail').locator('h2').first()).toHaveText(heading(finding('attraction'), 'en'));

  await page.goForward();
  await expect.poll(path).toBe('/en/motivations/role-model/');
  await expect(selected).toHaveAttribute('data-node', 'role-model');
  await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'role-model');

  await page.goBack();
  await page.goBack();
  await expect.poll(path).toBe('/en/motivations/');
  await expect(selected).toHaveCount(0);
  await expect(page.getByTestId('detail-empty')).toBeVisible();
});

test('overview diagram works with the keyboard alone', async ({ page }) => {
  await openApp(page, pagePath('', 'en'));
  const focusedNode = () => page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
  let reached: string | null = null;
  for (let i = 0; i < 80 && reached === null; i++) {
    await page.keyboard.press('Tab');
    reached = await focusedNode();
  }
  expect(reached, 'Tab reaches a diagram node').toBe(FINDING_SLUGS[0]);

  const order = await page.locator('[data-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
  expect(order).toEqual(FINDING_SLUGS);
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedNode).toBe(order[i]);
  }
  // Wraps around, and ArrowLeft goes back.
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedNode).toBe(order[0]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedNode).toBe(order[order.length - 1]);
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedNode).toBe(order[order.length - 2]);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focusedNode).toBe(order[order.length - 1]);

  await page.keyboard.press('Home');
  await expect.poll(focusedNode).toBe(order[0]);
  await page.keyboard.press('End');
  await expect.poll(focusedNode).toBe('entertainment');

  // Enter opens the focused node's panel and moves focus into it; the address names the node.
  await page.keyboard.press('Enter');
  const sheet = page.getByTestId('sheet');
  await expect(sheet).toHaveAttribute('data-shows', 'entertainment');
  await expect(sheet.locator('h2').first()).toHaveText(heading(finding('entertainment'), 'en'));
  await expect(page.locator('[data-node=entertainment]')).toHaveAttribute('aria-current', 'true');
  expect(await pathnameOf(page)).toBe('/en/');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#entertainment');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sheet');
  // Escape closes it and gives focus back to the node.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-empty')).toBeVisible();
  await expect.poll(focusedNode).toBe('entertainment');

  await page.keyboard.press('Home');
  await expect.poll(focusedNode).toBe('emotional-arousal');
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedNode).toBe('attraction');
  await page.keyboard.press('Space');
  await expect(sheet).toHaveAttribute('data-shows', 'attraction');
  await expect(page.locator('[data-node=attraction]')).toHaveAttribute('tabindex', '0');
  await expect(page.locator('[data-node][tabindex="0"]')).toHaveCount(1);
});

test('the overview draws no arrows between the families and frames only the interactions', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
    await page.setViewportSize(viewport);
    await openApp(page, pagePath('', 'en'));
    await expect(page.locator('svg.diagram__lines path')).toHaveCount(0);
    const frame = (await page.locator('rect.diagram__frame:visible').boundingBox())!;
    const inside = async (slug: string) => {
      const b = (await page.locator(`[data-node="${slug}"]`).boundingBox())!;
      return b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width && b.y + b.height <= frame.y + frame.height;
    };
    for (const slug of FAMILY_NODES.interactions) expect(await inside(slug), `${slug} ${viewport.width}`).toBe(true);
    for (const slug of [...FAMILY_NODES.motivations, ...FAMILY_NODES.benefits]) {
      expect(await inside(slug), `${slug} ${viewport.width}`).toBe(false);
    }
    // The frame's label is a link to the parasocial page and a 44 px tall target.
    const label = page.locator('a.diagram__frame-label');
    await expect(label).toHaveText('Parasocial: closeness felt by one side');
    const href = (await label.getAttribute('href'))!;
    expect(new URL(href, page.url()).pathname).toBe('/en/parasocial/');
    expect((await label.boundingBox())!.height, `label at ${viewport.width}px`).toBeGreaterThanOrEqual(44);
    // Hovering a node lights nothing else: the families are not joined.
    await page.locator('[data-node=bandwagon]').hover();
    await expect(page.locator('.diagram__node.is-lit')).toHaveCount(1);
  }
});

test('the benefits diagram draws each benefit first with brackets to what it includes, and no arrow', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await openApp(page, pagePath('benefits', 'en'));
    const lines = page.locator('svg.diagram__lines:visible');
    await expect(lines.locator('marker')).toHaveCount(0);
    await expect(lines.locator('path.diagram__arrow')).toHaveCount(0);
    // One bracket per facet, ending at that facet's left edge, each facet below its benefit.
    const facets = { information: ['current-info', 'recommendations'], entertainment: ['humour', 'unique-presentation', 'pleasure-satisfaction'] };
    await expect(lines.locator('path.diagram__bracket')).toHaveCount(5);
    for (const [benefit, own] of Object.entries(facets)) {
      const b = (await page.locator(`[data-node=${benefit}]`).boundingBox())!;
      for (const facet of own) {
        const f = (await page.locator(`[data-node="${benefit}/${facet}"]`).boundingBox())!;
        expect(f.y, `${facet} below ${benefit} at ${viewport.width}`).toBeGreaterThan(b.y + b.height);
      }
    }
  }
});

test('nodes are tinted by family and every facet is a tappable link', async ({ page }) => {
  await openApp(page, pagePath('motivations', 'en'));
  const border = (slug: string) => page.locator(`[data-node="${slug}"]`).evaluate((el) => getComputedStyle(el).borderTopColor);
  const fill = (slug: string) => page.locator(`[data-node="${slug}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
  // Facets carry their finding's tint, and are links like the nodes (no dashed inert boxes).
  expect(await border('attraction/similarity')).toBe(await border('attraction'));
  expect(await fill('attraction/similarity')).toBe(await fill('attraction'));
  await expect(page.locator('a[data-node="attraction/similarity"]')).toHaveCount(1);
  await openApp(page, pagePath('', 'en'));
  const families = [await border('bandwagon'), await border('applause'), await border('information')];
  expect(new Set(families).size, families.join(' ')).toBe(3);
  const fills = [await fill('bandwagon'), await fill('applause'), await fill('information')];
  expect(new Set(fills).size, fills.join(' ')).toBe(3);
  // The overview says its parts are parts of one answer, not causes.
  await expect(page.locator('figure[data-diagram=overview] .diagram__note')).toHaveText('Three parts of one answer, not causes and effects.');
});

const DIAGRAM_NAMES: [string, Record<Lang, string>][] = [
  ['', { en: 'The findings at a glance: motivations, forms of interaction, benefits', id: 'Ikhtisar temuan: motivasi, bentuk interaksi, manfaat' }],
  ['motivations', { en: 'Motivations diagram', id: 'Diagram Motivasi' }],
  ['interactions', { en: 'Interactions diagram', id: 'Diagram Interaksi' }],
  ['benefits', { en: 'Benefits diagram', id: 'Diagram Manfaat' }],
];

for (const lang of LANGS) {
  test(`every diagram has an accessible name (${lang})`, async ({ page }) => {
    for (const [route, name] of DIAGRAM_NAMES) {
      await openApp(page, pagePath(route, lang));
      const figure = page.locator('figure.diagram-wrap');
      await expect(figure).toHaveCount(1);
      await expect(figure).toHaveAccessibleName(name[lang]);
      await expect(figure.locator('figcaption')).toHaveText(name[lang]);
      // The group of nodes carries the same name for screen readers moving inside it.
      await expect(figure.locator('[role=group]')).toHaveAccessibleName(name[lang]);
    }
    // The parasocial illustration, the post explorable, is a section named by its heading.
    await openApp(page, pagePath('parasocial', lang));
    await expect(page.getByTestId('post')).toHaveAccessibleName(lang === 'en' ? 'Try it on a post' : 'Coba di sebuah postingan');
    await expectNoAxeViolations(page, `parasocial-${lang}`);
  });
}

for (const lang of LANGS) {
  test(`interactions: each action says which form it falls under and its direction (${lang})`, async ({ page }) => {
    await openApp(page, pagePath('interactions', lang));
    const dir = { 'one-way': { en: 'one-way', id: 'satu arah' }, 'two-way': { en: 'two-way', id: 'dua arah' } };
    expect(FINDINGS.actions.map((a) => a.slug)).toEqual([
      'like', 'emoticon', 'love', 'comment', 'direct-message', 'story-answer', 'share', 'save', 'tag',
    ]);
    for (const action of FINDINGS.actions) {
      await page.locator(`button[data-node="${action.slug}"]`).click();
      const detail = page.locator(`[data-testid=sheet][data-shows="${action.slug}"]`);
      await expect(detail).toBeVisible();
      const form = finding(action.form).term[lang];
      const direction = dir[action.direction][lang];
      const sentence =
        lang === 'en'
          ? `${action.label.en} falls under ${form} and is ${direction}.`
          : `${action.label.id} termasuk ${form} dan bersifat ${direction}.`;
      await expect(detail.locator('.sheet__summary')).toHaveText(sentence);
      await expect(page.locator(`[data-node="${action.slug}"]`)).toHaveAttribute('aria-pressed', 'true');
      // With the form's quotation and the way to the form's finding; the address names it.
      await expect(detail.locator('figure.quote blockquote')).toHaveText(`“${finding(action.form).quote!.text}”`);
      const more = (await detail.locator('a.sheet__more').getAttribute('href'))!;
      expect(new URL(more, page.url()).pathname).toBe(`/${lang}/interactions/${action.form}/`);
      expect(await pathnameOf(page)).toBe(`/${lang}/interactions/`);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${action.slug}`);
    }
  });
}

test('axe passes with a detail open and with the text version expanded', async ({ page }) => {
  await openApp(page, pagePath('motivations/bandwagon', 'en'));
  await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'bandwagon');
  await expectNoAxeViolations(page, 'detail-open');

  const toggle = page.getByRole('button', { name: 'Text version of this diagram' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const body = page.locator('.diagram__text-body');
  // Present for screen readers even when collapsed.
  await expect(body).toHaveCount(1);
  await expect(body).toContainText(finding('bandwagon').short.en);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(body).toBeVisible();
  expect((await body.boundingBox())!.height).toBeGreaterThan(20);
  await expectNoAxeViolations(page, 'text-version-open');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('print shows the text version of the diagram and hides the site navigation', async ({ page }) => {
  await openApp(page, pagePath('motivations', 'en'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav')).toBeHidden();
  const body = page.locator('.diagram__text-body');
  await expect(body).toBeVisible();
  const box = await body.boundingBox();
  expect(box && box.height).toBeGreaterThan(0);
  for (const node of FAMILY_NODES.motivations) {
    await expect(body).toContainText(finding(node).short.en);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header nav')).toBeVisible();
});

test('a node opens its panel with a brief entrance, again for the next node, and none under reduced motion', async ({ page }) => {
  await openApp(page, '/en/motivations/attraction/');
  const detail = page.getByTestId('detail');
  await expect(detail).toHaveAttribute('data-finding', 'attraction');
  expect(await detail.evaluate((el) => getComputedStyle(el).animationName)).toBe('detail-in');
  await detail.evaluate((el) => el.setAttribute('data-seen', '1'));
  await page.locator('a[data-node=bandwagon]').click();
  await expect(detail).toHaveAttribute('data-finding', 'bandwagon');
  // A new panel, so its entrance plays again.
  await expect(detail).not.toHaveAttribute('data-seen', '1');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.locator('a[data-node=role-model]').click();
  await expect(detail).toHaveAttribute('data-finding', 'role-model');
  expect(await detail.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
