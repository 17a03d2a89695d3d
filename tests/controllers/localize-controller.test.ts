import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from '../../src/controllers/localize-controller.js';
import { en, strings, uiLanguage } from '../../src/i18n/strings.js';

/** Renders the words for "Previous event" in the language it speaks, and records each render's language. */
class SpeakingHost extends LitElement {
  static override properties = { lessonLang: { attribute: false } };
  lessonLang: string | undefined;
  readonly localize: LocalizeController;
  readonly rendered: string[] = [];

  constructor() {
    super();
    this.lessonLang = undefined;
    this.localize = new LocalizeController(this, () => this.lessonLang);
  }

  protected override render(): unknown {
    this.rendered.push(this.localize.t.lang);
    return html`${this.localize.t.previous}`;
  }
}
customElements.define('speaking-host', SpeakingHost);
declare global {
  interface HTMLElementTagNameMap {
    'speaking-host': SpeakingHost;
  }
}

const spoken = (el: SpeakingHost) => el.shadowRoot!.textContent!.trim();

/** Words spelt the same in English and in a language ("Sources" in French), checked by hand. */
const SAME_AS_ENGLISH: Record<string, string[]> = { fr: ['sources', 'source', 'quizChoiceHeading'] };

describe('UI languages', () => {
  it('serve each BCP 47 tag from the closest of the six languages', () => {
    expect(uiLanguage('ur-PK')).to.equal('ur');
    expect(uiLanguage('ar-EG')).to.equal('ar');
    expect(uiLanguage('fr-CA')).to.equal('fr');
    expect(uiLanguage('ES')).to.equal('es');
    expect(uiLanguage('de_AT')).to.equal('de');
    expect(uiLanguage('pt-BR')).to.equal('en');
    expect(uiLanguage('')).to.equal('en');
  });

  it('are complete: every language has every word English has, and none left in English by mistake', async () => {
    // Read from the files, not through loadStrings: the tests below see each language load for the first time.
    const files = {
      ur: () => import('../../src/i18n/locales/ur.js'),
      ar: () => import('../../src/i18n/locales/ar.js'),
      fr: () => import('../../src/i18n/locales/fr.js'),
      es: () => import('../../src/i18n/locales/es.js'),
      de: () => import('../../src/i18n/locales/de.js'),
    };
    for (const [lang, load] of Object.entries(files)) {
      const words = (await load()).default;
      expect(words.lang).to.equal(lang);
      expect(Object.keys(words)).to.have.members(Object.keys(en));
      const same = Object.keys(en).filter(
        (k) => typeof en[k as keyof typeof en] === 'string' && words[k as keyof typeof en] === en[k as keyof typeof en],
      );
      // Words that are the same in both languages are rare; each listed here was checked by hand.
      expect(same, `${lang}: words still in English`).to.have.members(SAME_AS_ENGLISH[lang] ?? []);
    }
  });
});

describe('LocalizeController', () => {
  it("speaks the element's own lang, loading its words first and showing English meanwhile", async () => {
    const el = await fixture<SpeakingHost>(html`<speaking-host lang="fr"></speaking-host>`);
    await waitUntil(() => el.rendered.at(-1) === 'fr', 'French words');
    expect(spoken(el)).to.equal(strings('fr').previous);
    expect(spoken(el)).to.not.equal(en.previous);
    expect(el.rendered[0], 'English until the French words had loaded').to.equal('en');
  });

  it("takes the lesson's language before the page's, and the page's when the lesson has none", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><speaking-host></speaking-host></div>`);
    const el = wrapper.querySelector('speaking-host')!;
    await waitUntil(() => el.rendered.at(-1) === 'de', 'German, from the page');
    el.lessonLang = 'es';
    await waitUntil(() => el.rendered.at(-1) === 'es', 'Spanish, from the lesson');
    expect(spoken(el)).to.equal(strings('es').previous);
  });

  it('follows the page when it switches language', async () => {
    const before = document.documentElement.lang;
    const el = await fixture<SpeakingHost>(html`<speaking-host></speaking-host>`);
    try {
      document.documentElement.lang = 'ar';
      await waitUntil(() => el.rendered.at(-1) === 'ar', 'Arabic after <html lang> changed');
      document.documentElement.lang = 'en';
      await waitUntil(() => el.rendered.at(-1) === 'en', 'English again');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('says English for a language it does not have, and never loads anything for it', async () => {
    const el = await fixture<SpeakingHost>(html`<speaking-host lang="pt-BR"></speaking-host>`);
    await el.updateComplete;
    expect(spoken(el)).to.equal(en.previous);
    expect(el.rendered.every((l) => l === 'en')).to.equal(true);
  });

  it('knows when the element is laid out right to left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ur"><speaking-host></speaking-host></div>`);
    const el = wrapper.querySelector('speaking-host')!;
    expect(el.localize.rtl).to.equal(true);
    wrapper.dir = 'ltr';
    expect(el.localize.rtl).to.equal(false);
  });
});
