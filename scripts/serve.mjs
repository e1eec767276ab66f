#!/usr/bin/env node
// Dependency-free static file server for the release build (and any other folder).
//
//   node scripts/serve.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--prefix /some/path/]
//
// * correct MIME types (application/wasm for .wasm, ...)
// * "/" (and any directory) -> its index.html; a directory without its trailing slash -> 301
//   to it, as static hosts do; anything missing -> 404, with the folder's 404.html if any
// * --prefix /some/deep/path/: the folder is served under that path (sub-path hosting)
// * path-traversal safe (resolved path must stay inside --dir, no symlink escape)
// * Accept-Encoding: br / gzip honoured; compressed bytes cached in memory
//   (keyed by path + mtime + size, so a rebuild is picked up without restart)
// * Cache-Control: no-cache on every response
// * prints "serving DIR on http://HOST:PORT" once listening
//   (with --port 0 the real, OS-chosen port is printed)
//
// Can also be imported: `import { startServer } from './serve.mjs'`.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

// Types worth compressing (already-compressed formats are sent as is).
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript|xml|manifest\+json)|image\/svg\+xml|font\/(ttf|otf))/;

export function parseArgs(argv) {
  const opts = { dir: 'dist', port: 4173, host: '127.0.0.1', quiet: false, prefix: '/' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (key) {
      case '--dir': opts.dir = val(); break;
      case '--port': opts.port = Number(val()); break;
      case '--host': opts.host = val(); break;
      case '--quiet': opts.quiet = true; break;
      case '--prefix': opts.prefix = val(); break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/serve.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--prefix /path/] [--quiet]');
        process.exit(0);
        break;
      default:
        console.error(`serve.mjs: unknown argument ${a}`);
        process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error(`serve.mjs: bad --port`);
    process.exit(2);
  }
  return opts;
}

function pickEncoding(acceptEncoding) {
  // Parse "br;q=1.0, gzip;q=0.8, *;q=0.1" — prefer br, then gzip, honouring q=0.
  const prefs = new Map();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q=([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    prefs.set(name, q);
  }
  const q = (n) => (prefs.has(n) ? prefs.get(n) : prefs.has('*') ? prefs.get('*') : 0);
  if (q('br') > 0) return 'br';
  if (q('gzip') > 0) return 'gzip';
  return null;
}

function compress(buf, enc) {
  if (enc === 'br') {
    return zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    });
  }
  return zlib.gzipSync(buf, { level: 9 });
}

export function createHandler(rootDir, prefix = '/') {
  const mount = ('/' + prefix + '/').replace(/\/+/g, '/');
  const root = path.resolve(rootDir);
  let realRoot = null;
  const cache = new Map(); // key -> Buffer

  async function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    // Normalise as a URL path first, then join under root.
    const rel = path.posix.normalize('/' + decoded.replace(/\\/g, '/'));
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    let st;
    try {
      st = await fsp.stat(file);
      if (st.isDirectory() && !decoded.endsWith('/')) return { redirect: true };
      if (st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await fsp.stat(file);
      }
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    // Symlink escape check.
    realRoot ??= await fsp.realpath(root);
    const real = await fsp.realpath(file);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
    return { file: real, st };
  }

  return async function handler(req, res) {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'method not allowed\n', { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' });
      }
      const url = new URL(req.url, 'http://x');
      const inside = url.pathname.startsWith(mount) || url.pathname + '/' === mount;
      const found = inside ? await resolveFile('/' + url.pathname.slice(mount.length)) : null;
      if (found?.redirect || (inside && url.pathname.length < mount.length)) {
        return send(301, '', { Location: url.pathname + '/' + url.search });
      }
      const notFound = found ? null : await resolveFile('/404.html');
      if (!found && !notFound) {
        return send(404, 'not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      const status = found ? 200 : 404;
      const { file, st } = found ?? notFound;
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Last-Modified': st.mtime.toUTCString(),
      };
      const compressible = COMPRESSIBLE.test(type);
      if (compressible) headers.Vary = 'Accept-Encoding';
      const enc = compressible ? pickEncoding(req.headers['accept-encoding']) : null;
      const key = `${file}\0${st.mtimeMs}\0${st.size}\0${enc ?? 'identity'}`;
      let body = cache.get(key);
      if (!body) {
        const raw = await fsp.readFile(file);
        body = enc ? compress(raw, enc) : raw;
        if (enc) cache.set(key, body); // only compressed bytes are cached
      }
      if (enc) headers['Content-Encoding'] = enc;
      headers['Content-Length'] = body.length;
      send(status, body, headers);
    } catch (err) {
      console.error('serve.mjs:', err);
      if (!res.headersSent) send(500, 'internal error\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      else res.destroy();
    }
  };
}

/** Start a server; resolves to { server, url, port, host, dir, close() }. */
export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1', quiet = false, prefix = '/' } = {}) {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    return Promise.reject(new Error(`serve.mjs: directory not found: ${abs}`));
  }
  const server = http.createServer(createHandler(abs, prefix));
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      const url = `http://${shownHost}:${addr.port}`;
      if (!quiet) console.log(`serving ${abs} on ${url}`);
      resolve({
        server, url, port: addr.port, host: addr.address, dir: abs,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  startServer(opts).then(
    (srv) => {
      const stop = () => srv.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err) => {
      console.error(err.message ?? err);
      process.exit(1);
    },
  );
}
