// `make serve` is the site readers get: scripts/serve.sh (what `make serve` runs) is started
// here on its own port, and its answers are read as bytes, as a browser receives them: a
// page's prerendered heading is in the raw HTML, an unknown path gets 404.html with status
// 404, and a browser that accepts brotli gets the build's precompressed .br file.
import { test, expect } from './fixtures';
import { REPO_DIR, expectedH1, type Lang } from './helpers';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const DIST = path.join(REPO_DIR, 'dist');

let server: ChildProcess | null = null;
let printed = '';
let origin = '';

test.beforeAll(async () => {
  // The first run installs and builds; after `make build` (as in `make test`) it only starts.
  test.setTimeout(900_000);
  server = spawn('bash', ['scripts/serve.sh'], {
    cwd: REPO_DIR,
    env: { ...process.env, PORT: String(PORT) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const where = /serving \S+ on (http:\/\/\S+?)\/?\s/.exec(printed);
      if (where) resolve(where[1]);
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`make serve stopped (${code}):\n${printed}`)));
  });
});

test.afterAll(() => {
  // serve.sh execs the server, so the process group is the server alone.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** GET `pathname` from make serve's server, with the body as it came over the wire. */
function get(pathname: string, acceptEncoding = 'identity'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${pathname}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The text of the first <h1> of raw HTML, without its tags and comments. */
function h1Of(html: string): string | null {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return h1 ? h1[1].replace(/<!--[\s\S]*?-->|<[^>]+>/g, '').replace(/&amp;/g, '&').trim() : null;
}

test('make serve says where it serves', () => {
  expect(origin).toBe(`http://127.0.0.1:${PORT}`);
  expect(printed).toContain('the release build');
});

for (const [route, lang] of [['motivations/bandwagon', 'en'], ['', 'id'], ['parasocial', 'id']] as [string, Lang][]) {
  test(`a page arrives prerendered: /${lang}/${route}`, async () => {
    const page = await get(`/${lang}/${route ? `${route}/` : ''}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(h1Of(html)).toBe(expectedH1(route, lang));
    expect(html).toContain(`<html lang="${lang}"`);
  });
}

test('an unknown path gets the not-found page with status 404', async () => {
  for (const pathname of ['/en/nowhere/', '/no/such/file.js']) {
    const res = await get(pathname);
    expect(res.status, pathname).toBe(404);
    const html = res.body.toString('utf8');
    expect(html, pathname).toBe(fs.readFileSync(path.join(DIST, '404.html'), 'utf8'));
    expect(h1Of(html), pathname).toContain('Page not found');
  }
});

test('a browser that accepts brotli gets the precompressed file, others gzip or plain', async () => {
  const wasm = fs.readdirSync(DIST).find((f) => /^explainer-app-[0-9a-f]+_bg\.wasm$/.test(f))!;
  for (const [pathname, file] of [['/en/', 'en/index.html'], [`/${wasm}`, wasm]]) {
    const original = fs.readFileSync(path.join(DIST, file));
    const br = await get(pathname, 'gzip, deflate, br');
    expect(br.headers['content-encoding'], pathname).toBe('br');
    expect(br.headers.vary, pathname).toBe('Accept-Encoding');
    expect(br.body.equals(fs.readFileSync(path.join(DIST, `${file}.br`))), `${pathname}: the .br file`).toBe(true);
    expect(zlib.brotliDecompressSync(br.body).equals(original), pathname).toBe(true);
    const gz = await get(pathname, 'gzip');
    expect(gz.headers['content-encoding'], pathname).toBe('gzip');
    expect(gz.body.equals(fs.readFileSync(path.join(DIST, `${file}.gz`))), `${pathname}: the .gz file`).toBe(true);
    const plain = await get(pathname);
    expect(plain.headers['content-encoding'], pathname).toBeUndefined();
    expect(plain.body.equals(original), pathname).toBe(true);
  }
  const wasmType = (await get(`/${wasm}`, 'br')).headers['content-type'];
  expect(wasmType).toBe('application/wasm');
});
