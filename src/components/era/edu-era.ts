import { EduEra } from './era.js';

export { EduEra };

// No registry on a server that renders the page (this entry does not import Lit, whose Node build makes one).
if (globalThis.customElements && !customElements.get('edu-era')) customElements.define('edu-era', EduEra);

declare global {
  interface HTMLElementTagNameMap {
    'edu-era': EduEra;
  }
}
