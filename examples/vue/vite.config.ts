import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <edu-timeline>, <edu-stat-grid>, … are custom elements, not Vue components: Vue renders them as they are
        // instead of trying to resolve them (which warns "Failed to resolve component").
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('edu-') },
      },
    }),
  ],
  // Relative asset URLs: the build works from any folder of a static server.
  base: './',
  // The examples share the repository's node_modules: each keeps its own pre-bundled dependencies, so both dev
  // servers (and Storybook's) can run at once.
  cacheDir: '../../node_modules/.vite/example-vue',
});
