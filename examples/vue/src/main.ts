// Registers <edu-timeline>, <edu-stat-grid>, … before Vue renders them.
import 'edu-timeline/define.js';
// Their template types (attributes, properties and events) for vue-tsc, once for the whole project.
import type {} from 'edu-timeline/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
