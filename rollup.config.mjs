// One minified ES module for a <script type="module"> tag: every element registered, Lit and date-fns inside.
// What only some lessons need (the TimelineJS and CSV importers, with papaparse) is split into chunks under
// dist/edu-timeline-chunks/, which the bundle loads by import() when such a file turns up: a page that only shows
// JSON lessons never downloads them. The per-module build with .d.ts files is `tsc -p tsconfig.build.json`
// (npm run build:esm); this config only writes the bundle and its chunks, never declarations next to tsc's output.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'src/define.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'edu-timeline.bundle.js',
    // Hashed names: a CDN or browser may cache a chunk for ever, and a new release must not reuse a stale one.
    // The elements' words in each language are `words-<lang>`, date-fns's locales `date-locale-<lang>`, so the
    // two sets of language chunks keep apart (and have budgets of their own).
    chunkFileNames: (chunk) => {
      const id = chunk.facadeModuleId ?? '';
      const kind = id.includes('/src/i18n/locales/')
        ? 'words-'
        : id.includes('/date-fns/locale/')
          ? 'date-locale-'
          : '';
      return `edu-timeline-chunks/${kind}[name]-[hash].js`;
    },
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({
      browser: true,
      // 'production' keeps Lit's dev-mode build (warnings, extra checks) out, whatever NODE_ENV says.
      exportConditions: ['browser', 'production'],
    }),
    // papaparse ships CommonJS/UMD only.
    commonjs({ include: /node_modules\/papaparse\// }),
    typescript({
      tsconfig: './tsconfig.build.json',
      // The plugin compiles in memory and hands JS to rollup; no .d.ts, no maps, no tsbuildinfo on disk.
      // outDir must lie in the output file's directory (plugin rule), and src-only include keeps tests out.
      compilerOptions: {
        // The plugin puts its own default `module: esnext` into the top tsconfig, which would override the
        // NodeNext that tsconfig.build.json inherits and make tsc reject moduleResolution NodeNext: restate it.
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: false,
        outDir: 'dist',
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        inlineSources: false,
        incremental: false,
        composite: false,
        // A type error fails the bundle instead of being printed as a warning.
        noEmitOnError: true,
      },
      // The plugin forces importHelpers: tslib (a devDependency) is bundled, so the bundle needs nothing else.
    }),
    // Collapses the whitespace in html`` and css`` templates, which terser must leave alone.
    // conservativeCollapse keeps one space where there was some: text like `${a}, ${b}` must keep its spaces.
    minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    // An unresolved import would be left as a bare specifier the browser cannot load: fail the build.
    if (warning.code === 'UNRESOLVED_IMPORT') {
      throw new Error(warning.message);
    }
    warn(warning);
  },
};
