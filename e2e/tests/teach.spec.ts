// Lecturer kit: the link/embed builder produces the right link, snippet and a QR code that
// decodes to the link; the embed auto-sizes inside a course page on another origin (with
// embed.js, and with an H5P-style resizer only); the class profile summarises pasted or
// uploaded result codes, flags bad lines and exports a CSV.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test as base, expect, expectNoAxeViolations } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, QUIZ, TESTS_DIR, V1_CODES, V2_CODES, expectedRowScores, openApp, pagePath } from './helpers';
import { encodeAnswers } from './codes';
// @ts-ignore -- plain ESM module without type declarations
import { startServer } from '../../scripts/serve.mjs';

type Host = { url: string; close: () => Promise<void> };

/** A second loopback origin serving the course-page hosts (generated for the app's origin). */
const test = base.extend<{}, { host: Host }>({
  host: [
    async ({}, use, workerInfo) => {
      const appOrigin = new URL(String(workerInfo.project.use.baseURL ?? APP_ORIGIN)).origin;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-hosts-'));
      for (const name of fs.readdirSync(path.join(TESTS_DIR, 'hosts'))) {
        const text = fs.readFileSync(path.join(TESTS_DIR, 'hosts', name), 'utf8');
        fs.writeFileSync(path.join(dir, name), text.replaceAll('{{APP_ORIGIN}}', appOrigin));
      }
      const server = await startServer({ dir, port: 0, host: '127.0.0.1', quiet: true });
      await use({ url: server.url, close: server.close });
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // The host page is on another origin than baseURL: allow it (the app's own origin, which
  // the frame loads from, is always allowed by the fixture).
  allowedOrigins: async ({ host }, use) => {
    await use([host.url]);
  },
});

test.describe.configure({ mode: 'parallel' });

/** Decodes the QR code in a PNG. */
const decodeQr = (bytes: Buffer) => {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
};

test("the preview's frame loads only once the lecturer opens it, then shows the page as students see it", async ({ page }) => {
  const framed: string[] = [];
  page.on('request', (r) => {
    if (r.frame() !== page.mainFrame() && r.resourceType() === 'document') framed.push(r.url());
  });
  await openApp(page, pagePath('teach', 'en'));
  // The default choice is the overview's diagram, embedded.
  const preview = page.getByTestId('teach-preview');
  await expect(preview).not.toHaveAttribute('open');
  await preview.locator('summary').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(framed, 'a page requested in a frame before the preview was opened').toEqual([]);
  await preview.getByRole('heading', { name: 'Preview: as students see it' }).click();
  await expect(preview).toHaveAttribute('open', '');
  const frame = page.frameLocator('iframe.preview');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(frame.locator('html')).toHaveClass(/embed/);
  expect(framed).toEqual([`${APP_ORIGIN}/en/?embed=widget`]);
});

test('link builder: names only, a plain link with its QR code (and PNG), or embed code that says what it copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await openApp(page, pagePath('teach', 'en'));
  const section = page.locator('#teach-section');
  const names = await section.locator('option').allTextContents();
  expect(names).toContain('Motivations');
  expect(names.filter((n) => n.includes('#') || n.includes('/')), 'section names only').toEqual([]);
  await section.selectOption('motivations/bandwagon');
  await page.locator('#teach-lang').selectOption('id');

  // A plain link: the page's canonical address, its QR code, no embed code at all.
  await page.getByLabel('A link or QR code').check();
  const expectedLink = `${APP_ORIGIN}/id/motivations/bandwagon/`;
  await expect(page.getByTestId('teach-link')).toHaveText(expectedLink);
  await expect(page.getByTestId('teach-snippet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy embed code' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedLink);
  await expect(page.locator('iframe.preview')).toHaveAttribute('src', expectedLink);

  // The QR code: an inline SVG that decodes to the link, and the same as a PNG download.
  const qr = page.getByTestId('qr');
  await expect(qr.locator('rect[fill="#fff"]')).toHaveCount(1);
  await qr.scrollIntoViewIfNeeded();
  expect(decodeQr(await qr.screenshot())).toBe(expectedLink);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('qr-download').click()]);
  expect(download.suggestedFilename()).toBe('qr-id-motivations-bandwagon.png');
  const file = await download.path();
  expect(decodeQr(fs.readFileSync(file!))).toBe(expectedLink);

  // Embedding a finding's page: the whole section, at a fixed height, no script unless asked.
  await page.getByLabel('Embed it in a course page').check();
  await expect(page.getByTestId('teach-link')).toHaveCount(0);
  const snippet = page.getByTestId('teach-snippet');
  await expect(snippet).toContainText(`src="${APP_ORIGIN}/id/motivations/bandwagon/?embed=1"`);
  await expect(snippet).toContainText('title="Teman juga mengikuti · efek bandwagon — Mengapa follower mengikuti micro influencer"');
  await expect(snippet).toContainText('loading="lazy"');
  await expect(snippet).toContainText(/height="\d{3,4}"/);
  await expect(snippet).not.toContainText('<script');
  const height = /height="(\d+)"/.exec((await snippet.textContent())!)![1];
  await expect(page.getByTestId('teach-height')).toContainText(`${height} pixels`);
  await page.getByLabel('Add the resizer script (optional)').check();
  await expect(snippet).toContainText(`<script src="${APP_ORIGIN}/embed.js" defer></script>`);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.textContent());
  await expect(page.locator('iframe.preview')).toHaveAttribute('src', `${APP_ORIGIN}/id/motivations/bandwagon/?embed=1`);

  // A family page offers its diagram alone; the quiz only its compact widget.
  await section.selectOption('motivations');
  await expect(page.getByLabel('Only its diagram (compact)')).toBeChecked();
  await expect(snippet).toContainText(`src="${APP_ORIGIN}/id/motivations/?embed=widget"`);
  await page.getByLabel('The whole section').check();
  await expect(snippet).toContainText(`src="${APP_ORIGIN}/id/motivations/?embed=1"`);
  await section.selectOption('quiz');
  await expect(page.getByLabel('The whole section')).toHaveCount(0);
  await expect(snippet).toContainText(`src="${APP_ORIGIN}/id/quiz/?embed=widget"`);

  // Each platform's steps.
  const steps = page.getByTestId('teach-steps');
  await expect(steps).toContainText('Tools › Source code');
  await page.locator('#teach-platform').selectOption('canvas');
  await expect(steps).toContainText('Canvas removes scripts');
  await page.locator('#teach-platform').selectOption('google-sites');
  await expect(steps).toContainText('Insert › Embed › Embed code');
  await page.locator('#teach-platform').selectOption('wordpress');
  await expect(steps).toContainText('Custom HTML block');
  await expectNoAxeViolations(page, 'kit with the embed builder');
});

/** The iframe element's rendered height and its document's body scrollHeight. */
async function heights(page: Page, frame: Frame) {
  const iframe = await page.locator('#mie').boundingBox();
  const body = await frame.evaluate(() => document.body.scrollHeight);
  return { iframe: iframe!.height, body };
}

async function appFrame(page: Page): Promise<Frame> {
  const el = await page.locator('#mie').elementHandle();
  const frame = await el!.contentFrame();
  await expect.poll(() => frame!.evaluate(() => document.documentElement.getAttribute('data-ready'))).toBe('true');
  return frame!;
}

test('embedded with embed.js on another origin: the frame follows its content height', async ({ page, host }) => {
  await page.goto(`${host.url}/lms.html`);
  const frame = await appFrame(page);
  const inFrame = page.frameLocator('#mie');
  await expect(inFrame.locator('h1')).toHaveText('Motivations: why follow?');
  await expect(inFrame.locator('header')).toHaveCount(0);
  await expect(inFrame.locator('footer')).toHaveCount(0);
  const openFull = inFrame.getByRole('link', { name: 'Open the full explainer (new tab)' });
  await expect(openFull).toHaveAttribute('target', '_blank');
  await expect(openFull).toHaveAttribute('href', `${APP_ORIGIN}/en/motivations/`);

  // Sized by embed.js to the frame's content (the attribute said 300).
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.body) <= 3 && h.iframe > 300;
    })
    .toBe(true);
  const before = await heights(page, frame);

  // Opening a finding inside the frame makes it taller, and the frame follows.
  await inFrame.locator('[data-node=attraction]').click();
  await expect(inFrame.getByTestId('detail')).toHaveAttribute('data-finding', 'attraction');
  expect(await frame.evaluate(() => location.pathname)).toMatch(/\/(en|id)\/motivations\/attraction\/$/);
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.body) <= 3 && h.iframe > before.iframe + 100;
    })
    .toBe(true);
  await expect(inFrame.locator('header')).toHaveCount(0);
  await expect(openFull).toHaveAttribute('href', `${APP_ORIGIN}/en/motivations/attraction/`);
});

test('embedded with an H5P-style resizer only: the frame is sized to its content', async ({ page, host }) => {
  await page.goto(`${host.url}/h5p.html`);
  const frame = await appFrame(page);
  const inFrame = page.frameLocator('#mie');
  await expect(inFrame.locator('h1')).toHaveText('Kedekatan yang hanya dirasakan satu pihak');
  await expect(inFrame.getByRole('link', { name: 'Buka penjelasan lengkap (tab baru)' })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.body) <= 3 && h.iframe > 200;
    })
    .toBe(true);
  const log: string[] = await page.evaluate(() => (window as any).h5pLog);
  expect(log).toContain('hello');
  expect(log).toContain('prepareResize');
  expect(log).toContain('resize');
  // Content grows (a comment appears under the post): the frame follows.
  const before = await heights(page, frame);
  await inFrame.locator('[data-action=comment]').click();
  await expect(inFrame.locator('#post-comment')).toBeVisible();
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.body) <= 3 && h.iframe > before.iframe;
    })
    .toBe(true);
});

// ---- Class profile ----

/** Row ids of the current version's table: a construct, or `construct/part` for each part. */
const constructs = QUIZ.constructs.flatMap((c) => (c.parts?.length ? c.parts.map((p) => `${c.slug}/${p.slug}`) : [c.slug]));
const constructOf = (row: string) => QUIZ.constructs.find((c) => c.slug === row.split('/')[0])!;
const all = (v: number) => Array(ITEM_COUNT).fill(v);
/** Answers given per construct, in instrument order. */
function byConstruct(values: Record<string, number[]>, fill: number): number[] {
  return QUIZ.constructs.flatMap((c) => values[c.slug] ?? Array(c.items.length).fill(fill));
}
const FOURTH = byConstruct(
  { bandwagon: [5, 5, 5, 4], applause: [5, 5, 5, 5], information: [1, 2, 3, 4] },
  3,
);
/** Expected scores by row id, and by construct (a construct with parts: its highest part). */
const scoresOf = (answers: number[]) => expectedRowScores(answers) as Record<string, number>;
const one = (v: number) => {
  const tenfold = v * 10;
  if (Math.abs(tenfold - Math.floor(tenfold) - 0.5) < 1e-9) throw new Error(`ambiguous rounding of ${v}`);
  return v.toFixed(1);
};
function stats(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
  return { mean: one(mean), sd: one(sd) };
}

test('the test encoder agrees with the app', async ({ page }) => {
  const code = encodeAnswers(FOURTH);
  await openApp(page, pagePath(`results/${code}`, 'en'));
  const expected = scoresOf(FOURTH);
  for (const slug of constructs) {
    const [construct, part] = slug.split('/');
    const row = part
      ? page.locator(`li[data-construct="${construct}"] li[data-part="${part}"]`)
      : page.locator(`li[data-construct="${slug}"]`);
    await expect(row).toHaveAttribute('data-score', String(expected[slug]));
  }
  expect(expected).toMatchObject({ bandwagon: 94, applause: 100, information: 38, entertainment: 50 });
});

test('class profile: pasted codes and links, problems, table and CSV', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const c5 = encodeAnswers(all(5));
  const c3 = encodeAnswers(all(3));
  const c1 = encodeAnswers(all(1));
  const c4 = encodeAnswers(FOURTH);
  await openApp(page, pagePath('teach', 'en'));
  const input = page.locator('textarea#class-input');
  const rows = page.locator('tr[data-construct]');

  // Three codes: every construct at 100, 50 and 0 → mean 50.0, sd 50.0, all tied first.
  await input.fill([c5, c3, c1].join('\n'));
  await page.getByTestId('class-compute').click();
  await expect(page.getByTestId('class-counts')).toHaveText('3 valid lines, 0 invalid, 0 possible duplicates.');
  await expect(page.getByTestId('class-versions')).toHaveText(
    `Quiz versions: 3 codes from the current version (${QUIZ.version}), 0 from earlier versions.`,
  );
  await expect(page.getByTestId('class-not-pooled')).toHaveCount(0);
  await expect(rows).toHaveCount(constructs.length);
  for (const slug of constructs) {
    const row = page.locator(`tr[data-construct="${slug}"]`);
    await expect(row.locator('td[data-col=mean]')).toHaveText('50.0');
    await expect(row.locator('td[data-col=sd]')).toHaveText('50.0');
    await expect(row.locator('td[data-col=first]')).toHaveText(slug === 'parasocial' ? '—' : '3');
  }
  await expect(page.getByTestId('class-problems')).toHaveCount(0);

  // The full class: a possible duplicate (counted), garbage, a truncated code, a full link
  // and blank lines.
  const lines = [
    c5, // 1
    c3, // 2
    '', // 3
    c1, // 4
    c5, // 5 the same code as line 1: counted, listed as a possible duplicate
    'not a code!', // 6
    c3.slice(0, 20), // 7 truncated
    '   ', // 8 blank
    `https://example.org/app/?lang=id#/results/${c4}`, // 9
    '', // 10
  ];
  const text = lines.join('\n');
  await input.fill(text);
  await page.getByTestId('class-compute').click();
  const counts = '5 valid lines, 2 invalid, 1 possible duplicate.';
  await expect(page.getByTestId('class-counts')).toHaveText(counts);
  await expect(page.getByTestId('class-problems').locator('li')).toHaveText([
    'Line 6: The code contains characters a results code never has.',
    'Line 7: The code is incomplete; it may have been cut off when copied.',
    'Line 5 holds the same code as line 1: perhaps one student twice, perhaps two students who answered alike. Both are counted; delete one line if it is a repeat.',
  ]);

  const s4 = scoresOf(FOURTH);
  const firstCount: Record<string, string> = {};
  const expected: Record<string, { n: string; mean: string; sd: string; first: string }> = {};
  for (const slug of constructs) {
    const construct = constructOf(slug);
    const members = QUIZ.constructs.filter((c) => c.family === construct.family).map((c) => c.slug);
    // A construct is placed by its score, one with parts by its highest part.
    const top = Math.max(...members.map((m) => s4[m]));
    const leads = s4[construct.slug] === top && s4[slug] === s4[construct.slug];
    // c5, c3, c1 and c5 again tie every construct in its family, so each is first for all four.
    firstCount[slug] = construct.family === 'closeness' ? '—' : String(4 + (leads ? 1 : 0));
    expected[slug] = { n: '5', ...stats([100, 50, 0, 100, s4[slug]]), first: firstCount[slug] };
  }
  expect(firstCount).toMatchObject({
    bandwagon: '5',
    applause: '5',
    entertainment: '5',
    'attraction/physical': '4',
    'attraction/competence': '4',
  });
  for (const slug of constructs) {
    const row = page.locator(`tr[data-construct="${slug}"]`);
    await expect(row.locator('td').first()).toHaveText(expected[slug].n);
    await expect(row.locator('td[data-col=mean]')).toHaveText(expected[slug].mean);
    await expect(row.locator('td[data-col=sd]')).toHaveText(expected[slug].sd);
    await expect(row.locator('td[data-col=first]')).toHaveText(expected[slug].first);
  }

  // CSV download: header + one row per table row, same numbers as the table, every field quoted.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-csv').click()]);
  expect(download.suggestedFilename()).toBe('class-profile.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const records = csv.split(/\r\n/).filter((l) => l !== '');
  expect(records).toHaveLength(1 + constructs.length);
  // RFC 4180 fields of one record: raw text (to see the quoting) and value.
  const parse = (line: string) => {
    const fields: { raw: string; value: string }[] = [];
    let i = 0;
    for (;;) {
      const start = i;
      let value = '';
      if (line[i] === '"') {
        i++;
        for (;;) {
          const q = line.indexOf('"', i);
          if (q < 0) throw new Error(`unterminated quote in ${line}`);
          value += line.slice(i, q);
          if (line[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      } else {
        const c = line.indexOf(',', i);
        value = line.slice(i, c < 0 ? line.length : c);
        i = c < 0 ? line.length : c;
      }
      fields.push({ raw: line.slice(start, i), value });
      if (i >= line.length) return fields;
      if (line[i] !== ',') throw new Error(`bad CSV near ${line.slice(i)}`);
      i++;
    }
  };
  const header = parse(records[0]).map((f) => f.value);
  expect(header).toEqual(['Version', 'id', 'Construct', 'Scores', 'Mean (0–100)', 'Standard deviation', 'Ranked first']);
  const unquoted: string[] = [];
  records.forEach((line, i) => {
    for (const f of parse(line)) if (!/^".*"$/s.test(f.raw)) unquoted.push(`record ${i}: ${f.raw}`);
  });
  const csvRows = records.slice(1).map((l) => parse(l).map((f) => f.value));
  expect(csvRows.map((r) => r[1])).toEqual(constructs);
  for (const r of csvRows) {
    const e = expected[r[1]];
    expect(r[0]).toBe(String(QUIZ.version));
    expect(r.slice(3), r[1]).toEqual([e.n, e.mean, e.sd, e.first === '—' ? '' : e.first]);
    expect(r[2]).toBe(await page.locator(`tr[data-construct="${r[1]}"] th`).textContent());
  }
  expect(unquoted, 'every CSV field is quoted').toEqual([]);
});

test('class profile from an uploaded text file gives the same counts', async ({ page }) => {
  const c5 = encodeAnswers(all(5));
  const c4 = encodeAnswers(FOURTH);
  const text = [c5, '', encodeAnswers(all(1)), c5, 'garbage!', encodeAnswers(all(3)).slice(0, 20), `https://example.org/app/?lang=id#/results/${c4}`].join('\n');
  await openApp(page, pagePath('teach', 'en'));
  await page.locator('input#class-file').setInputFiles({
    name: 'codes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('class-counts')).toHaveText('4 valid lines, 2 invalid, 1 possible duplicate.');
  await expect(page.locator('textarea#class-input')).toHaveValue(text);
  await expect(page.locator('tr[data-construct]')).toHaveCount(constructs.length);
  await expect(page.locator('tr[data-construct=bandwagon] td[data-col=mean]')).toHaveText(
    one((100 + 0 + 100 + 94) / 4),
  );
  // Pressing compute on the loaded text gives the same result.
  await page.getByTestId('class-compute').click();
  await expect(page.getByTestId('class-counts')).toHaveText('4 valid lines, 2 invalid, 1 possible duplicate.');
});

test('class profile: codes of versions 1, 2 and 3 are counted and never pooled', async ({ page }) => {
  const v3 = [encodeAnswers(all(5)), encodeAnswers(all(1))];
  const v2 = [V2_CODES[0].code]; // all 5
  const v1 = V1_CODES.slice(0, 3).map((c) => c.code); // all 5, all 1, all 3
  await openApp(page, pagePath('teach', 'en'));
  await page.locator('textarea#class-input').fill([...v3, ...v2, ...v1].join('\n'));
  await page.getByTestId('class-compute').click();
  await expect(page.getByTestId('class-counts')).toHaveText('6 valid lines, 0 invalid, 0 possible duplicates.');
  await expect(page.getByTestId('class-versions')).toHaveText(
    'Quiz versions: 2 codes from the current version (3), 4 from earlier versions.',
  );
  await expect(page.getByTestId('class-not-pooled')).toContainText('not pooled');
  const current = page.locator('[data-version="3"]');
  const second = page.locator('[data-version="2"]');
  const earlier = page.locator('[data-version="1"]');
  await expect(current.locator('caption')).toContainText('from version 3 codes');
  await expect(second.locator('caption')).toContainText('from version 2 codes');
  await expect(earlier.locator('caption')).toContainText('from version 1 codes');
  // Version 3: attraction as three parts, two students each.
  await expect(current.locator('tr[data-construct]')).toHaveCount(constructs.length);
  await expect(current.locator('tr[data-construct="attraction/physical"] td').first()).toHaveText('2');
  await expect(current.locator('tr[data-construct="attraction/physical"] th')).toHaveText(
    "The influencer's appeal · interpersonal attraction: Physical appeal",
  );
  // Version 2: its own table of one student, attraction as parts too.
  await expect(second.locator('tr[data-construct]')).toHaveCount(constructs.length);
  await expect(second.locator('tr[data-construct="emotional-arousal"] td').first()).toHaveText('1');
  await expect(second.locator('tr[data-construct="emotional-arousal"] td[data-col=mean]')).toHaveText('100.0');
  // Version 1: attraction one number, three students; no row mixes the versions.
  await expect(earlier.locator('tr[data-construct]')).toHaveCount(10);
  await expect(earlier.locator('tr[data-construct="attraction"] td').first()).toHaveText('3');
  await expect(earlier.locator('tr[data-construct="attraction"] td[data-col=mean]')).toHaveText('50.0');
  await expect(current.locator('tr[data-construct="bandwagon"] td[data-col=mean]')).toHaveText('50.0');
  await expect(current.locator('tr[data-construct="bandwagon"] td').first()).toHaveText('2');
  await expectNoAxeViolations(page, 'class-profile-three-versions');
});

test('readers never download the lecturer kit or the quiz; links and old addresses land in them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openApp(page, pagePath('motivations', 'en'));
  expect(
    requested.filter((p) => p.startsWith('/teach/') || p.startsWith('/quiz/')),
    'a reading page loads nothing of the kit or the quiz',
  ).toEqual([]);
  expect(requested.some((p) => p.endsWith('.wasm'))).toBe(true);

  // A shared results link (the app folder's address) opens in the quiz document.
  const code = encodeAnswers(all(4));
  await openApp(page, pagePath(`results/${code}`, 'en'));
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/results/#${code}`);
  await expect(page.getByTestId('results')).toBeVisible();
  await expect(page.getByTestId('share-link')).toHaveText(`${APP_ORIGIN}/en/results/#${code}`);

  await page.locator('header nav').getByRole('link', { name: 'For lecturers', exact: true }).click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/teach/`);
  await expect(page.locator('h1')).toHaveText('For lecturers: embed, link, see your class profile');
  await expect(page.locator('#teach-section')).toBeVisible();

  // Old links, with the options before the hash or inside it, keep their options.
  await openApp(page, '/?lang=id&embed=1#/teach');
  await expect(page).toHaveURL(`${APP_ORIGIN}/id/teach/?embed=1`);
  await expect(page.locator('h1')).toHaveText('Untuk dosen: sematkan, tautkan, lihat profil kelas');
  await expect(page.locator('header')).toHaveCount(0);
  await openApp(page, '/#/teach?lang=en&embed=1');
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/teach/?embed=1`);
  await expect(page.locator('h1')).toHaveText('For lecturers: embed, link, see your class profile');

  // From the kit, reading links go back to the reader app in the same language.
  await openApp(page, '/teach/?lang=id#/teach');
  await page.locator('header nav').getByRole('link', { name: 'Motivasi', exact: true }).click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/id/motivations/`);
  await expect(page.locator('h1')).toHaveText('Motivasi: mengapa mengikuti?');
});
