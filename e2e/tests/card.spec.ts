// The results card: on the results page with its text version; the story (1080 × 1920) and
// link (1200 × 630) pictures are PNG files drawn in the browser, decoded here; different
// results give visibly different pictures; "Share image" uses Web Share with files where the
// browser has it and downloads otherwise; axe passes on the results page with the card.
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, LANGS, openApp, pagePath, type Lang } from './helpers';
import { encodeAnswers } from './codes';

test.describe.configure({ mode: 'parallel' });

/** Every statement answered "strongly agree": every result 100, all tied. */
const ALL_FIVES = encodeAnswers(Array(ITEM_COUNT).fill(5));
/** A varied pattern: scores spread out, so the order and the bars differ from ALL_FIVES. */
const VARIED = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i * 7) % 5 + 1));

const CAVEAT: Record<Lang, string> = {
  en: 'A reflection, not a test',
  id: 'Sebuah refleksi, bukan tes',
};
const DOWNLOADED: Record<Lang, string> = {
  en: 'The image was downloaded.',
  id: 'Gambar sudah diunduh.',
};
const SHARED: Record<Lang, string> = { en: 'The image was shared.', id: 'Gambar sudah dibagikan.' };

/** Removes Web Share from the browser before the app starts, as on most desktops. */
async function withoutWebShare(page: Page) {
  await page.addInitScript(() => {
    const proto = Navigator.prototype as unknown as Record<string, unknown>;
    delete proto.share;
    delete proto.canShare;
  });
}

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

/** Pixels of exactly `rgb` (bars are filled with the family colours). */
function pixelsOf(png: PNG, [r, g, b]: [number, number, number]): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) count++;
  }
  return count;
}

const FAMILY_RGB: Record<string, [number, number, number]> = {
  motivations: [0x9d, 0x17, 0x4d],
  interactions: [0x0a, 0x58, 0xa8],
  benefits: [0x16, 0x65, 0x34],
};

for (const lang of LANGS) {
  test(`${lang}: the card is on the results page with its text, and both pictures download as PNGs of the right size`, async ({ page }) => {
    test.setTimeout(60_000);
    await withoutWebShare(page);
    await openResults(page, ALL_FIVES, lang);
    const text = page.getByTestId('card-text');
    await text.locator('summary').click();
    await expect(text).toContainText(CAVEAT[lang]);
    await expect(text).toContainText(`${APP_ORIGIN}/${lang}/results/#${ALL_FIVES}`);
    await expect(page.getByTestId('card-preview')).toBeVisible();

    // No Web Share here: "Share image" offers the story picture as a download.
    const story = await downloadPng(page, 'card-story');
    expect(story.download.suggestedFilename()).toBe('micro-influencer-reflection-story.png');
    expect([story.png.width, story.png.height]).toEqual([1080, 1920]);
    await expect(page.locator('.results-card__status')).toHaveText(DOWNLOADED[lang]);

    const link = await downloadPng(page, 'card-link');
    expect(link.download.suggestedFilename()).toBe('micro-influencer-reflection.png');
    expect([link.png.width, link.png.height]).toEqual([1200, 630]);
    // Every family's colour is drawn (its bars are full at 100).
    for (const [family, rgb] of Object.entries(FAMILY_RGB)) {
      expect(pixelsOf(link.png, rgb), family).toBeGreaterThan(2000);
      expect(pixelsOf(story.png, rgb), family).toBeGreaterThan(2000);
    }
  });
}

test('two different results give visibly different pictures', async ({ page }) => {
  test.setTimeout(60_000);
  await withoutWebShare(page);
  const pictures: Record<string, { story: PNG; link: PNG }> = {};
  for (const code of [ALL_FIVES, VARIED]) {
    await openResults(page, code, 'en');
    await page.reload(); // the previous address may differ only in its hash
    await expect(page.getByTestId('results-card')).toBeVisible();
    pictures[code] = {
      story: (await downloadPng(page, 'card-story')).png,
      link: (await downloadPng(page, 'card-link')).png,
    };
  }
  const [a, b] = [pictures[ALL_FIVES], pictures[VARIED]];
  // More than 1% of the pixels: the order, the ranks and the bar lengths all change.
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
    expect(files[0].name).toBe('micro-influencer-reflection-story.png');
    expect(files[0].type).toBe('image/png');
    expect(files[0].size).toBeGreaterThan(10_000);
    expect(downloads).toBe(0);
  });

  test(`${lang}: the results page with the glance and the card passes axe`, async ({ page }) => {
    await openResults(page, VARIED, lang);
    await expect(page.getByTestId('glance')).toBeVisible();
    await page.getByTestId('card-text').locator('summary').click();
    await expectNoAxeViolations(page, `results-card-${lang}`);
  });
}
