#!/usr/bin/env node
// A small static server for the demo and the lesson builder (npm start), with no dependencies.
//   /                 → demo/index.html
//   /builder/         → builder/index.html, the lesson builder (its script is builder/dist/builder.js)
//   /demo/…, /dist/…, /data/…, /docs/…, /builder/…  → those files (nothing else in the repository is served)
//   /<file>           → demo/<file>, so demo/index.html can use relative links to its own assets
//   /builder, /demo…  → a folder asked for without its final / is redirected to it, so relative links work
// PORT (default 8000; the next 10 are tried if it is busy) and HOST (default 127.0.0.1) come from the environment.
//
//   import { startServer } from './serve.mjs';
//   const { url, close } = await startServer({ port: 0 });   // port 0: any free port
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVED_DIRS = ['demo', 'dist', 'data', 'docs', 'builder'];
const PORT_ATTEMPTS = 11; // the requested port and the next 10

/** Content types by file extension, shared by every local server in scripts/ (demo, story check, bench). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

/** Maps a URL path to a file inside one of the served folders, or null (never outside them). */
function toFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/' || path === '') return join(root, 'demo', 'index.html');

  const first = path.split('/').filter(Boolean)[0];
  const base = SERVED_DIRS.includes(first) ? root : join(root, 'demo');
  // resolve() folds any "..": the result must still lie inside an allowed folder.
  const file = resolve(base, `.${path.startsWith('/') ? path : `/${path}`}`);
  const allowed = SERVED_DIRS.some((dir) => file === join(root, dir) || file.startsWith(join(root, dir) + sep));
  return allowed ? file : null;
}

async function handle(root, req, res) {
  const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = toFile(root, pathname);
  let info = file ? await stat(file).catch(() => null) : null;
  if (info?.isDirectory() && !pathname.endsWith('/')) {
    // builder/index.html links to dist/builder.js: from /builder that would be /dist/builder.js. The address is
    // rebuilt from its segments, so "//host" cannot make it a redirect to another site.
    const location = `/${pathname.split('/').filter(Boolean).join('/')}/`;
    res.writeHead(301, { ...headers, Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Moved to ${location}\n`);
    return;
  }
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not Found\n');
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const fileHeaders = { ...headers, 'Content-Type': type, 'Last-Modified': info.mtime.toUTCString() };
  // Text is sent compressed when the browser takes it, as any real host (a CDN, a school's web server) does:
  // the demo and Lighthouse then see the sizes a reader would download.
  const encoding = compressible(type, info.size) ? pickEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    const body = await compressed(file, info, encoding);
    res.writeHead(200, {
      ...fileHeaders,
      'Content-Encoding': encoding,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...fileHeaders, 'Content-Length': info.size, Vary: 'Accept-Encoding' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Text worth compressing: below 1 KB the headers cost more than the saving. */
function compressible(type, size) {
  return size >= 1024 && /^(text\/|application\/json|image\/svg)/.test(type);
}

/** br, else gzip, when the request accepts it (a q=0 refuses); null for neither. */
function pickEncoding(header = '') {
  const accepted = new Map(
    header.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1];
    }),
  );
  for (const encoding of ['br', 'gzip']) {
    const q = accepted.get(encoding) ?? accepted.get('*');
    if (q !== undefined && q > 0) return encoding;
  }
  return null;
}

/** Compressed files, kept while unchanged (brotli's best quality takes a moment on the larger bundles). */
const compressedCache = new Map();

async function compressed(file, info, encoding) {
  const key = `${encoding}:${file}`;
  const cached = compressedCache.get(key);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
  const raw = await readFile(file);
  const body =
    encoding === 'br'
      ? await brotli(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : await gzip(raw, { level: 9 });
  compressedCache.set(key, { mtimeMs: info.mtimeMs, size: info.size, body });
  return body;
}

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves the files of `root` as they are, as a plain static web host would (no demo routes, no compression), on
 * 127.0.0.1 at a free port, under the path `base` (a sub-path such as /school/tools/builder/ works too). A folder
 * gives its index.html; nothing outside `root` is reachable. For the checks that open a built folder
 * (check-stories, check-examples, check-builder-export). Resolves to `{ url, close }`; `url` ends with `base`.
 * @param {string} root
 * @param {string} [base]
 */
export async function serveFolder(root, base = '/') {
  const absRoot = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(base)) throw new Error('outside base');
      let file = resolve(absRoot, `./${pathname.slice(base.length)}`);
      if (file !== absRoot && !file.startsWith(absRoot + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Starts the server. Resolves to `{ url, port, close }`; `url` ends with "/".
 * @param {{ port?: number, host?: string, root?: string, quiet?: boolean }} [options]
 *   port: first port to try (0 = any free port); the next 10 are tried when one is busy.
 */
export async function startServer({
  port = Number(process.env.PORT ?? 8000),
  host = process.env.HOST ?? '127.0.0.1',
  root = DEFAULT_ROOT,
} = {}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: bad port ${port}`);
  const absRoot = resolve(root);
  const sockets = new Set();
  const server = createServer((req, res) => {
    handle(absRoot, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal Server Error: ${error.message}\n`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  let bound;
  const attempts = port === 0 ? 1 : PORT_ATTEMPTS;
  for (let i = 0; i < attempts && bound === undefined; i++) {
    const candidate = port === 0 ? 0 : port + i;
    if (candidate > 65535) break;
    try {
      bound = await listen(server, candidate, host);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || i === attempts - 1) throw error;
    }
  }
  if (bound === undefined) throw new Error(`serve: no free port from ${port} to ${port + attempts - 1}`);

  const urlHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' || host === '::1' ? 'localhost' : host;
  return {
    url: `http://${urlHost}:${bound}/`,
    port: bound,
    server,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { url, close } = await startServer();
    console.log(`edu-timeline demo: ${url}`);
    console.log(`edu-timeline lesson builder: ${url}builder/`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `serve: ports busy (${error.message})` : `serve: ${error.message}`);
    process.exit(1);
  }
}
