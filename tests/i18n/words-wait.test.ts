/**
 * An element waits for its language's words before drawing (tests/i18n/first-render.test.ts), but never for ever:
 * when the request for them hangs, it draws in English after a short wait, and in its language once they come.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { strings, stringsLoaded } from '../../src/i18n/strings.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { minimalLesson, qualifiedCardIn, text } from '../helpers/lesson.js';

describe('waiting for words that do not come', function () {
  this.timeout(20_000);

  it('a card whose German words hang draws in English, then in German when they come', async () => {
    expect(stringsLoaded('de'), 'German not loaded yet in this page').to.equal(false);
    await executeServerCommand('hold-requests', { pattern: '/i18n/locales/de' });
    const { box, card } = qualifiedCardIn('de', 'der Schüler');
    try {
      document.body.append(box);
      // Resolves only once the card has drawn: without a bound on the wait, never (the test's timeout).
      await card.updateComplete;
      expect(stringsLoaded('de'), 'the words are still on their way').to.equal(false);
      expect(text(card.shadowRoot!), 'drawn, in English meanwhile').to.contain('over 90');
      const released = await executeServerCommand<number, undefined>('release-requests');
      expect(released, 'the request for the words was held').to.be.at.least(1);
      await waitUntil(() => stringsLoaded('de'), 'the words come');
      const over = strings('de').qualifier.over.replace('{}', '90');
      await waitUntil(() => text(card.shadowRoot!).includes(over), `then "${over}"`, { timeout: 5000 });
    } finally {
      await executeServerCommand('release-requests');
      box.remove();
    }
  });

  it('a timeline keeps the lesson it shows while the words of the next lesson’s language are on their way', async () => {
    // A builder's preview switched to Spanish, a page that swaps lessons: no blank box in between.
    expect(stringsLoaded('es'), 'Spanish not loaded yet in this page').to.equal(false);
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical"></edu-timeline>`);
    el.data = minimalLesson({ title: 'An English lesson' });
    await waitUntil(() => el.lesson?.title === 'An English lesson', 'the first lesson');
    await executeServerCommand('hold-requests', { pattern: '/i18n/locales/es' });
    try {
      // As JSON text: the element cannot tell its language before reading it, so it renders at once, reads the
      // lesson, and waits for the words then (a lesson object's words are waited for before the render).
      el.data = JSON.stringify(minimalLesson({ title: 'Una lección en español', lang: 'es' }));
      await el.updateComplete;
      await nextFrame();
      expect(stringsLoaded('es'), 'the words are still on their way').to.equal(false);
      expect(el.lesson?.title, 'the lesson shown before stays meanwhile').to.equal('An English lesson');
      expect(text(el.shadowRoot!)).to.contain('First thing');
      await executeServerCommand('release-requests');
      await waitUntil(() => el.lesson?.title === 'Una lección en español', 'then the new one', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.contain('Una lección en español');
    } finally {
      await executeServerCommand('release-requests');
    }
  });

  it('a first lesson whose French words hang is drawn after one wait, and the next element does not wait again', async () => {
    expect(stringsLoaded('fr'), 'French not loaded yet in this page').to.equal(false);
    await executeServerCommand('hold-requests', { pattern: '/i18n/locales/fr' });
    try {
      const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical"></edu-timeline>`);
      el.data = minimalLesson({ title: 'Une leçon', lang: 'fr' });
      // The render waits for the words (3 s at most), then reads the lesson. It used to wait the same again before
      // showing it: the timeline stayed blank for 6 s.
      await el.updateComplete;
      expect(stringsLoaded('fr'), 'the words are still on their way').to.equal(false);
      expect(el.lesson?.title, 'shown once the render has waited').to.equal('Une leçon');
      expect(text(el.shadowRoot!)).to.contain('First thing');
      // The words are overdue now: another element in French draws at once, in English meanwhile.
      const next = await fixture<EduTimeline>(html`<edu-timeline layout="vertical"></edu-timeline>`);
      next.data = minimalLesson({ title: 'Une autre leçon', lang: 'fr' });
      const waited = await Promise.race([
        next.updateComplete.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 1500)),
      ]);
      expect(waited, 'the second timeline did not wait for the overdue words').to.equal(false);
      expect(next.lesson?.title).to.equal('Une autre leçon');
      // And both speak French when the words come.
      await executeServerCommand('release-requests');
      await waitUntil(() => stringsLoaded('fr'), 'the words come');
      const label = strings('fr').eventsLabel;
      expect(label).to.not.equal(strings('en').eventsLabel);
      const listLabel = (t: EduTimeline) => t.shadowRoot!.querySelector('[part~="list"]')?.getAttribute('aria-label');
      await waitUntil(() => [el, next].every((t) => listLabel(t) === label), 'then French', { timeout: 5000 });
    } finally {
      await executeServerCommand('release-requests');
    }
  });
});
