// The lesson builder's script: builder/src/main.ts (the builder and every element of the library, for its live
// preview) as one minified classic script, builder/dist/builder.js. One file with no import() and no module: the
// builder also starts when its folder is opened from disk (file://), where Chromium refuses module scripts.
// The build steps are those of the library's bundle (`plugins` from ../rollup.config.mjs), so the preview shows the
// elements exactly as the bundle builds them.
//
//   npx rollup -c builder/rollup.builder.mjs          (from the repository root)
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plugins } from '../rollup.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, 'dist');

export default {
  input: resolve(here, 'src/main.ts'),
  output: {
    file: resolve(out, 'builder.js'),
    format: 'iife',
    // Everything the elements load lazily (the importers, the languages) is in the one file.
    inlineDynamicImports: true,
    sourcemap: false,
  },
  plugins: plugins(out, { tsconfig: resolve(here, 'tsconfig.json'), module: false }),
  onwarn(warning, warn) {
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    warn(warning);
  },
};
