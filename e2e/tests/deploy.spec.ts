// The nginx recipe (deploy/nginx.conf) in Debian's nginx, started here as a child process on
// its own port with a temporary prefix: dist/ served with the policy as a header (with
// frame-ancestors), nosniff, caching by kind of file, application/wasm and the build's
// precompressed files. Pages in both languages run with the header policy in force and no
// CSP violation (the fixtures fail a test on any), and a page of another origin over plain
// HTTP cannot frame the site.
import { test, expect } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, LANGS, REPO_DIR, expectedH1 } from './helpers';
import { encodeAnswers } from './codes';
import { startServer } from '../../scripts/serve.mjs';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = path.join(REPO_DIR, 'dist');
const CODE = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i % 5) + 1));
/** What the recipe adds to every page's own policy. */
const FRAME_ANCESTORS = "frame-ancestors 'self' https:";

test.describe.configure({ mode: 'serial' });
test.use({ allowedOrigins: [ORIGIN] });

let nginx: ChildProcess | null = null;
let prefix = '';

/** A whole nginx configuration around the recipe, as a server block of a site would have it. */
function config(dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `load_module ${BROTLI_MODULE};
daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${PORT};
    root ${DIST};
    include ${path.join(REPO_DIR, 'deploy', 'nginx.conf')};
  }
}
`;
}

test.beforeAll(async () => {
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-nginx-'));
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config(prefix));
  const stderr = path.join(prefix, 'stderr.log');
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', stderr], { stdio: 'ignore' });
  const log = () =>
    ['stderr.log', 'error.log']
      .map((f) => path.join(prefix, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('');
  const exited = new Promise<never>((_, reject) =>
    nginx!.once('exit', (code) => reject(new Error(`nginx stopped (${code}):\n${log()}`))),
  );
  exited.catch(() => {}); // after start-up, stopping is afterAll's doing
  const up = (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${ORIGIN}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not answer on ${ORIGIN}:\n${log()}`);
  })();
  await Promise.race([up, exited]);
});

test.afterAll(() => {
  nginx?.kill('SIGQUIT');
  fs.rmSync(prefix, { recursive: true, force: true });
});

/** The policy of a page's <meta> in the raw HTML. */
function metaPolicy(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
}

test('pages get the policy, nosniff and no-cache as headers', async ({ request }) => {
  // A page's own policy (every page's inline scripts are the same) and frame-ancestors.
  const policy = `${metaPolicy(fs.readFileSync(path.join(DIST, 'en/about/index.html'), 'utf8'))}; ${FRAME_ANCESTORS}`;
  for (const pathname of ['/', '/en/', '/id/motivations/bandwagon/', '/en/quiz/', '/id/teach/']) {
    const res = await request.get(`${ORIGIN}${pathname}`);
    expect(res.status(), pathname).toBe(200);
    const headers = res.headers();
    expect(headers['content-security-policy'], pathname).toBe(policy);
    expect(headers['x-content-type-options'], pathname).toBe('nosniff');
    expect(headers['cache-control'], pathname).toBe('no-cache');
    expect(headers['content-type'], pathname).toBe('text/html; charset=utf-8');
  }
  const missing = await request.get(`${ORIGIN}/en/nowhere/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toBe(fs.readFileSync(path.join(DIST, '404.html'), 'utf8'));
  expect(missing.headers()['content-security-policy']).toContain(FRAME_ANCESTORS);
  // A folder without its slash moves to it, keeping the address the browser used.
  const folder = await request.get(`${ORIGIN}/en`, { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers().location).toBe('/en/');
});

/** dist/_headers as path → header name → value (`/*` holds what every path gets). */
function hostHeaders(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const text = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  for (const block of text.split('\n\n')) {
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    if (!lines.length) continue;
    const fields = lines.slice(1).map((l) => /^ {2}([^:]+): (.*)$/.exec(l)!);
    rules.set(lines[0], new Map(fields.map(([, name, value]) => [name.toLowerCase(), value])));
  }
  return rules;
}

/** Every file of dist/ (not the .br/.gz copies nginx sends in their place), from its root. */
function distFiles(dir = DIST): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(full);
    return /\.(br|gz)$/.test(entry.name) ? [] : [path.relative(DIST, full).split(path.sep).join('/')];
  });
}

test('nginx caches every file of dist/ as _headers says: hashed files for good, the rest asked again', async ({ request }) => {
  // The rule in nginx.conf is a pattern; _headers names Trunk's files as Trunk wrote them
  // (15 hex digits as well as 16). Each file must get the same answer from both.
  const rules = hostHeaders();
  const files = distFiles();
  expect(files).toContain('sw.js');
  const immutable = files.filter((f) => rules.get(`/${f}`)?.get('cache-control')?.includes('immutable'));
  // Five stylesheets (the site's; the quiz's and the kit's copies of it, each with their own
  // documents.css), four apps (a reader per language, the quiz, the kit) and each reader's
  // twelve files of texts (named by their hash, like the rest).
  expect(immutable.map((f) => path.extname(f)).sort()).toEqual([
    ...Array(5).fill('.css'), ...Array(4).fill('.js'), ...Array(24).fill('.txt'), ...Array(4).fill('.wasm'),
  ]);
  expect(rules.get('/sw.js')?.get('cache-control')).toBe('no-cache');
  for (const file of files) {
    const res = await request.get(`${ORIGIN}/${file.split('/').map(encodeURIComponent).join('/')}`);
    expect(res.status(), file).toBe(200);
    const expected = rules.get(`/${file}`)?.get('cache-control') ?? 'no-cache';
    expect(res.headers()['cache-control'], file).toBe(expected);
  }
});

test('hashed files are immutable, the WebAssembly is application/wasm, brotli where accepted', async ({ request }) => {
  const files = fs.readdirSync(DIST).filter((f) => hostHeaders().get(`/${f}`)?.get('cache-control')?.includes('immutable'));
  // The Indonesian reader with its twelve files of texts, its glue and the stylesheet.
  expect(files.map((f) => path.extname(f)).sort()).toEqual(['.css', '.js', ...Array(12).fill('.txt'), '.wasm']);
  for (const file of files) {
    const res = await request.get(`${ORIGIN}/${file}`, { headers: { 'Accept-Encoding': 'br' } });
    const headers = res.headers();
    expect(headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    expect(headers['content-encoding'], file).toBe('br');
    expect(headers.vary, file).toBe('Accept-Encoding');
    expect((await res.body()).equals(fs.readFileSync(path.join(DIST, file))), file).toBe(true);
  }
  const wasm = files.find((f) => f.endsWith('.wasm'))!;
  const gz = await request.get(`${ORIGIN}/${wasm}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-type']).toBe('application/wasm');
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(`${ORIGIN}/en/`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});

for (const lang of LANGS) {
  test(`the pages run with the header policy in force, with no violation (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const seen: string[] = [];
    page.on('response', (res) => {
      if (res.url().endsWith('.wasm')) seen.push(`${res.headers()['content-type']} ${res.headers()['content-encoding']}`);
    });
    const pages: [string, string][] = [
      ['', `/${lang}/`],
      ['motivations/bandwagon', `/${lang}/motivations/bandwagon/`],
      ['quiz', `/${lang}/quiz/`],
      ['teach', `/${lang}/teach/`],
    ];
    for (const [route, pathname] of pages) {
      const response = await page.goto(`${ORIGIN}${pathname}`);
      expect(response?.headers()['content-security-policy'], pathname).toContain(FRAME_ANCESTORS);
      await expect(page.locator('html'), pathname).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('h1'), pathname).toHaveText(expectedH1(route, lang));
    }
    // The kit's preview, once opened, shows a page of the site in a frame: the site may frame
    // itself.
    await page.getByTestId('teach-preview').locator('summary').click();
    await expect(page.frameLocator('iframe.preview').locator('main')).toBeVisible();
    // A results link opens the reader's results.
    await page.goto(`${ORIGIN}/${lang}/results/#${CODE}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('results')).toBeVisible();
    expect(seen.length).toBeGreaterThan(0);
    expect([...new Set(seen)]).toEqual(['application/wasm br']);
  });
}

test.describe('a page of another origin over plain HTTP', () => {
  // A course page served from another port of this machine (a page from the internet could
  // not frame a loopback address at all: Chromium blocks that on its own).
  const LMS_PORT = PORT + 1;
  const LMS = `http://127.0.0.1:${LMS_PORT}`;
  let close: () => Promise<void> = async () => {};
  test.beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-course-'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><title>Course</title><link rel="icon" href="data:,">
      <iframe id="plain" title="without headers" src="${APP_ORIGIN}/en/"></iframe>
      <iframe id="nginx" title="with the recipe" src="${ORIGIN}/en/"></iframe>`,
    );
    close = (await startServer({ dir, port: LMS_PORT, host: '127.0.0.1', quiet: true })).close;
  });
  test.afterAll(async () => close());
  test.use({ allowedOrigins: [ORIGIN, LMS], ignoreConsoleErrors: [/frame-ancestors|Refused to frame/] });

  test('cannot show the site in a frame, where the same site without the header can', async ({ page }) => {
    await page.goto(`${LMS}/`);
    // scripts/serve.mjs sends no frame-ancestors: the page shows.
    await expect(page.frameLocator('#plain').locator('h1')).toHaveText(expectedH1('', 'en'));
    // nginx with the recipe does: the browser shows its own error in the frame instead.
    const nginxFrame = async () => (await page.locator('#nginx').elementHandle())?.contentFrame();
    await expect.poll(async () => (await nginxFrame())?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#nginx').getByRole('heading', { name: expectedH1('', 'en') })).toHaveCount(0);
  });
});
