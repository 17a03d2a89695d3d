import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Lit entry points Storybook's web-components renderer imports, plus every `lit`, `lit/*`, `@lit/*` entry the
 * elements and stories import. Vite must pre-bundle them all in one pass: an entry found later (say
 * `lit/static-html.js` on the first story that uses it) is optimized into a second copy of lit-html and
 * ReactiveElement, and Lit warns "Multiple versions of Lit loaded" (seen here in `storybook dev` without this list).
 */
function litEntries(): string[] {
  const entries = new Set(['lit', 'lit/decorators.js', 'lit/directive.js', 'lit/directive-helpers.js']);
  const specifier = /\bfrom\s*['"]((?:lit|@lit\/[\w-]+)(?:\/[\w./-]+)?)['"]/g;
  for (const dir of ['src', 'stories']) {
    let files: string[];
    try {
      files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const file of files) {
      if (!file.endsWith('.ts')) continue;
      for (const [, name] of readFileSync(join(root, dir, file), 'utf8').matchAll(specifier)) entries.add(name);
    }
  }
  return [...entries].sort();
}

/**
 * The files that register the elements. package.json's `sideEffects` names only their dist/ builds, so Vite takes
 * `import '../src/define.js'` in preview.ts for a side-effect-free import and drops it from the static build, and no
 * element is defined. Marking them here keeps them (the transform hook's flag wins over package.json).
 */
const REGISTERS = /[\\/]src[\\/](?:define|components[\\/][^\\/]+[\\/]edu-[^\\/]+)\.ts$/;

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Lesson files are served at /data, so a story can say src="data/pakistan-small-arms-2024.json": relative URLs
  // resolve against iframe.html, which Storybook serves from the root in dev and in the static build.
  staticDirs: [{ from: '../data', to: '/data' }],
  viteFinal(viteConfig) {
    const include = viteConfig.optimizeDeps?.include ?? [];
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...include, ...litEntries()] };
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'edu-registration-side-effects',
        transform(code, id) {
          return REGISTERS.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
        },
      },
    ];
    return viteConfig;
  },
};

export default config;
