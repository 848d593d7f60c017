// @ts-check
/**
 * Lets a child `node` process run the TypeScript sources directly (for tests
 * that must send a real signal to a real process): compiles each .ts file with
 * SWC on require, the same way Jest does. Packages shipped as ES modules are
 * loaded by Node's own require(esm).
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  // @ts-expect-error Module#_compile is internal to Node but stable.
  module._compile(code, filename);
};
