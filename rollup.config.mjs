// One minified ES module for a <script type="module"> tag: every element registered, Lit and date-fns inside.
// What only some lessons need (the TimelineJS and CSV importers, with papaparse) is split into chunks under
// dist/edu-timeline-chunks/, which the bundle loads by import() when such a file turns up: a page that only shows
// JSON lessons never downloads them. The per-module build with .d.ts files is `tsc -p tsconfig.build.json`
// (npm run build:esm); this config only writes the bundle and its chunks, never declarations next to tsc's output.
import { existsSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// The edu-<name>.ts files exist for their side effect, registering a tag. Rollup, with several entries, dropped
// edu-stat-grid's import of edu-stat-card (a grid with no cards on a page that loads only the grid): say so plainly.
const registrations = {
  name: 'element-registrations',
  transform(code, id) {
    if (/[\\/]src[\\/](define|components[\\/][^\\/]+[\\/]edu-[^\\/]+)\.ts$/.test(id)) {
      return { code, map: null, moduleSideEffects: 'no-treeshake' };
    }
    return null;
  },
};

/**
 * The build steps of every output, also of the builder's script (builder/rollup.builder.mjs), so that its preview
 * shows the elements exactly as the bundle builds them. `outDir` is the output folder (the TypeScript plugin insists
 * on knowing it); `module: false` for a classic script.
 */
export function plugins(outDir, { tsconfig = './tsconfig.build.json', module = true } = {}) {
  return [
    registrations,
    nodeResolve({
      browser: true,
      // 'production' keeps Lit's dev-mode build (warnings, extra checks) out, whatever NODE_ENV says.
      exportConditions: ['browser', 'production'],
    }),
    // papaparse ships CommonJS/UMD only.
    commonjs({ include: /node_modules\/papaparse\// }),
    typescript({
      tsconfig,
      // The plugin compiles in memory and hands JS to rollup; no .d.ts, no maps, no tsbuildinfo on disk.
      // outDir must lie in the output file's directory (plugin rule), and src-only include keeps tests out.
      compilerOptions: {
        // The plugin puts its own default `module: esnext` into the top tsconfig, which would override the
        // NodeNext that tsconfig.build.json inherits and make tsc reject moduleResolution NodeNext: restate it.
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: false,
        outDir,
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
      module,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ];
}

const bundle = {
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
  plugins: plugins('dist'),
  onwarn(warning, warn) {
    // An unresolved import would be left as a bare specifier the browser cannot load: fail the build.
    if (warning.code === 'UNRESOLVED_IMPORT') {
      throw new Error(warning.message);
    }
    warn(warning);
  },
};

// The same elements as one file with nothing to load later: every chunk above is inlined. For pages that cannot load
// a second file: the builder's self-contained export (a lesson page opened from disk, where import() of a file: URL
// is refused, or uploaded to a learning platform as one file). Larger, on purpose: it carries every language and the
// importers, which a lesson page may need and cannot fetch.
const standalone = {
  ...bundle,
  output: { ...bundle.output, entryFileNames: 'edu-timeline.standalone.js', inlineDynamicImports: true },
};
delete standalone.output.chunkFileNames;

// One entry per element, sharing chunks: a page that shows only a timeline and stat cards loads
// dist/cdn/edu-timeline.js and dist/cdn/edu-stat-grid.js and only the code those two need; a second script tag reuses
// the chunks the first one loaded. `npm run size` measures each element's cost from these files.
const elementNames = readdirSync('src/components').filter((name) =>
  existsSync(`src/components/${name}/edu-${name}.ts`),
);
const perElement = {
  ...bundle,
  plugins: plugins('dist/cdn'),
  // An entry may export more than its class when another entry imports it (edu-lesson imports edu-quiz): its
  // code then stays in its own file instead of a shared chunk behind a one-line facade, which keeps
  // "own" in `npm run size` the element's own code.
  preserveEntrySignatures: 'allow-extension',
  input: Object.fromEntries(elementNames.map((name) => [`edu-${name}`, `src/components/${name}/edu-${name}.ts`])),
  output: {
    ...bundle.output,
    dir: 'dist/cdn',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${bundle.output.chunkFileNames(chunk).replace('edu-timeline-chunks/', '')}`,
  },
};

export default [bundle, standalone, perElement];
