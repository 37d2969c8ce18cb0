import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.sha256': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  server: Server;
  /** Address of the site's root page, ending in '/'. */
  url: string;
}

/**
 * Serves a built folder read-only, the way a static host such as GitHub Pages does:
 * `basePath` plays the project page's path (e.g. '/pop3-uidl-viewer/'), a folder
 * serves its index.html, and nothing outside `root` is reachable.
 */
export function serveDirectory(
  root: string,
  { port = 0, host = '127.0.0.1', basePath = '/' } = {},
): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const pathname = decodedPath(request.url ?? '/');
    if (pathname === null) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request\n');
      return;
    }
    if (pathname === base.slice(0, -1)) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    const file = pathname.startsWith(base)
      ? path.join(root, path.normalize(`/${pathname.slice(base.length)}`))
      : null;
    const target = file !== null && isFile(file) ? file : indexOf(file);
    if (target === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${boundPort}${base}` });
    });
  });
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return null;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function indexOf(folder: string | null): string | null {
  if (folder === null) return null;
  const index = path.join(folder, 'index.html');
  return isFile(index) ? index : null;
}
