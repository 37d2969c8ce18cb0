import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticSite } from './staticServer.ts';

// Raw requests: fetch() would normalise '/../' away before it reached the server.
function get(
  url: string,
  rawPath: string,
): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('serveDirectory', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'static-site-'));
  const root = path.join(parent, 'site');
  let site: StaticSite;

  beforeAll(async () => {
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<p>page</p>');
    writeFileSync(path.join(root, 'manifest.webmanifest'), '{}');
    writeFileSync(path.join(parent, 'secret.txt'), 'outside');
    site = await serveDirectory(root, { basePath: '/repo/' });
  });

  afterAll(() => {
    site.server.close();
  });

  it('serves the folder below the base path, index.html for the folder itself', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/repo\/$/);
    expect(await get(site.url, '/repo/')).toMatchObject({ status: 200, body: '<p>page</p>' });
    expect(await get(site.url, '/repo/manifest.webmanifest')).toMatchObject({
      status: 200,
      type: 'application/manifest+json',
    });
  });

  it('redirects the base path without its slash, as a static host does', async () => {
    expect((await get(site.url, '/repo')).status).toBe(301);
  });

  it('answers 404 outside the base path and for anything outside the folder', async () => {
    expect((await get(site.url, '/index.html')).status).toBe(404);
    expect((await get(site.url, '/repo/missing.js')).status).toBe(404);
    expect((await get(site.url, '/repo/../secret.txt')).status).toBe(404);
    expect((await get(site.url, '/repo/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get(site.url, '/repo/..%2fsecret.txt')).status).toBe(404);
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await get(site.url, '/repo/%zz')).status).toBe(400);
    expect((await get(site.url, '/repo/')).status).toBe(200);
  });
});
