import { EduEra } from './era.js';

export { EduEra };

if (!customElements.get('edu-era')) customElements.define('edu-era', EduEra);

declare global {
  interface HTMLElementTagNameMap {
    'edu-era': EduEra;
  }
}
