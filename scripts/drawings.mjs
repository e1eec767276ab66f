#!/usr/bin/env node
// The pictures the build draws, in Debian's Chromium, which the tests already use (no
// dependency of its own):
//
//   node scripts/drawings.mjs [dist]
//     -> dist/icon-32.png (the reading pages' favicon), dist/icon-192.png, dist/icon-512.png
//        from dist/icon.svg (copied there from assets/icon.svg by Trunk); corners outside the
//        rounded square stay transparent;
//     -> with SITE_URL, each page's link preview: the prerenderer writes its drawing as
//        dist/preview/…/*.svg (domain::link_preview, drawn by the results card's SVG view),
//        and each becomes the PNG beside it (1200 × 630), the SVG removed; a line that
//        comes out wider than its room (another machine's fonts) is drawn smaller to fit.
//
// The icon sizes are domain::install::ICON_PNG_SIZES (the manifests name the same files) and
// domain::install::FAVICON_SIZE.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'));

/** The favicon's size (domain::install::FAVICON_SIZE). */
export const FAVICON = 32;
/** The PNG sizes: the favicon, then the manifests' (domain::install::ICON_PNG_SIZES). */
export const SIZES = [FAVICON, 192, 512];
/** The link previews' folder in dist (domain::link_preview::FOLDER). */
export const PREVIEWS = 'preview';

/** Screenshots `html` in a page of `width` × `height` into `file`. */
async function draw(page, html, file) {
  await page.setContent(`<!doctype html><body style="margin:0">${html}`);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode()));
  });
  await page.screenshot({ path: file, omitBackground: true });
}

/** Writes `icon-{size}.png` for every size next to `dist/icon.svg`; returns their paths. */
async function drawIcons(browser, dist) {
  const svg = fs.readFileSync(path.join(dist, 'icon.svg'));
  const written = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    const file = path.join(dist, `icon-${size}.png`);
    await draw(page, `<img src="${src}" width="${size}" height="${size}" style="display:block">`, file);
    await page.close();
    written.push(file);
  }
  return written;
}

/** The preview drawings under `dist/preview/`, from dist's root. */
function previewDrawings(dist) {
  const root = path.join(dist, PREVIEWS);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.svg'))
    .map((f) => path.join(PREVIEWS, f));
}

/** In the page: `svg` drawn on a canvas of its size, as a PNG data URL. A line that comes out
 * wider than the width its group allows (`data-max-width`), in a font wider than the layout
 * expected, is drawn smaller to fit first (never squeezed, which distorts the letters). */
async function rasterize(svg) {
  const drawing = document.adoptNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);
  document.body.replaceChildren(drawing);
  await document.fonts.ready;
  for (const group of drawing.querySelectorAll('g[data-max-width]')) {
    const text = group.querySelector('text');
    const max = Number(group.dataset.maxWidth);
    const width = text?.getComputedTextLength() ?? 0;
    if (width > max) {
      const size = Number(text.getAttribute('font-size'));
      text.setAttribute('font-size', String(Math.floor((size * max) / width)));
    }
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(drawing))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width.baseVal.value;
  canvas.height = drawing.height.baseVal.value;
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** Makes each preview drawing a PNG of its size beside it and removes the SVG; returns the
 * PNGs. Drawn on a canvas in one page rather than screenshot: a third of the time. */
async function drawPreviews(browser, dist) {
  const written = [];
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body style="margin:0">');
  for (const file of previewDrawings(dist)) {
    const url = await page.evaluate(rasterize, fs.readFileSync(path.join(dist, file), 'utf8'));
    const png = path.join(dist, file.replace(/\.svg$/, '.png'));
    fs.writeFileSync(png, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    fs.rmSync(path.join(dist, file));
    written.push(png);
  }
  await page.close();
  return written;
}

/** Draws the icons and any link previews in `dist`; returns what it wrote. */
export async function drawAll(dist) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return { icons: await drawIcons(browser, dist), previews: await drawPreviews(browser, dist) };
  } finally {
    await browser.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
  const started = Date.now();
  drawAll(dist).then(
    ({ icons, previews }) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const more = previews.length ? `, ${previews.length} link previews in ${PREVIEWS}/` : '';
      console.log(`drawings: ${icons.map((f) => path.relative(REPO_ROOT, f)).join(', ')}${more} (${seconds} s)`);
    },
    (err) => {
      console.error(`drawings: ${err.message ?? err}`);
      process.exit(1);
    },
  );
}
