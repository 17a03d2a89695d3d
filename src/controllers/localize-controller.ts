import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartialDate } from '../dates/partial-date.js';
import { closestLang, en, loadStrings, strings, uiLanguage, type Strings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected element that speaks, told to render again when the page's `lang` or `dir` changes. */
const speakers = new Set<Host>();
let pageObserver: MutationObserver | undefined;

/**
 * The language an element speaks, and its words in that language: the one owner of "which language" for every
 * element.
 *
 * The language is {@link closestLang}: the element's own `lang`, else the lesson's, else the closest ancestor's. Words
 * for languages other than English load on first use. The elements wait for them before drawing (`wordsToLoad`, in
 * `LessonController.schedule` and the stat card's `scheduleUpdate`, 3 s at most); this controller draws its host again
 * when they arrive, for what was drawn in English meanwhile: a loading line, words that came late, a page that switched
 * language. A page that switches language (a language menu changing `<html lang>`) is followed, as is a change of
 * `dir`.
 */
export class LocalizeController implements ReactiveController {
  private requested = '';
  /** The duration writer, loaded on first use (with date-fns's duration code and English words, about 2 KB). */
  private gaps?: typeof import('../dates/gap.js');

  /**
   * @param lessonLang The language of the lesson the element shows, if any.
   * @param durations Whether the element writes durations ({@link gap}): the code that writes them and date-fns's
   *   locale for the language are then loaded, as a chunk of their own.
   */
  constructor(
    private readonly host: Host,
    private readonly lessonLang: () => string | undefined = () => undefined,
    private readonly durations = false,
  ) {
    host.addController(this);
  }

  /** The BCP 47 tag for dates and numbers. */
  get lang(): string {
    return closestLang(this.host, this.lessonLang());
  }

  /** The element's words: those of {@link lang} once loaded, English before. */
  get t(): Strings {
    return strings(this.lang);
  }

  /** Whether the element is laid out right to left (its own `dir`, or inherited). */
  get rtl(): boolean {
    try {
      return this.host.matches(':dir(rtl)');
    } catch {
      return getComputedStyle(this.host).direction === 'rtl';
    }
  }

  /**
   * The time between two dates in words ("1 year 4 months"), see `formatGap`; `undefined` when they fall in the same
   * period, or until the code that writes durations has loaded (the element renders again then).
   */
  gap(a: PartialDate, b: PartialDate): string | undefined {
    return this.gaps?.formatGap(a, b, this.lang);
  }

  hostConnected(): void {
    speakers.add(this.host);
    if (!pageObserver) {
      pageObserver = new MutationObserver(() => {
        for (const host of speakers) host.requestUpdate();
      });
      pageObserver.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    speakers.delete(this.host);
    if (!speakers.size) {
      pageObserver?.disconnect();
      pageObserver = undefined;
    }
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (lang === this.requested) return;
    this.requested = lang;
    if (this.durations) {
      void import('../dates/gap.js')
        .then(async (gaps) => {
          const first = !this.gaps;
          this.gaps = gaps;
          const locale = await gaps.loadDateLocale(lang);
          if ((first || locale) && this.requested === lang) this.host.requestUpdate();
        })
        // Without its chunk the feedback only lacks the durations.
        .catch(() => undefined);
    }
    if (uiLanguage(lang) === 'en' || strings(lang) !== en) return;
    void loadStrings(lang).then((words) => {
      // Only if still wanted, and only if it changes anything.
      if (this.requested === lang && words !== en) this.host.requestUpdate();
    });
  }
}
