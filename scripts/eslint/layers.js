/**
 * ESLint rule `layers/imports-point-down`: every import points down the layers of src/.
 *
 *   decoder/                    pure: imports nothing of ours
 *   input/ compare/ export/     pure: the decoder (export also compare)
 *   edit/                       pure: the decoder, compare/ and export/
 *   worker/                     the pure layers
 *   shared/                     worker/ and the pure layers
 *   features/<view>/            shared/ and the pure layers; never another view
 *   app/                        everything below it
 *   cli/                        the pure layers only
 *
 * A test may also import any pure layer (a round trip through input/ and export/, say).
 * The pure layers and worker/ import no React; the pure layers no Node module outside
 * their tests and testing helpers (their tsconfig has no DOM or Node globals either).
 */
import path from 'node:path';

const PURE = ['decoder', 'input', 'compare', 'export', 'edit'];
const ALLOWED = {
  decoder: [],
  input: ['decoder'],
  compare: ['decoder'],
  export: ['decoder', 'compare'],
  edit: ['decoder', 'compare', 'export'],
  worker: PURE,
  shared: ['worker', ...PURE],
  features: ['shared', ...PURE],
  app: ['features', 'shared', 'worker', ...PURE],
  cli: PURE,
};

/** `{ layer, view }` of a path inside src/, or null outside it. */
function layerOf(file, srcRoot) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [layer, view] = relative.split(path.sep);
  if (!layer || !(layer in ALLOWED)) return null;
  return { layer, view: layer === 'features' ? view : undefined };
}

const isTestFile = (file) => /\.test\.tsx?$|[\\/]testing[\\/]/.test(file);

export const importsPointDown = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports in src/ point down the layers (see the README layout).' },
    messages: {
      upward: '{{from}} may not import {{to}} ({{spec}}): imports point down the layers.',
      otherView:
        'The {{from}} view may not import the {{to}} view ({{spec}}); share it through shared/.',
      bare: '{{from}} may not import {{spec}}: {{why}}.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = layerOf(file, srcRoot);
    if (!from) return {};
    const fromName = from.view ? `features/${from.view}` : `${from.layer}/`;
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        const pureOrWorker = PURE.includes(from.layer) || from.layer === 'worker';
        if (pureOrWorker && /^react(-dom)?($|\/)/.test(spec)) {
          context.report({
            node,
            messageId: 'bare',
            data: { from: fromName, spec, why: 'no React below shared/' },
          });
        } else if (PURE.includes(from.layer) && spec.startsWith('node:') && !isTestFile(file)) {
          context.report({
            node,
            messageId: 'bare',
            data: { from: fromName, spec, why: 'the pure layers run in the browser too' },
          });
        }
        return;
      }
      const to = layerOf(path.resolve(path.dirname(file), spec.split('?')[0]), srcRoot);
      if (!to || to.layer === from.layer) {
        if (to && to.layer === 'features' && to.view !== from.view) {
          context.report({
            node,
            messageId: 'otherView',
            data: { from: from.view, to: to.view, spec },
          });
        }
        return;
      }
      const testReach = /\.test\.tsx?$/.test(file) && PURE.includes(to.layer);
      if (!ALLOWED[from.layer].includes(to.layer) && !testReach) {
        context.report({
          node,
          messageId: 'upward',
          data: { from: fromName, to: `${to.layer}/`, spec },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'imports-point-down': importsPointDown } };
