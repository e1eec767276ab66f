// Reading: a reader follows the pager's "Next" link through the whole reading order in
// either language; finding pages name their Chapter V section; Indonesian quotations are
// marked lang="id"; the references page offers APA and BibTeX citations that copy exactly;
// a glossary term opens its definition in place, whose link leads to the highlighted, focused
// entry.
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  APP_ORIGIN,
  FINDINGS,
  LANGS,
  READING_ORDER,
  expectedH1,
  finding,
  heading,
  openApp,
  pagePath,
  pathnameOf,
  sectionLabel,
} from './helpers';

test.describe.configure({ mode: 'parallel' });

for (const lang of LANGS) {
  test(`pager Next walks the whole reading order (${lang})`, async ({ page }) => {
    await openApp(page, pagePath('', lang));
    const path = () => pathnameOf(page);
    // Where a pager link leads, as a path (its href is relative to the page).
    const target = async (rel: string) =>
      new URL((await page.locator(`nav.pager a[rel=${rel}]`).getAttribute('href'))!, page.url()).pathname;
    let quotesSeen = 0;
    for (let i = 0; i < READING_ORDER.length; i++) {
      const route = READING_ORDER[i];
      await expect.poll(path).toBe(pagePath(route, lang));
      await expect(page.locator('h1')).toHaveText(expectedH1(route, lang));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const pager = page.locator('nav.pager');
      await expect(pager).toHaveCount(1);
      // Previous link points back in reading order.
      if (i > 0) expect(await target('prev')).toBe(pagePath(READING_ORDER[i - 1], lang));
      else await expect(pager.locator('a[rel=prev]')).toHaveCount(0);

      const node = route.split('/')[1];
      if (node) {
        const f = finding(node);
        const detail = page.getByTestId('detail');
        await expect(detail).toHaveAttribute('data-finding', node);
        await expect(detail.locator('h2').first()).toHaveText(heading(f, lang));
        await expect(detail.locator('.section-badge').first()).toHaveText(sectionLabel(f.section, lang));
        await expect(detail.locator('.section-badge').first()).toHaveAttribute('data-section', f.section);
      }
      const family = FINDINGS.families.find((fam) => fam.slug === route);
      if (family) await expect(page.locator('main .section-badge').first()).toHaveText(sectionLabel(family.section, lang));

      // Quotations from the thesis are in Indonesian and marked as such.
      const quotes = page.locator('blockquote');
      const n = await quotes.count();
      for (let q = 0; q < n; q++) await expect(quotes.nth(q)).toHaveAttribute('lang', 'id');
      quotesSeen += n;

      if (i < READING_ORDER.length - 1) {
        const next = pager.locator('a[rel=next]');
        expect(await target('next')).toBe(pagePath(READING_ORDER[i + 1], lang));
        await next.click();
      } else {
        await expect(pager.locator('a[rel=next]')).toHaveCount(0);
      }
    }
    expect(quotesSeen).toBeGreaterThan(5);
  });
}

test('quotation blocks say they are the original Indonesian words', async ({ page }) => {
  await openApp(page, pagePath('motivations/bandwagon', 'en'));
  const quote = page.getByTestId('detail').locator('figure.quote');
  await expect(quote.locator('blockquote')).toHaveAttribute('lang', 'id');
  await expect(quote.locator('figcaption')).toHaveText(/^Original Indonesian words of the thesis \(Chapter V, /);
  // The caption is in the reader's language, so it is not itself marked Indonesian.
  expect(await quote.locator('figcaption').evaluate((e) => e.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});

test('references: APA and BibTeX for the study and the explainer, and BibTeX copies exactly', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await openApp(page, pagePath('references', 'en'));
  const blocks = page.locator('section.cite');
  await expect(blocks).toHaveCount(2);
  const study = page.locator('section.cite[aria-labelledby=cite-study]');
  const explainer = page.locator('section.cite[aria-labelledby=cite-explainer]');
  await expect(study.locator('h2')).toHaveText('Cite the study');
  await expect(explainer.locator('h2')).toHaveText('Cite this explainer');
  for (const block of [study, explainer]) {
    await expect(block.locator('.cite__apa')).not.toBeEmpty();
    await expect(block.locator('pre.cite__bibtex')).toHaveText(/^@\w+\{[\s\S]*\}$/);
    await expect(block.getByRole('button', { name: 'APA', exact: true })).toBeVisible();
    await expect(block.getByRole('button', { name: 'BibTeX', exact: true })).toBeVisible();
  }
  await expect(study.locator('pre.cite__bibtex')).toContainText('@article{');
  await expect(explainer.locator('pre.cite__bibtex')).toContainText('@misc{');
  await expect(explainer.locator('pre.cite__bibtex')).toContainText(`\\url{${APP_ORIGIN}/}`);
  await expect(explainer.locator('.cite__apa')).toContainText(`${APP_ORIGIN}/`);

  for (const block of [explainer, study]) {
    const shown = (await block.locator('pre.cite__bibtex').textContent())!;
    const button = block.getByRole('button', { name: 'BibTeX', exact: true });
    await button.click();
    await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText('Copied');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  }
  // APA copies as plain text (no markup).
  await study.getByRole('button', { name: 'APA', exact: true }).click();
  const apa = (await study.locator('.cite__apa').textContent())!;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
});

test.describe('glossary terms on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('open their definition in place, and its link leads to the highlighted, focused entry', async ({ page }) => {
    // Opened directly, glossary/{term}/ highlights and focuses the term.
    await openApp(page, pagePath('glossary/in-depth-interview', 'en'));
    await expect(page.locator('#term-in-depth-interview')).toHaveClass(/\bis-target\b/);
    await expect(page.locator('#term-in-depth-interview')).toBeFocused();
    await expect(page.locator('#term-in-depth-interview')).toBeInViewport();

    // A tap on a term in a finding opens its definition in view; nothing on the page moves.
    await openApp(page, pagePath('motivations/role-model', 'en'));
    const term = page.getByTestId('detail').locator('button.term', { hasText: 'social learning' });
    await term.scrollIntoViewIfNeeded();
    const [at, scrolled] = [await term.boundingBox(), await page.evaluate(() => scrollY)];
    await term.tap();
    const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await expect(definition).toBeInViewport({ ratio: 1 });
    await expect(definition.locator('b')).toHaveText('Social learning');
    await expect(definition).toContainText('Learning behaviour by watching other people who act as models');
    expect([await term.boundingBox(), await page.evaluate(() => scrollY)]).toEqual([at, scrolled]);
    await expectNoAxeViolations(page, 'a term open in place');
    // A tap outside closes it, and focus is back on the term.
    await page.touchscreen.tap(4, at!.y);
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();
    // From the keyboard: Enter opens it, Tab goes into it, Escape closes it and focus is
    // back on the term.
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(definition.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();

    // Its link leads to the term's entry, highlighted, focused and in view.
    await term.tap();
    await definition.getByRole('link', { name: 'More in the glossary' }).tap();
    await expect.poll(() => pathnameOf(page)).toBe('/en/glossary/social-learning/');
    await expect(page.locator('h1')).toHaveText('Glossary');
    const entry = page.locator('#term-social-learning');
    await expect(entry).toHaveClass(/\bis-target\b/);
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
    await expect(page.locator('.term-entry.is-target')).toHaveCount(1);

    // Back to the finding, then another term in Indonesian.
    await page.goBack();
    await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'role-model');
    await openApp(page, pagePath('interactions/conversation', 'id'));
    const parasocial = page.getByTestId('detail').locator('button.term', { hasText: 'hubungan parasosial' });
    await parasocial.tap();
    await page.locator(`#${await parasocial.getAttribute('popovertarget')}`).getByRole('link', { name: 'Selengkapnya di glosarium' }).tap();
    await expect.poll(() => pathnameOf(page)).toBe('/id/glossary/parasocial-relationship/');
    await expect(page.locator('#term-parasocial-relationship')).toHaveClass(/\bis-target\b/);
    await expect(page.locator('#term-parasocial-relationship')).toBeFocused();
    await expect(page.locator('#term-parasocial-relationship')).toBeInViewport();
    await expect(page.locator('h1')).toHaveText('Glosarium');
  });
});
