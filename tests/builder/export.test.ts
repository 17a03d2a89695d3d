import { expect } from '@open-wc/testing';
import {
  BUNDLE_URL,
  embedSnippet,
  jsonForScript,
  lessonDir,
  lessonFileName,
  lessonJson,
  scriptForHtml,
  standaloneHtml,
} from '../../builder/src/export.js';
import { fetchText, loadSeed } from '../helpers/lesson.js';
import {
  $,
  builderFixture,
  catchClipboard,
  catchDownloads,
  eventually,
  field,
  STANDALONE_URL,
  startFromExample,
  text,
  typeInto,
} from './builder-helpers.js';

/** The JSON inside the first `<script type="application/json">` of an HTML text. */
function inlineJson(page: string): unknown {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const script = doc.querySelector('edu-lesson > script[type="application/json"]');
  expect(script, 'the lesson is inside <edu-lesson>').to.not.equal(null);
  return JSON.parse(script!.textContent ?? '');
}

/** A lesson whose texts hold everything that could end a script element early or open a comment. */
const TRICKY = {
  id: 'tricky',
  lang: 'en',
  title: 'Ends </script><script>alert(1)</script> and <!-- opens',
  events: [{ date: '2024', title: '</SCRIPT> & <b>bold</b> “quotes” \u2028' }],
};

describe('the builder’s exports', function () {
  this.timeout(30_000);

  describe('as text (builder/src/export.ts)', () => {
    it('writes the lesson file as two-space JSON that reads back as the same lesson', async () => {
      const seed = await loadSeed();
      const file = lessonJson(seed);
      expect(JSON.parse(file)).to.deep.equal(seed);
      expect(file.startsWith('{\n  "$schema"')).to.equal(true);
      expect(file.endsWith('}\n')).to.equal(true);
    });

    it('names files after the lesson’s id, else its title, safe for every system', () => {
      expect(lessonFileName({ id: 'pakistan-small-arms-2024' })).to.equal('pakistan-small-arms-2024');
      expect(lessonFileName({ title: 'Élection: 2024 / “Results”?' })).to.equal('election-2024-results');
      expect(lessonFileName({ title: '   ' })).to.equal('lesson');
      expect(lessonFileName({})).to.equal('lesson');
    });

    it('writes JSON that no text in the lesson can break out of', () => {
      const json = jsonForScript(TRICKY);
      expect(json).to.not.contain('<');
      expect(JSON.parse(json)).to.deep.equal(TRICKY);
    });

    it('escapes script text so the HTML parser neither ends it nor opens a comment', () => {
      const source = 'const a = "</script>", b = `<!-- x`, c = /<\\/script/i; // </Script';
      const escaped = scriptForHtml(source);
      expect(escaped).to.not.match(/<\/script/i);
      expect(escaped).to.not.contain('<!--');
      // The same program: it means the same strings.
      const run = (code: string) => new Function(`${code}; return [a, b, c.source];`)() as unknown[];
      expect(run(escaped)).to.deep.equal(run(source));
    });

    it('writes the snippet: the bundle from unpkg and <edu-lesson> with the lesson inside', async () => {
      const seed = await loadSeed();
      const snippet = embedSnippet(seed, { hide: ['quiz', 'title'], printAnswers: true });
      expect(snippet).to.contain(`<script type="module" src="${BUNDLE_URL}"></script>`);
      expect(BUNDLE_URL).to.equal('https://unpkg.com/edu-timeline@0.1/dist/edu-timeline.bundle.js');
      expect(snippet).to.contain('<edu-lesson hide="title quiz" print-answers>');
      expect(snippet).to.contain('<script type="application/json">');
      expect(inlineJson(snippet)).to.deep.equal(seed);
      expect(embedSnippet(seed, { hide: [], printAnswers: false })).to.contain('<edu-lesson>\n');
      expect(embedSnippet({ ...seed, lang: 'ur' })).to.contain('<edu-lesson print-answers dir="rtl">');
    });

    it('writes one page with the bundle and the lesson inside, valid and safe', () => {
      const bundle = 'const s = "</script><!--"; customElements.define("x-y", class extends HTMLElement {});';
      const page = standaloneHtml(TRICKY, { bundle, options: { hide: [], printAnswers: true } });
      const doc = new DOMParser().parseFromString(page, 'text/html');
      expect(page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).to.equal(true);
      expect(doc.title).to.equal('Ends </script><script>alert(1)</script> and <!-- opens');
      expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).to.equal(
        'width=device-width, initial-scale=1',
      );
      expect(doc.querySelector('meta[charset]')).to.not.equal(null);
      // Exactly two scripts: the lesson and the program; nothing in the lesson made a third.
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((s) => s.type)).to.deep.equal(['application/json', 'module']);
      expect(scripts[1].textContent!.trim()).to.equal(scriptForHtml(bundle));
      expect(scripts[1].textContent).to.contain('<\\/script>');
      expect(inlineJson(page)).to.deep.equal(TRICKY);
      expect(doc.querySelector('edu-lesson')!.getAttribute('heading-level')).to.equal('1');
      expect(doc.querySelector('edu-lesson')!.hasAttribute('print-answers')).to.equal(true);
      expect(page).to.not.match(/\bsrc=|\bhref=|import\(/);
      expect(lessonDir({ lang: 'ar-EG' })).to.equal('rtl');
      expect(standaloneHtml({ lang: 'ur' }, { bundle: '' })).to.contain('<html lang="ur" dir="rtl">');
    });

    it('puts the real standalone bundle in the page, whole', async () => {
      const bundle = await fetchText(STANDALONE_URL);
      const seed = await loadSeed();
      const page = standaloneHtml(seed, { bundle });
      const doc = new DOMParser().parseFromString(page, 'text/html');
      const program = doc.querySelector('script[type="module"]')!.textContent!;
      expect(program.trim()).to.equal(scriptForHtml(bundle).trim());
      expect(program.length).to.be.greaterThan(100_000);
      expect(program).to.not.match(/\bimport\s*\(/);
      expect(inlineJson(page)).to.deep.equal(seed);
    });
  });

  describe('from the builder', () => {
    it('downloads the lesson file: exactly the lesson in the form', async () => {
      const files = catchDownloads();
      const el = await builderFixture();
      await startFromExample(el);
      typeInto(field(el, 'title'), 'Downloaded straight after typing');
      $<HTMLButtonElement>(el, '#download-json').click();
      await el.updateComplete;
      expect(files.map((f) => f.name)).to.deep.equal(['pakistan-small-arms-2024.json']);
      const lesson = JSON.parse(await files[0].text) as Record<string, unknown>;
      const seed = await loadSeed();
      expect(lesson).to.deep.equal({
        ...seed,
        $schema: 'https://unpkg.com/edu-timeline@0.1/data/lesson.schema.json',
        title: 'Downloaded straight after typing',
      });
      expect(text($(el, '#json-status'))).to.equal('Downloaded “pakistan-small-arms-2024.json”.');
    });

    it('copies the lesson text, and says so', async () => {
      const written = catchClipboard();
      const el = await builderFixture();
      await startFromExample(el);
      $<HTMLButtonElement>(el, '#copy-json').click();
      await eventually(() => written.length === 1, 'copied');
      expect((JSON.parse(written[0]) as { id: string }).id).to.equal('pakistan-small-arms-2024');
      await eventually(() => text($(el, '#json-status')).includes('is copied'), 'the status');
    });

    it('shows the snippet and copies it, with a status line', async () => {
      const written = catchClipboard();
      const el = await builderFixture();
      await startFromExample(el);
      const shown = $<HTMLTextAreaElement>(el, '#snippet');
      expect(shown.readOnly).to.equal(true);
      expect(shown.value).to.contain(BUNDLE_URL);
      $<HTMLInputElement>(el, '#part-glossary').click();
      await el.updateComplete;
      expect(shown.value).to.contain('<edu-lesson hide="glossary" print-answers>');
      $<HTMLButtonElement>(el, '#copy-snippet').click();
      await eventually(() => written.length === 1, 'copied');
      expect(written[0]).to.equal(shown.value);
      await eventually(() => text($(el, '#snippet-status')) !== '', 'the status');
      expect(text($(el, '#snippet-status'))).to.equal('The code is copied: paste it into the HTML of your page.');
      expect($(el, '#snippet-status').getAttribute('role')).to.equal('status');
    });

    it('selects the snippet for Ctrl+C when the page may not copy', async () => {
      catchClipboard(true);
      const el = await builderFixture();
      await startFromExample(el);
      $<HTMLButtonElement>(el, '#copy-snippet').click();
      await eventually(() => text($(el, '#snippet-status')) !== '', 'the status');
      const shown = $<HTMLTextAreaElement>(el, '#snippet');
      expect(el.shadowRoot!.activeElement).to.equal(shown);
      expect(shown.selectionEnd - shown.selectionStart).to.equal(shown.value.length);
    });

    it('downloads one page with the standalone bundle and the lesson inside', async () => {
      const files = catchDownloads();
      const el = await builderFixture();
      await startFromExample(el);
      $<HTMLInputElement>(el, '#part-sources').click();
      $<HTMLButtonElement>(el, '#download-page').click();
      await eventually(() => files.length === 1, 'the page is downloaded', 10_000);
      expect(files[0].name).to.equal('pakistan-small-arms-2024.html');
      const page = await files[0].text;
      const bundle = await fetchText(STANDALONE_URL);
      expect(page).to.contain(scriptForHtml(bundle));
      const doc = new DOMParser().parseFromString(page, 'text/html');
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.title).to.equal('Pakistan asks the UN for a campaign to take weapons from terrorist groups (2024)');
      expect(doc.querySelector('edu-lesson')!.getAttribute('hide')).to.equal('sources');
      expect((inlineJson(page) as { events: unknown[] }).events).to.have.length(8);
      await eventually(
        () => text($(el, '#page-status')).startsWith('Downloaded “pakistan-small-arms-2024.html”'),
        'ok',
      );
    });

    it('says why the page cannot be made when the bundle cannot be loaded', async () => {
      const files = catchDownloads();
      const el = await builderFixture();
      el.standaloneSrc = '/dist/no-such-file.js';
      await startFromExample(el);
      $<HTMLButtonElement>(el, '#download-page').click();
      await eventually(() => $(el, '#page-status').classList.contains('error'), 'the problem');
      expect(text($(el, '#page-status'))).to.contain('the server answered 404');
      expect(files).to.deep.equal([]);
    });
  });
});
