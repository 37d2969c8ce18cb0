// Renders public/favicon.svg into the PNG icons the web app manifest lists (Chromium wants
// a raster icon of at least 144 px to offer installation). Run after changing the SVG:
//   npx tsx scripts/make-icons.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const publicDir = path.resolve(import.meta.dirname, '..', 'public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const systemChromium = '/usr/bin/chromium';

const browser = await chromium.launch({
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const file = path.join(publicDir, `icon-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}
