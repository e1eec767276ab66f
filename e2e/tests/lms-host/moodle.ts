// A test LMS that serves and plays a SCORM 1.2 package the way Moodle 4.5 does (measured in a real
// Moodle: ../../../../shared/reviews/moodle-test-3.md, facts in ../../../../shared/guide/peers.md):
//  - package files come from /pluginfile.php/22/mod_scorm/content/1/<path>, by exact path only:
//    a path ending in "/" (a folder) or naming a folder answers 404, never its index.html;
//  - .wasm is application/octet-stream (Moodle's MIME table has no wasm), .js is
//    application/x-javascript; no Content-Security-Policy, X-Frame-Options or nosniff header;
//  - /mod/scorm/player.php holds the API (moodle-scorm12.js) with the attempt's stored values:
//    strings for plain elements, and arrays rebuilt as JavaScript source whose count is a number
//    (`cmi.interactions._count = 22`); cmi.core.entry is "resume" after a suspended exit;
//  - ?display=current puts the SCO in a frame of the player (the API is the parent's); the
//    player's "Exit activity" leaves for the course page. ?display=popup opens the SCO in a new
//    window, which finds the API through window.opener;
//  - /mod/scorm/datamodel.php stores what commits and finishes post (tracks, one per element).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const CONTENT = '/pluginfile.php/22/mod_scorm/content/1/';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/x-javascript',
  '.css': 'text/css',
  '.wasm': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.txt': 'text/plain',
};

export type Moodle = {
  url: string;
  /** The tracks of the attempt, element → value, as datamodel.php stored them. */
  tracks: Map<string, string>;
  /** The launch address of the SCO under CONTENT (the manifest's href). */
  launch: string;
  close: () => Promise<void>;
};

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The values the player starts with, as Moodle's get_scorm_default() gives them: strings. */
function defaults(tracks: Map<string, string>): Record<string, string> {
  const status = tracks.get('cmi.core.lesson_status') ?? '';
  const entry = status === '' ? 'ab-initio' : tracks.get('cmi.core.exit') === 'suspend' ? 'resume' : '';
  const value = (element: string, otherwise = '') => tracks.get(element) ?? otherwise;
  return {
    'cmi.core.student_id': 'student1',
    'cmi.core.student_name': 'One, Student',
    'cmi.core.lesson_location': value('cmi.core.lesson_location'),
    'cmi.core.credit': 'credit',
    'cmi.core.lesson_status': status,
    'cmi.core.entry': entry,
    'cmi.core.score.raw': value('cmi.core.score.raw'),
    'cmi.core.score.min': value('cmi.core.score.min'),
    'cmi.core.score.max': value('cmi.core.score.max'),
    'cmi.core.total_time': value('cmi.core.total_time', '00:00:00'),
    'cmi.core.lesson_mode': 'normal',
    'cmi.core.exit': value('cmi.core.exit'),
    'cmi.suspend_data': value('cmi.suspend_data'),
    'cmi.launch_data': '',
    // The package's manifest sets no adlcp:masteryscore.
    'cmi.student_data.mastery_score': '',
  };
}

/** The stored interactions as JavaScript source, the way Moodle's
 * scorm_reconstitute_array_element() writes it: each value JSON-encoded (a string), then the
 * count as a number literal. */
function interactionsSource(tracks: Map<string, string>): string {
  const lines: string[] = [];
  let count = 0;
  for (const [element, value] of [...tracks].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const m = /^cmi\.interactions\.(\d+)\./.exec(element);
    if (!m) continue;
    count = Math.max(count, Number(m[1]) + 1);
    lines.push(`cmi[${JSON.stringify(element)}] = ${JSON.stringify(value)};`);
  }
  if (count > 0) lines.push(`cmi['cmi.interactions._count'] = ${count};`);
  return lines.join('\n');
}

function player(tracks: Map<string, string>, launch: string, display: string): string {
  const src = `${CONTENT}${launch}`;
  const sco =
    display === 'popup'
      ? `<p>This SCORM package has been launched in a popup window.</p>
    <script>window.sco = window.open(${JSON.stringify(src)}, 'scorm_content', 'width=900,height=800');</script>`
      : `<iframe id="scorm_object" name="scorm_object" title="Reflection quiz" src="${esc(src)}" style="width:100%;height:900px;border:0"></iframe>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Reflection quiz (SCORM, ${esc(display)})</title>
  <link rel="icon" href="data:,">
  <script>window.MOODLE_DEF = ${JSON.stringify(defaults(tracks))};
  window.MOODLE_CMIINT = ${JSON.stringify(interactionsSource(tracks))};</script>
  <script src="/mod/scorm/datamodels/scorm_12.js"></script>
</head>
<body>
  <main>
    <a id="exit" href="/course/view.php?id=2">Exit activity</a>
    ${sco}
  </main>
</body>
</html>
`;
}

const COURSE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SCORMTEST</title><link rel="icon" href="data:,"></head>
<body><main><h1>SCORMTEST</h1><a href="/mod/scorm/player.php?display=current">Reflection quiz</a></main></body></html>`;

/** Serves the unpacked package in `dir` (launch address `launch`) and the player. */
export async function startMoodle(dir: string, launch: string): Promise<Moodle> {
  const tracks = new Map<string, string>();
  const api = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'moodle-scorm12.js'));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://moodle.test');
    const send = (status: number, type: string | null, body: string | Buffer = '') => {
      res.writeHead(status, type ? { 'Content-Type': type } : {});
      res.end(body);
    };
    if (url.pathname.startsWith(CONTENT)) {
      const rel = decodeURIComponent(url.pathname.slice(CONTENT.length));
      const file = path.resolve(dir, rel);
      const exact = rel !== '' && !rel.endsWith('/') && file.startsWith(dir + path.sep);
      if (!exact || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404, null);
      return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
    }
    if (url.pathname === '/mod/scorm/datamodels/scorm_12.js') return send(200, 'application/x-javascript', api);
    if (url.pathname === '/mod/scorm/player.php') {
      return send(200, 'text/html; charset=utf-8', player(tracks, launch, url.searchParams.get('display') ?? 'current'));
    }
    if (url.pathname === '/course/view.php') return send(200, 'text/html; charset=utf-8', COURSE);
    if (url.pathname === '/mod/scorm/datamodel.php' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        for (const [element, value] of new URLSearchParams(body)) tracks.set(element, value);
        send(200, 'text/plain', 'true\n0');
      });
      return;
    }
    send(404, null);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tracks,
    launch,
    // A keep-alive connection the browser left open would hold close() until it times out
    // (a fresh clone's run once spent the whole teardown timeout there): end them all.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
