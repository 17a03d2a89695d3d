import { EduStatCard } from './stat-card.js';

export { EduStatCard };

if (!customElements.get('edu-stat-card')) customElements.define('edu-stat-card', EduStatCard);

declare global {
  interface HTMLElementTagNameMap {
    'edu-stat-card': EduStatCard;
  }
}
