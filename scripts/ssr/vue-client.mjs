// The browser half of the Vue hydration check (see apps.mjs and scripts/check-ssr.mjs).
import '../../dist/define.js';
import { createSSRApp } from 'vue';
import lesson from '../../data/pakistan-small-arms-2024.json';
import { vueApp } from './apps.mjs';

createSSRApp(vueApp(lesson)).mount('#app');
