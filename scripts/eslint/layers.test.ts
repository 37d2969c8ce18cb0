import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it were the file at `filePath`, with the project's own config. */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/imports-point-down')
    .map((message) => message.message);
}

// Type-aware linting loads the TypeScript project once: slow on a busy machine.
describe('the layer rule in eslint.config.js', { timeout: 120_000 }, () => {
  it.each([
    [
      'src/features/hex-view/HexView.tsx',
      "import { App } from '../../app/App';\nvoid App;\n",
      'app/',
    ],
    [
      'src/features/hex-view/HexView.tsx',
      "import { TagTable } from '../tag-table/TagTable';\nvoid TagTable;\n",
      'tag-table view',
    ],
    [
      'src/worker/openSource.ts',
      "import { HexView } from '../features/hex-view/HexView';\nvoid HexView;\n",
      'features/',
    ],
    ['src/decoder/decode.ts', "import { useState } from 'react';\nvoid useState;\n", 'React'],
    [
      'src/input/msg.ts',
      "import { groupDigits } from '../shared/format';\nvoid groupDigits;\n",
      'shared/',
    ],
    [
      'src/edit/apply.ts',
      "import { openHistory } from '../input/openHistory';\nvoid openHistory;\n",
      'input/',
    ],
    ['src/edit/apply.ts', "import { useState } from 'react';\nvoid useState;\n", 'React'],
    [
      'src/cli/runCli.ts',
      "import { decoder } from '../shared/workers';\nvoid decoder;\n",
      'shared/',
    ],
  ])('fails %s importing %j', async (filePath, code, named) => {
    const messages = await layerMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(named);
  });

  it('lets each layer import what lies below it', async () => {
    const code = [
      "import { groupDigits } from '../../shared/format';",
      "import { tagAt } from '../../decoder/index';",
      'void groupDigits;',
      'void tagAt;',
      '',
    ].join('\n');
    expect(await layerMessages('src/features/hex-view/HexView.tsx', code)).toEqual([]);
  });
});
