// Link previews per page: the build with SITE_URL gives every page its own Open Graph picture.
// The suite's dist/ is built without SITE_URL (no previews, as a relative image address is of
// no use), so this spec makes its own: the prerenderer of the last build with SITE_URL into a
// temporary folder, then scripts/drawings.mjs, exactly as scripts/build.sh runs them. Each
// page's og:image must be a file there, a 1200 × 630 PNG of its own, and the pictures show
// the section's family colour.
import { test, expect } from './fixtures';
import { REPO_DIR } from './helpers';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SITE = 'https://kampus.example/explainer/';
const PRERENDER = path.join(REPO_DIR, 'target', 'debug', 'prerender');
/** The family colours of the card's palette (domain::card::palette). */
const COLOURS = { motivations: [0x9d, 0x17, 0x4d], interactions: [0x0a, 0x58, 0xa8], benefits: [0x16, 0x65, 0x34] };

test.describe.configure({ mode: 'serial' });

let dir = '';
let dist = '';

test.beforeAll(() => {
  test.setTimeout(180_000);
  if (!fs.existsSync(PRERENDER)) throw new Error(`${PRERENDER} is missing: run scripts/build.sh first`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-previews-'));
  dist = path.join(dir, 'dist');
  const env = { ...process.env, SITE_URL: SITE };
  execFileSync(PRERENDER, [path.join(REPO_DIR, 'target', 'trunk'), dist], { env, stdio: 'pipe' });
  execFileSync('node', [path.join(REPO_DIR, 'scripts', 'drawings.mjs'), dist], { env, stdio: 'pipe' });
});

test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every prerendered page of dist (`en/motivations/bandwagon/index.html`, and the root). */
function pages(): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && /^(index\.html|(en|id)\/)/.test(f.split(path.sep).join('/')))
    .map((f) => f.split(path.sep).join('/'));
}

/** The content of a page's `<meta property|name="…">`. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)">`).exec(html);
  return tag?.[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every page names a 1200 × 630 PNG of its own, with its size and a text alternative', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(70);
  const seen = new Map<string, string>();
  for (const page of all) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    const image = meta(html, 'og:image')!;
    expect(image, page).toMatch(new RegExp(`^${SITE}preview/(en|id)`));
    expect(meta(html, 'twitter:image'), page).toBe(image);
    expect(meta(html, 'og:image:width'), page).toBe('1200');
    expect(meta(html, 'og:image:height'), page).toBe('630');
    expect(meta(html, 'og:image:type'), page).toBe('image/png');
    const alt = meta(html, 'og:image:alt');
    expect(alt, page).toBeTruthy();
    expect(meta(html, 'twitter:image:alt'), page).toBe(alt);
    const file = path.join(dist, image.slice(SITE.length));
    expect(fs.existsSync(file), `${page}: ${file}`).toBe(true);
    const bytes = fs.readFileSync(file);
    expect(pngSize(bytes), page).toEqual([1200, 630]);
    // Pages of the same language and section share a picture only with themselves (the root
    // is the Indonesian overview).
    const hash = crypto.createHash('sha256').update(bytes).digest('hex');
    const other = seen.get(hash);
    if (other && page !== 'index.html' && other !== 'index.html') throw new Error(`${page} has the picture of ${other}`);
    seen.set(hash, page);
  }
  expect(meta(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'), 'og:image')).toBe(`${SITE}preview/id.png`);
  // Only the pictures are left: the drawings they were made from are gone.
  const left = fs.readdirSync(path.join(dist, 'preview'), { recursive: true, encoding: 'utf8' });
  expect(left.filter((f) => f.endsWith('.svg'))).toEqual([]);
  expect(left.filter((f) => f.endsWith('.png')).length).toBe(all.length - 1);
});

test('a finding, a family and a page of no one family show their colours, both languages alike, and no words run off', async ({ page }) => {
  /** A w × h area of a preview at (x, y), read back from the PNG in the browser: the colour of
   * its first pixel and how many of its colour values are not white. (The area's own bytes
   * stay in the browser: 80 strips of 40 × 630 pixels sent to the runner took seconds each on
   * a loaded machine.) */
  const area = async (file: string, x: number, y: number, w: number, h: number) => {
    const src = `data:image/png;base64,${fs.readFileSync(path.join(dist, 'preview', file)).toString('base64')}`;
    return page.evaluate(
      async ({ src, x, y, w, h }) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(x, y, w, h).data;
        return { first: [...data.slice(0, 3)], inked: data.filter((v) => v !== 255).length };
      },
      { src, x, y, w, h },
    );
  };
  /** The colour at (x, y) of a preview. */
  const pixel = async (file: string, x: number, y: number) => (await area(file, x, y, 1, 1)).first;
  for (const lang of ['id', 'en']) {
    // The panel on the left carries the family colour, the words stand on white.
    expect(await pixel(`${lang}/motivations/bandwagon.png`, 20, 20)).toEqual(COLOURS.motivations);
    expect(await pixel(`${lang}/interactions.png`, 20, 600)).toEqual(COLOURS.interactions);
    expect(await pixel(`${lang}/glossary/bandwagon-effect.png`, 20, 20)).toEqual(COLOURS.motivations);
    expect(await pixel(`${lang}/benefits/information.png`, 20, 20)).toEqual(COLOURS.benefits);
    expect(await pixel(`${lang}/motivations/bandwagon.png`, 1180, 20)).toEqual([255, 255, 255]);
    expect(await pixel(`${lang}/quiz.png`, 20, 20)).toEqual([255, 255, 255]);
  }
  // No words run into the right margin on any picture (the layout leaves 64 px; a line that
  // came out wider in this machine's fonts would have been drawn smaller).
  const all = fs.readdirSync(path.join(dist, 'preview'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
  for (const file of all) {
    // The 40 px strip at the right edge of the 1200 × 630 picture, the whole height.
    const { inked } = await area(file, 1160, 0, 40, 630);
    expect(inked, file).toBe(0);
  }
  // The same section in the other language is another picture (its words differ).
  const bytes = (file: string) => fs.readFileSync(path.join(dist, 'preview', file));
  expect(bytes('id/motivations/bandwagon.png').equals(bytes('en/motivations/bandwagon.png'))).toBe(false);
});
