import { readFileSync } from 'node:fs';

/** The report's stylesheet, the one the page prints with, inlined into `--report` output. */
export const reportCss = (): string =>
  readFileSync(new URL('../export/report.css', import.meta.url), 'utf8');

/** The package's version, named in the report. */
export function packageVersion(): string {
  const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return json.version ?? 'unknown';
}
