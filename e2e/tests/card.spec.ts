// The results card: on the results page with its text version; the story (1080 × 1920) and
// link (1200 × 630) pictures are PNG files drawn in the browser, decoded here, light and dark;
// the story keeps Instagram's covered zones plain; text is drawn at its natural width inside
// the picture (never squeezed); the preview shows the very picture the main button shares;
// different results give visibly different pictures; "Share image" uses Web Share with files
// where the browser has it and downloads otherwise; axe passes on the results page with the card.
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, LANGS, TESTS_DIR, openApp, pagePath, type Lang } from './helpers';
import { encodeAnswers } from './codes';

test.describe.configure({ mode: 'parallel' });

/** Every statement answered "strongly agree": every result 100, all tied. */
const ALL_FIVES = encodeAnswers(Array(ITEM_COUNT).fill(5));
/** A varied pattern: scores spread out, so the lines differ from ALL_FIVES. */
const VARIED = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i * 7) % 5 + 1));
/** Every statement "strongly disagree" / "never": no first place the answers support. */
const ALL_ONES = encodeAnswers(Array(ITEM_COUNT).fill(1));

const CAVEAT: Record<Lang, string> = {
  en: 'A reflection, not a test',
  id: 'Refleksi, bukan tes',
};
const NOT_VALIDATED: Record<Lang, string> = {
  en: 'The statements are not validated.',
  id: 'Pernyataannya belum divalidasi.',
};
const LEAD: Record<Lang, string> = {
  en: 'What draws me to this account',
  id: 'Yang menarik saya ke akun ini',
};
const DOWNLOADED: Record<Lang, string> = {
  en: 'The image was downloaded.',
  id: 'Gambar sudah diunduh.',
};
const SHARED: Record<Lang, string> = { en: 'The image was shared.', id: 'Gambar sudah dibagikan.' };
const BACKGROUND = { light: [0xff, 0xff, 0xff], dark: [0x12, 0x14, 0x17] } as const;
/** Where the pictures are written for people to look at (not committed). */
const SHOTS = path.join(TESTS_DIR, '..', 'screenshots');

/** Removes Web Share from the browser before the app starts, as on most desktops. */
async function withoutWebShare(page: Page) {
  await page.addInitScript(() => {
    const proto = Navigator.prototype as unknown as Record<string, unknown>;
    delete proto.share;
    delete proto.canShare;
  });
}

/** Records every text the canvas draws: its words, where, its width as drawn, and whether a
 * maximum width (which squeezes glyphs) was passed. */
async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    type Drawn = { text: string; x: number; width: number; squeezable: boolean; canvas: number };
    const w = window as unknown as { drawn: Drawn[] };
    w.drawn = [];
    const proto = CanvasRenderingContext2D.prototype;
    const fill = proto.fillText;
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, ...rest: number[]) {
      w.drawn.push({ text, x, width: this.measureText(text).width, squeezable: rest.length > 0, canvas: this.canvas.width });
      return fill.call(this, text, x, y, ...(rest as []));
    };
  });
}
type Drawn = { text: string; x: number; width: number; squeezable: boolean; canvas: number };
const drawn = (page: Page) => page.evaluate(() => (window as unknown as { drawn: Drawn[] }).drawn.splice(0));

/** `#rrggbb`, as the preview's SVG names a colour. */
const hex = (rgb: readonly number[]) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');

/** Opens the results of `code` in `lang` and waits for the card. */
async function openResults(page: Page, code: string, lang: Lang) {
  await openApp(page, pagePath(`results/${code}`, lang));
  await expect(page.getByTestId('results-card')).toBeVisible();
}

/** Clicks `testId` and returns the download it starts, decoded. */
async function downloadPng(page: Page, testId: string): Promise<{ png: PNG; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = await download.path();
  return { png: PNG.sync.read(fs.readFileSync(file)), download };
}

/** Pixels whose colour differs by more than a faint anti-aliasing step. */
function differingPixels(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs(a.data[i] - b.data[i]),
      Math.abs(a.data[i + 1] - b.data[i + 1]),
      Math.abs(a.data[i + 2] - b.data[i + 2]),
    );
    if (d > 48) count++;
  }
  return count;
}

/** Pixels of exactly `rgb` (the family colour blocks are filled with it). */
function pixelsOf(png: PNG, [r, g, b]: readonly number[], rows: [number, number] = [0, png.height]): number {
  let count = 0;
  for (let i = rows[0] * png.width * 4; i < rows[1] * png.width * 4; i += 4) {
    if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) count++;
  }
  return count;
}

const FAMILY_RGB: Record<'light' | 'dark', Record<string, [number, number, number]>> = {
  light: { motivations: [0x9d, 0x17, 0x4d], interactions: [0x0a, 0x58, 0xa8], benefits: [0x16, 0x65, 0x34] },
  dark: { motivations: [0xf9, 0xa8, 0xd4], interactions: [0x8c, 0xbc, 0xff], benefits: [0x86, 0xef, 0xac] },
};

for (const lang of LANGS) {
  test(`${lang}: the card is on the results page with its text, and both pictures download as PNGs, light and dark`, async ({ page }) => {
    test.setTimeout(90_000);
    await withoutWebShare(page);
    await recordCanvasText(page);
    await openResults(page, ALL_FIVES, lang);
    const text = page.getByTestId('card-text');
    await text.locator('summary').click();
    await expect(text).toContainText(CAVEAT[lang]);
    await expect(text).toContainText(NOT_VALIDATED[lang]);
    await expect(text).toContainText(LEAD[lang]);
    await expect(text).toContainText(`${APP_ORIGIN}/${lang}/results/#${ALL_FIVES}`);
    await expect(text).toContainText(`${APP_ORIGIN}/${lang}/quiz/`);
    const preview = page.getByTestId('card-preview');
    await expect(preview).toBeVisible();
    fs.mkdirSync(SHOTS, { recursive: true });

    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByTestId('card-dark').click();
      await expect(page.getByTestId('card-dark')).toHaveAttribute('aria-pressed', String(theme === 'dark'));
      await expect(preview).toHaveAttribute('data-theme', theme);
      const suffix = theme === 'dark' ? '-dark' : '';
      // No Web Share here: "Share image" offers the story picture as a download.
      const story = await downloadPng(page, 'card-story');
      expect(story.download.suggestedFilename()).toBe(`micro-influencer-reflection-${lang}-story${suffix}.png`);
      expect([story.png.width, story.png.height]).toEqual([1080, 1920]);
      await expect(page.locator('.results-card__status')).toHaveText(DOWNLOADED[lang]);
      // The preview shows the picture the main button shares: the same words, the same theme.
      const storyTexts = (await drawn(page)).map((d) => d.text);
      const previewTexts = await preview.locator('text').allTextContents();
      expect(previewTexts).toEqual(storyTexts);
      expect(await preview.locator('rect').first().getAttribute('fill')).toBe(hex(BACKGROUND[theme]));

      // Instagram covers the top 250 and bottom 340 pixels: only plain background there.
      expect(pixelsOf(story.png, BACKGROUND[theme], [0, 250]), 'top 250 px').toBe(1080 * 250);
      expect(pixelsOf(story.png, BACKGROUND[theme], [1580, 1920]), 'bottom 340 px').toBe(1080 * 340);

      const link = await downloadPng(page, 'card-link');
      expect(link.download.suggestedFilename()).toBe(`micro-influencer-reflection-${lang}${suffix}.png`);
      expect([link.png.width, link.png.height]).toEqual([1200, 630]);
      // Text at its natural width: no maximum width passed to the canvas (which would squeeze
      // the glyphs), and every line ends inside the picture's margins.
      for (const d of await drawn(page)) {
        expect(d.squeezable, d.text).toBe(false);
        expect(d.x + d.width, `${d.text} fits`).toBeLessThanOrEqual(d.canvas - 40);
      }
      // Every family's colour block is drawn (on the story an 80 px block, less its icon).
      for (const [family, rgb] of Object.entries(FAMILY_RGB[theme])) {
        expect(pixelsOf(link.png, rgb), family).toBeGreaterThan(2000);
        expect(pixelsOf(story.png, rgb), family).toBeGreaterThan(4000);
      }
      // On the story each family's line lies on a panel of its tint, as the preview shows it:
      // three tints, each a panel across the card.
      const plain = [BACKGROUND[theme], ...Object.values(FAMILY_RGB[theme])].map(hex);
      const fills = await preview.locator('rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill') ?? ''));
      const tints = [...new Set(fills.filter((f) => !plain.includes(f)))];
      expect(tints, 'panel tints').toHaveLength(3);
      for (const tint of tints) {
        const rgb = [1, 3, 5].map((i) => parseInt(tint.slice(i, i + 2), 16));
        expect(pixelsOf(story.png, rgb), `panel ${tint}`).toBeGreaterThan(100_000);
      }
      fs.writeFileSync(path.join(SHOTS, `card-${lang}-story-${theme}.png`), PNG.sync.write(story.png));
      fs.writeFileSync(path.join(SHOTS, `card-${lang}-link-${theme}.png`), PNG.sync.write(link.png));
    }
  });
}

test('answers that support no first place give a card that says so, with no family line', async ({ page }) => {
  await withoutWebShare(page);
  await openResults(page, ALL_ONES, 'en');
  const text = page.getByTestId('card-text');
  await text.locator('summary').click();
  await expect(text).toContainText('My answers about this account do not lean clearly towards any one thing.');
  await expect(text).not.toContainText(LEAD.en);
  await expect(page.getByTestId('card-preview').locator('text')).not.toContainText([LEAD.en]);
});

test('two different results give visibly different pictures', async ({ page }) => {
  test.setTimeout(60_000);
  await withoutWebShare(page);
  const pictures: Record<string, { story: PNG; link: PNG }> = {};
  for (const code of [ALL_FIVES, VARIED]) {
    await page.goto('about:blank'); // a fresh visit: the previous address may differ only in its hash
    await openResults(page, code, 'en');
    pictures[code] = {
      story: (await downloadPng(page, 'card-story')).png,
      link: (await downloadPng(page, 'card-link')).png,
    };
  }
  const [a, b] = [pictures[ALL_FIVES], pictures[VARIED]];
  // More than 1% of the pixels: the lines' words and icons change.
  expect(differingPixels(a.link, b.link)).toBeGreaterThan(1200 * 630 * 0.01);
  expect(differingPixels(a.story, b.story)).toBeGreaterThan(1080 * 1920 * 0.01);
  // The same results twice give the same picture.
  const again = (await downloadPng(page, 'card-link')).png;
  expect(differingPixels(again, b.link)).toBe(0);
});

test('a browser that can not share files gets the download', async ({ page }) => {
  await page.addInitScript(() => {
    const proto = Navigator.prototype as unknown as Record<string, unknown>;
    proto.canShare = () => false;
    proto.share = async () => {
      (window as unknown as { shareCalls: number }).shareCalls += 1;
    };
    (window as unknown as { shareCalls: number }).shareCalls = 0;
  });
  await openResults(page, VARIED, 'en');
  const story = await downloadPng(page, 'card-story');
  expect([story.png.width, story.png.height]).toEqual([1080, 1920]);
  expect(await page.evaluate(() => (window as unknown as { shareCalls: number }).shareCalls)).toBe(0);
});

for (const lang of LANGS) {
  test(`${lang}: with Web Share for files, "Share image" shares one PNG file and downloads nothing`, async ({ page }) => {
    await page.addInitScript(() => {
      type Shared = { name: string; type: string; size: number }[];
      const w = window as unknown as { shared: Shared[] };
      w.shared = [];
      const proto = Navigator.prototype as unknown as Record<string, unknown>;
      proto.canShare = (data: { files?: File[] }) => Boolean(data?.files?.length);
      proto.share = async (data: { files: File[] }) => {
        w.shared.push(data.files.map((f) => ({ name: f.name, type: f.type, size: f.size })));
      };
    });
    let downloads = 0;
    page.on('download', () => downloads++);
    await openResults(page, VARIED, lang);
    await page.getByTestId('card-story').click();
    await expect(page.locator('.results-card__status')).toHaveText(SHARED[lang]);
    const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
    expect(shared).toHaveLength(1);
    const [files] = shared as { name: string; type: string; size: number }[][];
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe(`micro-influencer-reflection-${lang}-story.png`);
    expect(files[0].type).toBe('image/png');
    expect(files[0].size).toBeGreaterThan(10_000);
    expect(downloads).toBe(0);
  });

  test(`${lang}: the results page with the glance and the card passes axe`, async ({ page }) => {
    await openResults(page, VARIED, lang);
    await expect(page.getByTestId('glance')).toBeVisible();
    await page.getByTestId('card-text').locator('summary').click();
    await page.getByTestId('card-dark').click();
    await expectNoAxeViolations(page, `results-card-${lang}`);
  });
}
