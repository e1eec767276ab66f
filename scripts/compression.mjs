// What the build, the size report and the static server agree on about compression: which
// files are worth compressing (by MIME type) and brotli and gzip at their highest settings,
// as a host that precompresses would use them. Node builtins only.

import path from 'node:path';
import zlib from 'node:zlib';

/** MIME types by file extension (lower case, with the dot). */
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

/** The MIME type of `file`, by its extension. */
export function typeOf(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// Types worth compressing (already-compressed formats such as PNG or zip are sent as they are).
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|javascript|xml|manifest\+json)|image\/svg\+xml|font\/(ttf|otf))/;

/** Whether a response of MIME `type` is worth compressing. */
export function compressible(type) {
  return COMPRESSIBLE.test(type);
}

/** `buf` compressed with brotli at quality 11. */
export function brotli(buf) {
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/** `buf` compressed with gzip at level 9. */
export function gzip(buf) {
  return zlib.gzipSync(buf, { level: 9 });
}

/** The extension of a precompressed copy in each content coding. */
export const PRECOMPRESSED = { br: '.br', gzip: '.gz' };

/** Whether `file` is a precompressed copy of another (`app.wasm.br`, `index.html.gz`). */
export function isPrecompressed(file) {
  return Object.values(PRECOMPRESSED).includes(path.extname(file).toLowerCase());
}
