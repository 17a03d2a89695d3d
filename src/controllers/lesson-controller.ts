import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { EduErrorEvent } from '../events/edu-error.js';
import { EduLoadEvent } from '../events/edu-load.js';
import { wordsToLoad, type Strings } from '../i18n/strings.js';
import { detectFormat, type LessonFormat } from '../lesson/import/detect.js';
import { parseLesson, parseLessonAsync } from '../lesson/parse.js';
import { problemsTitle, renderProblems } from '../templates/problems.js';
import type { Lesson, LessonProblem, ParseResult } from '../lesson/types.js';
import { drawsInItsOwnTask, nextTurn } from '../scheduling/turns.js';
import { drawsApart, providedLesson } from './provided-lesson.js';

/** What an element that renders lessons exposes to this controller. */
export interface LessonHost extends ReactiveControllerHost, HTMLElement {
  /** Lit's: true once the host has rendered. */
  readonly hasUpdated: boolean;
  /** URL of a lesson file. */
  src: string | null | undefined;
  /** A lesson object (or anything: it is checked). Wins over inline JSON and `src`. */
  data: unknown;
  /** Seconds to wait for `src` before giving up. */
  timeout: number;
  /** `json`, `timelinejs` or `csv`; anything else (or nothing) means "tell from the content". */
  format: string | null;
}

export interface LessonRequirement {
  /** Whether the lesson has what this element shows (a timeline needs events, a stat grid needs stats). */
  has: (lesson: Lesson) => boolean;
  /** The problem reported when it does not. */
  message: (t: Strings) => { message: string; fix: string };
  /**
   * Problems of the host's own attributes while a lesson is shown (`<edu-lesson hide="glosary">`): listed first in
   * the problems panel, as they stand at each render, and in `edu-load` and `edu-error` with the lesson's own.
   */
  ownProblems?: () => LessonProblem[];
}

type Source = (
  | { kind: 'provided'; value: Lesson }
  | { kind: 'data'; value: unknown }
  | { kind: 'inline'; value: string; csv: boolean }
  | { kind: 'children'; value: number }
  | { kind: 'src'; value: string }
  | { kind: 'none' }
) & { format: string | null };

const FORMATS: readonly LessonFormat[] = ['json', 'timelinejs', 'csv'];

/** The default `timeout` for loading a lesson from `src`. */
export const DEFAULT_TIMEOUT_S = 15;

/**
 * The largest lesson file loaded from `src`: 20 MB holds well over 100,000 events. Past it the download is stopped,
 * so a wrong address (a video, a database dump) cannot fill the reader's memory.
 */
export const MAX_LESSON_BYTES = 20 * 1024 * 1024;

/**
 * Finds an element's lesson, loads and checks it, and tells the page: the one owner of data loading for every element.
 *
 * Sources, first found wins: the `data` property, an inline `<script type="application/json">` (or `text/csv`)
 * child, `<edu-event>` / `<edu-era>` / `<edu-stat-card>` / `<edu-question>` / `<dl>` children written in the page (these two work
 * on a page opened from disk), then the `src` attribute. A fetch is aborted when the element disconnects or `src` changes, and times out.
 * JSON lessons are read by `parseLesson`; TimelineJS files and spreadsheets (CSV), told apart by their content or
 * the `format` attribute, are converted by the importers, which are loaded only when such a file turns up.
 * After the element has rendered the lesson it fires `edu-load` (when something could be shown) and `edu-error`
 * (when anything could not).
 */
export class LessonController implements ReactiveController {
  lesson: Lesson | null = null;
  problems: LessonProblem[] = [];
  loading = false;
  /** Loading without the loading line: only waiting for the words of the lesson's language (see `applyInItsWords`). */
  private quiet = false;
  private current?: Source;
  private abort?: AbortController;
  private generation = 0;
  private announcing = false;
  /** Counts changes to the element's children, so that edited `<edu-event>`s are read again. */
  private childrenVersion = 0;
  private readonly observer = new MutationObserver((records) => {
    // The host's own attributes (`selected`, `layout`…) change as the reader uses it: not a change of data.
    if (records.every((r) => r.type === 'attributes' && r.target === this.host)) return;
    this.childrenVersion++;
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: LessonHost,
    private readonly requirement: LessonRequirement,
    private readonly strings: () => Strings,
  ) {
    host.addController(this);
  }

  /**
   * The host's `scheduleUpdate`. A part that `<edu-lesson>` adds while drawing a lesson (see `drawApart`) draws
   * first in a task of its own, not in the task of the lesson's render that added it: the figures and the timeline
   * drawn in one task were the longest task of a lesson's first second on a phone, during which a tap or a scroll
   * waited. So does an element placed in the page on its own and given `data` (see `drawsInItsOwnTask`); one with
   * `src` first shows its loading line at once. Every other render runs as Lit schedules it; `updateComplete`
   * resolves after the render either way.
   *
   * A `data` lesson in a language whose words have not loaded yet waits for them first (see `applyInItsWords`), here
   * rather than after reading it, so that `updateComplete` still resolves once the lesson is drawn.
   */
  schedule(update: () => void | Promise<unknown>): void | Promise<unknown> {
    const { host } = this;
    const draw = (): void | Promise<unknown> => {
      const apart =
        (!host.hasUpdated && drawsApart(host)) ||
        (host.data !== undefined && host.data !== null && drawsInItsOwnTask(host));
      return apart ? nextTurn().then(update) : update();
    };
    const words = this.dataWords();
    return words ? words.then(draw) : draw();
  }

  /** The words a `data` lesson is to be drawn in, loading, when they are not at hand yet; else null. */
  private dataWords(): Promise<void> | null {
    const data: unknown = this.host.data;
    if (data === undefined || data === null) return null;
    // Only to know which words to load: the lesson itself is checked when it is read.
    const lang = typeof data === 'object' && 'lang' in data && typeof data.lang === 'string' ? data.lang : undefined;
    return wordsToLoad(this.host, lang);
  }

  hostConnected(): void {
    // Inline JSON is read when connected: it is there by then, also for elements upgraded after parsing.
    this.host.requestUpdate();
    // Children added later (a CMS, a framework, a teacher's script) or edited are read again.
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    // Whatever is in flight belongs to the element's old place: its fetch is aborted and its events are not fired
    // (nobody on the page can hear them). Loading starts again if the element comes back.
    this.generation++;
    if (this.loading || this.announcing) {
      this.abort?.abort();
      this.loading = false;
      this.announcing = false;
      this.current = undefined;
    }
  }

  /** Runs before each render: starts a load when the data source changed. */
  hostUpdate(): void {
    // Lit also updates detached elements; a detached element neither fetches nor fires.
    if (!this.host.isConnected) return;
    const next = this.findSource();
    if (this.current && sameSource(this.current, next)) return;
    this.current = next;
    this.load(next);
  }

  /**
   * The loading indicator or the problems panel, for the top of the element's shadow root: the element's own problems
   * (`LessonRequirement.ownProblems`, as they stand now) first, then the lesson's. While a lesson stays on screen
   * waiting for the words of the next one, its panel stays too.
   */
  renderStatus(t: Strings): TemplateResult | typeof nothing {
    if (this.loading && !this.lesson) return this.quiet ? nothing : html`<p part="status">${t.loading}</p>`;
    const fatal = this.lesson ? null : t.fatalTitle;
    const problems = this.withOwn(this.problems);
    return renderProblems(problems, problemsTitle(problems, t, fatal), t, fatal !== null);
  }

  /** The host's own problems (see `LessonRequirement.ownProblems`) before the lesson's, while a lesson is shown. */
  private withOwn(problems: LessonProblem[]): LessonProblem[] {
    const own = this.lesson ? (this.requirement.ownProblems?.() ?? []) : [];
    return own.length ? [...own, ...problems] : problems;
  }

  private findSource(): Source {
    const { host } = this;
    const format = host.format;
    const given = providedLesson(host);
    if (given) return { kind: 'provided', value: given, format };
    if (host.data !== undefined && host.data !== null) return { kind: 'data', value: host.data, format };
    const script = host.querySelector(':scope > script:is([type="application/json"], [type="text/csv"])');
    if (script) {
      const csv = script.getAttribute('type') === 'text/csv';
      return { kind: 'inline', value: script.textContent ?? '', csv, format };
    }
    // The children src/lesson/html-source.ts reads (that module is loaded only when one of them is there).
    if (host.querySelector(':scope > :is(edu-event, edu-era, edu-stat-card, edu-question, dl)')) {
      return { kind: 'children', value: this.childrenVersion, format };
    }
    if (host.src) return { kind: 'src', value: host.src, format };
    return { kind: 'none', format };
  }

  private load(source: Source): void {
    this.abort?.abort();
    this.abort = undefined;
    const generation = ++this.generation;
    if (source.kind === 'none') {
      const t = this.strings();
      this.loading = false;
      this.lesson = null;
      // Shown, so a teacher who forgot `src` sees why the box is empty; not fired, as a framework may set
      // `data` a moment later.
      this.problems = [{ severity: 'error', path: '', message: t.noData, fix: t.noDataFix }];
      return;
    }
    if (source.kind === 'provided') {
      this.applyInItsWords({ lesson: source.value, problems: [] }, generation, false);
      return;
    }
    if (source.kind === 'src') {
      this.startLoading();
      void this.fetchLesson(source.value, generation);
      return;
    }
    const value = source.value;
    const format =
      source.kind === 'children'
        ? 'html'
        : this.formatOf(value, source.kind === 'inline' && source.csv ? 'csv' : undefined);
    if (format === 'json' && !isLarge(value)) {
      this.applyInItsWords(parseLesson(value), generation);
      return;
    }
    // Read in turns (a lesson of 100,000 events never freezes the page), or after loading a reader. Children
    // edited by the page (a framework re-rendering them) are read again while the lesson they replace stays in view:
    // no flash of "Loading…", no focus lost.
    if (!(source.kind === 'children' && this.lesson)) this.startLoading();
    void this.read(value, format).then((result) => {
      if (generation === this.generation) this.applyInItsWords(result, generation);
    });
  }

  private startLoading(quiet = false): void {
    this.loading = true;
    this.quiet = quiet;
    this.lesson = null;
    this.problems = [];
  }

  /**
   * Shows a reading once the element's words in the lesson's language are at hand: a lesson in Urdu on an English
   * page is never drawn first with English headings and buttons, then again in Urdu (the words of a language other
   * than English load on first use, a request of their own). Meanwhile the element goes on showing its loading line,
   * or the lesson it was showing (busy), or nothing if it had neither (a `data` lesson): no line that would come and
   * go at once.
   */
  private applyInItsWords(result: ParseResult, generation: number, announce = true): void {
    const show = (): void => {
      this.loading = false;
      this.apply(result, generation, announce);
    };
    const words = wordsToLoad(this.host, result.lesson?.lang);
    if (!words) return show();
    // A lesson on screen stays there meanwhile, busy (a builder's preview switched to Urdu, a page that swaps
    // lessons): no blank box in between. With nothing on screen, nothing is shown until then.
    if (this.lesson) this.loading = this.quiet = true;
    else if (!this.loading) this.startLoading(true);
    void words.then(() => {
      if (generation === this.generation) show();
    });
  }

  /** The format the host asked for, else the one a `<script type>` gives, else the one the content shows. */
  private formatOf(value: unknown, hint?: LessonFormat): LessonFormat {
    const chosen = this.host.format?.trim().toLowerCase() as LessonFormat;
    return FORMATS.includes(chosen) ? chosen : (hint ?? detectFormat(value));
  }

  /**
   * Reads a lesson of any format. The readers of TimelineJS files, spreadsheets and HTML children are loaded only
   * when such a lesson turns up, so pages with lesson files never download them.
   */
  private async read(value: unknown, format: LessonFormat | 'html'): Promise<ParseResult> {
    if (format === 'json') return parseLessonAsync(value);
    try {
      if (format === 'html') {
        const { readHtmlLesson, inHtmlWords } = await import('../lesson/html-source.js');
        const { input, places, problems } = readHtmlLesson(this.host);
        const result = await parseLessonAsync(input, { places });
        return { lesson: result.lesson, problems: [...problems, ...inHtmlWords(result.problems)] };
      }
      const { importLesson } = await import('../lesson/import/index.js');
      const imported = importLesson(value, format);
      // Nothing could be read (an empty sheet, a file that is not TimelineJS): the importer has said why.
      const empty = Object.keys(imported.input ?? {}).length === 0;
      if (empty && imported.problems.some((p) => p.severity === 'error')) {
        return { lesson: null, problems: imported.problems };
      }
      const result = await parseLessonAsync(imported.input, { places: imported.places });
      return { lesson: result.lesson, problems: [...imported.problems, ...result.problems] };
    } catch (e) {
      const what = { html: 'lessons written in HTML', csv: 'spreadsheet (CSV) files', timelinejs: 'TimelineJS files' };
      return {
        lesson: null,
        problems: [
          {
            severity: 'error',
            path: '',
            message: `the reader for ${what[format]} could not be loaded (${e instanceof Error ? e.message : String(e)})`,
            fix: 'keep the files of the dist folder together (the bundle loads its readers from edu-timeline-chunks/), or use a JSON lesson file',
          },
        ],
      };
    }
  }

  private async fetchLesson(src: string, generation: number): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    const seconds = this.host.timeout > 0 ? this.host.timeout : DEFAULT_TIMEOUT_S;
    const timeout = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), seconds * 1000);
    let problem: LessonProblem | undefined;
    let text = '';
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) {
        problem = {
          severity: 'error',
          path: 'src',
          message: `the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} for ${src}`,
          fix: 'check the src address and that the lesson file is uploaded there',
        };
      } else {
        const body = await readLimited(response, MAX_LESSON_BYTES);
        if (body === null) {
          problem = {
            severity: 'error',
            path: 'src',
            message: `${src} is larger than ${MAX_LESSON_BYTES / 1024 / 1024} MB, the most a lesson file may be`,
            fix: 'check that src points at the lesson file, or split the lesson into smaller files',
          };
        } else {
          text = body;
        }
      }
    } catch (e) {
      if (generation !== this.generation) return;
      const timedOut = abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError';
      problem = timedOut
        ? {
            severity: 'error',
            path: 'src',
            message: `${src} did not load within ${seconds} seconds`,
            fix: 'check the connection, put the lesson file on the same site as the page, or allow more time with the timeout attribute',
          }
        : {
            severity: 'error',
            path: 'src',
            message: `${src} could not be reached (${e instanceof Error ? e.message : String(e)})`,
            fix:
              location.protocol === 'file:'
                ? 'a page opened from a file cannot load other files: put the lesson inside the element in a <script type="application/json">'
                : 'check the src address; a file on another site must allow loading (CORS)',
          };
    } finally {
      clearTimeout(timeout);
    }
    if (generation !== this.generation) return;
    const result = problem ? { lesson: null, problems: [problem] } : await this.read(text, this.formatOf(text));
    if (generation === this.generation) this.applyInItsWords(result, generation);
  }

  private apply(result: ParseResult, generation: number, announce = true): void {
    const problems = [...result.problems];
    const format = this.host.format?.trim().toLowerCase();
    if (format && format !== 'auto' && !FORMATS.includes(format as LessonFormat)) {
      problems.unshift({
        severity: 'warning',
        path: 'format',
        message: `format="${this.host.format}" is not a format this element reads, so it was told from the content`,
        fix: 'use format="json", "timelinejs" or "csv", or leave the attribute out',
      });
    }
    let lesson = result.lesson;
    if (lesson && !this.requirement.has(lesson)) {
      const { message, fix } = this.requirement.message(this.strings());
      problems.push({ severity: 'error', path: '', message, fix });
      lesson = null;
    }
    this.lesson = lesson;
    this.problems = problems;
    // Inside an update (data, inline JSON) this adds nothing; after a fetch it schedules the render that
    // `announce` waits for.
    this.host.requestUpdate();
    if (announce) void this.announce(lesson, problems, generation);
  }

  private async announce(lesson: Lesson | null, problems: LessonProblem[], generation: number): Promise<void> {
    this.announcing = true;
    await this.host.updateComplete;
    if (generation !== this.generation) return;
    this.announcing = false;
    const all = this.withOwn(problems);
    if (lesson) this.host.dispatchEvent(new EduLoadEvent({ lesson, problems: all }));
    if (all.some((p) => p.severity === 'error')) {
      this.host.dispatchEvent(new EduErrorEvent({ problems: all, fatal: !lesson }));
    }
  }
}

/** The response's text, or `null` as soon as it proves larger than `limit` bytes (the download is then stopped). */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Big enough that reading it in one go could hold the page up for more than a frame or two. */
function isLarge(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 500_000;
  const events = (value as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.length > 2000;
}

function sameSource(a: Source, b: Source): boolean {
  if (a.kind !== b.kind || a.format !== b.format) return false;
  return a.kind === 'none' || a.value === (b as { value: unknown }).value;
}
