import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves a build folder on 127.0.0.1 (a free port) like a static host would, and can pretend a new
 * version was deployed: `deploy()` changes the service worker script's bytes, which is what makes a
 * browser install the next version. Playwright cannot route a service worker's own script, hence this.
 */
export async function serveBuild(dist: string) {
  let build = 1;
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path === '/' ? 'index.html' : path);
    try {
      let body: Buffer | string = await readFile(file);
      if (path === '/sw.js' && build > 1) body = `${body}\n// build ${build}\n`;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    deploy: () => void build++,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
