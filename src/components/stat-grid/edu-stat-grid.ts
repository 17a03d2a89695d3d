import '../stat-card/edu-stat-card.js';
import { EduStatGrid } from './stat-grid.js';

export { EduStatGrid };

if (!customElements.get('edu-stat-grid')) customElements.define('edu-stat-grid', EduStatGrid);

declare global {
  interface HTMLElementTagNameMap {
    'edu-stat-grid': EduStatGrid;
  }
}
