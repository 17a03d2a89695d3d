import { EduTimeline } from './timeline.js';

export { EduTimeline };

if (!customElements.get('edu-timeline')) customElements.define('edu-timeline', EduTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'edu-timeline': EduTimeline;
  }
}
