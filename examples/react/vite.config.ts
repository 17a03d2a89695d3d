import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the build works from any folder of a static server.
  base: './',
  // The examples share the repository's node_modules: each keeps its own pre-bundled dependencies, so both dev
  // servers (and Storybook's) can run at once.
  cacheDir: '../../node_modules/.vite/example-react',
});
