/**
 * A lesson in another language than the page's is drawn in its own words from the first render: the words of a
 * language load on first use, and the element waits for them instead of drawing English headings and buttons first.
 * Each test uses a language no other test in this file (one page) has loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { EduQuiz } from '../../src/components/quiz/quiz.js';
import { en, strings, stringsLoaded, wordsToLoad } from '../../src/i18n/strings.js';
import type { LessonInput } from '../../src/lesson/types.js';
import { EventLog, qualifiedCardIn, text } from '../helpers/lesson.js';

const question = (lang: string): LessonInput => ({
  lang,
  questions: [{ prompt: 'Q?', choices: ['A', 'B'], answer: 'A' }],
});

/**
 * Every text `el` showed from when it is added to the page until it fires `edu-load` and has rendered, one entry per
 * change of its shadow root (which exists once it is connected, before its first render).
 */
async function textsUntilLoaded(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string[]> {
  const seen: string[] = [];
  const log = new EventLog();
  document.body.append(el);
  const watcher = new MutationObserver(() => seen.push(text(el.shadowRoot!)));
  watcher.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  try {
    await log.waitFor('edu-load', 1, 5000);
    await el.updateComplete;
  } finally {
    watcher.disconnect();
  }
  seen.push(text(el.shadowRoot!));
  return seen.filter((s) => s.trim());
}

describe('first render in the lesson’s language', () => {
  it('a `data` lesson in Urdu on an English page: never a word of English, then Urdu', async () => {
    expect(stringsLoaded('ur'), 'Urdu not loaded yet in this page').to.equal(false);
    const el = document.createElement('edu-quiz') as EduQuiz;
    el.data = question('ur');
    try {
      const seen = await textsUntilLoaded(el);
      const ur = strings('ur');
      expect(seen.at(-1)).to.contain(ur.quizCheckAnswers);
      for (const shown of seen) {
        expect(shown, 'no English button').to.not.contain(en.quizCheckAnswers);
        expect(shown, 'no English heading').to.not.contain(en.quizChoiceHeading);
      }
    } finally {
      el.remove();
    }
  });

  it('a lesson file in Arabic: the loading line, then Arabic, never English', async () => {
    expect(stringsLoaded('ar'), 'Arabic not loaded yet in this page').to.equal(false);
    const body = JSON.stringify(question('ar'));
    const realFetch = window.fetch;
    window.fetch = () => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    const el = document.createElement('edu-quiz') as EduQuiz;
    el.src = '/arabic.json';
    try {
      const seen = await textsUntilLoaded(el);
      const ar = strings('ar');
      expect(seen.at(-1)).to.contain(ar.quizCheckAnswers);
      expect(
        seen.some((s) => s.includes(en.loading)),
        'the loading line while the file came',
      ).to.equal(true);
      for (const shown of seen) expect(shown, 'no English button').to.not.contain(en.quizCheckAnswers);
    } finally {
      window.fetch = realFetch;
      el.remove();
    }
  });

  it('a stat card in a Spanish page: "más de", never "over" first', async () => {
    expect(stringsLoaded('es'), 'Spanish not loaded yet in this page').to.equal(false);
    const { box, card } = qualifiedCardIn('es', 'de los alumnos');
    document.body.append(box);
    const seen: string[] = [];
    const watcher = new MutationObserver(() => seen.push(text(card.shadowRoot!)));
    watcher.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await card.updateComplete;
      expect(text(card.shadowRoot!), 'drawn once updateComplete resolves').to.contain('más de 90');
      for (const shown of seen) expect(shown, 'no English qualifier').to.not.contain('over 90');
    } finally {
      watcher.disconnect();
      box.remove();
    }
  });

  it('a language the elements have no words for is drawn in English, without waiting for anything', async () => {
    const el = document.createElement('edu-quiz') as EduQuiz;
    el.data = question('pt-BR');
    document.body.append(el);
    try {
      expect(wordsToLoad(el, 'pt-BR'), 'nothing to wait for').to.equal(null);
      await el.updateComplete;
      expect(el.lesson, 'shown by its first render').to.not.equal(null);
      expect(text(el.shadowRoot!)).to.contain(en.quizCheckAnswers);
    } finally {
      el.remove();
    }
  });
});
