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
// * Accept-Encoding: br / gzip honoured, as static hosts do: a precompressed sibling
//   (`app.wasm.br`, `app.wasm.gz`, written by scripts/build.sh) is sent when present and
//   not older than the file; otherwise the bytes are compressed here and cached in memory
//   (keyed by path + mtime + size, so a rebuild is picked up without restart).
//   Content-Encoding names the encoding; Vary: Accept-Encoding on every compressible type
// * Cache-Control: no-cache on every response
// * prints "serving DIR on http://HOST:PORT/" once listening
//   (with --port 0 the real, OS-chosen port is printed)
//
// Can also be imported: `import { startServer } from './serve.mjs'`.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseFlags } from 'node:util';
import { MIME, PRECOMPRESSED, brotli, compressible, gzip, typeOf } from './compression.mjs';

export { MIME };

/** The command line's options; throws on an unknown one or a bad port (a usage error). */
export function parseArgs(argv) {
  const { values } = parseFlags({
    args: argv,
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      prefix: { type: 'string', default: '/' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: node scripts/serve.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--prefix /path/] [--quiet]');
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('bad --port');
  return { ...values, port };
}

/** The encodings the client accepts, best first: br before gzip, honouring q=0. */
export function acceptedEncodings(acceptEncoding) {
  // Parse "br;q=1.0, gzip;q=0.8, *;q=0.1".
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
  return ['br', 'gzip'].filter((n) => q(n) > 0);
}

/**
 * A precompressed sibling of `file` in the first of `encodings` that has one (not older than
 * `st`, and inside the served folder by `isInside`), as { enc, body }; else null.
 */
async function precompressed(file, st, encodings, isInside) {
  for (const enc of encodings) {
    try {
      const sibling = await fsp.realpath(`${file}${PRECOMPRESSED[enc]}`);
      const sst = await fsp.stat(sibling);
      if (sst.isFile() && sst.mtimeMs >= st.mtimeMs && isInside(sibling)) {
        return { enc, body: await fsp.readFile(sibling) };
      }
    } catch {
      // none in this encoding
    }
  }
  return null;
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
    if (!isInside(real)) return null;
    return { file: real, st };
  }

  /** Whether a real (symlink-free) path is the served folder or inside it. */
  function isInside(real) {
    return real === realRoot || real.startsWith(realRoot + path.sep);
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
      const type = typeOf(file);
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Last-Modified': st.mtime.toUTCString(),
      };
      const worth = compressible(type);
      if (worth) headers.Vary = 'Accept-Encoding';
      const encodings = worth ? acceptedEncodings(req.headers['accept-encoding']) : [];
      const ready = await precompressed(file, st, encodings, isInside);
      const enc = ready?.enc ?? encodings[0] ?? null;
      const key = `${file}\0${st.mtimeMs}\0${st.size}\0${enc ?? 'identity'}`;
      let body = ready?.body ?? cache.get(key);
      if (!body) {
        const raw = await fsp.readFile(file);
        body = enc === 'br' ? brotli(raw) : enc === 'gzip' ? gzip(raw) : raw;
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
      if (!quiet) console.log(`serving ${abs} on ${url}/`);
      resolve({
        server, url, port: addr.port, host: addr.address, dir: abs,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(2);
  }
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
