import type { Plugin } from 'vite';

/**
 * `cfb` (the compound-file reader behind `.msg` support) is a CommonJS/UMD file that
 * assigns `module.exports` only when a global `require` exists, which it does not in a
 * bundled worker; the import then comes out empty. This drops that one condition, so
 * the bundle gets the package's exports as Node does.
 */
export function cfbExport(): Plugin {
  const guard = "typeof require !== 'undefined' && ";
  return {
    name: 'cfb-export',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]cfb[\\/]cfb\.js$/.test(id) || !code.includes(guard)) return null;
      return { code: code.replace(guard, ''), map: null };
    },
  };
}
