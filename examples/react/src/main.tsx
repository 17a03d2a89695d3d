// Registers <edu-timeline>, <edu-stat-grid>, … before React renders them, so React 19 sees their properties (`data`)
// and sets them as properties rather than as attributes.
import 'edu-timeline/define.js';
// Their JSX types (attributes, properties and events), once for the whole project.
import type {} from 'edu-timeline/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
