#!/usr/bin/env node
// The app icon's PNG sizes, drawn from the one drawing (dist/icon.svg, copied there from
// assets/icon.svg by Trunk) at build time by Debian's Chromium, which the tests already use:
//
//   node scripts/icons.mjs [dist]     -> dist/icon-192.png, dist/icon-512.png
//
// The sizes are domain::install::ICON_PNG_SIZES; the manifests name the same files. Corners
// outside the rounded square stay transparent.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'));

/** The PNG sizes (domain::install::ICON_PNG_SIZES). */
export const SIZES = [192, 512];

/** Writes `icon-{size}.png` for every size next to `dist/icon.svg`; returns their paths. */
export async function drawIcons(dist) {
  const svg = fs.readFileSync(path.join(dist, 'icon.svg'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const written = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
      await page.locator('img').evaluate((img) => img.decode());
      const file = path.join(dist, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      await page.close();
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
  drawIcons(dist).then(
    (files) => console.log(`icons: ${files.map((f) => path.relative(REPO_ROOT, f)).join(', ')}`),
    (err) => {
      console.error(`icons: ${err.message ?? err}`);
      process.exit(1);
    },
  );
}
