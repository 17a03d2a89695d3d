// The browser half of the React hydration check (see apps.mjs and scripts/check-ssr.mjs).
import '../../dist/define.js';
import { hydrateRoot } from 'react-dom/client';
import { createElement } from 'react';
import lesson from '../../data/pakistan-small-arms-2024.json';
import { ReactApp } from './apps.mjs';

hydrateRoot(document.getElementById('app'), createElement(ReactApp, { lesson }));
