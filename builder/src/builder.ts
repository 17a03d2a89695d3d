import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseLesson } from '../../src/lesson/parse.js';
import type { Lesson, LessonProblem } from '../../src/lesson/types.js';
import {
  addItem,
  emptyDraft,
  getAt,
  insertItem,
  isRecord,
  items,
  LISTS,
  moveItem,
  parsePath,
  removeItem,
  setAt,
  snapshot,
  type Draft,
  type ListName,
} from './draft.js';
import {
  DEFAULT_EXPORT_OPTIONS,
  embedSnippet,
  lessonDir,
  lessonFileName,
  lessonJson,
  lessonTitle,
  PARTS,
  standaloneHtml,
  type ExportOptions,
  type Part,
} from './export.js';
import { LIST_DEFS, labelOf, newItem, type FieldDef } from './fields.js';
import { renderForm, type Deleted, type FormContext } from './form.js';
import {
  copyText,
  downloadFile,
  FORMAT_NAMES,
  formatSize,
  readLessonFile,
  readLessonText,
  type ReadResult,
} from './io.js';
import { fieldId, formTargets, ProblemMap, targetOf, type PlacedProblem } from './problem-map.js';
import {
  DEFAULT_STORAGE_KEY,
  DraftStore,
  readSaved,
  type SavedDraft,
  type StorageLike,
  type StoreFailure,
} from './store.js';
import { styles } from './builder.styles.js';

/** How long typing may pause before the lesson is checked again and the preview redrawn (ms). */
export const CHECK_DELAY = 300;
/** How long after the last change the lesson is kept in the browser (ms); leaving the page keeps it at once. */
export const SAVE_DELAY = 600;
/** The lesson schema as published, for editors that check lesson files. */
const SCHEMA_URL = 'https://unpkg.com/edu-timeline@0.1/data/lesson.schema.json';
/** The most problems listed in the summary at the top; the rest are counted. */
const SUMMARY_MAX = 50;

const PART_NAMES: Readonly<Record<Part, string>> = {
  title: 'Title and summary',
  stats: 'Key figures',
  timeline: 'Timeline',
  glossary: 'Glossary',
  sources: 'Sources',
  quiz: 'Quiz',
};

/** A line saying how an action went. */
type Status = { text: string; kind: 'ok' | 'error' | 'busy' } | null;

/** What starting, opening or pasting a lesson did, shown at the top of the editor, with a way back. */
interface Notice {
  text: string;
  /** What the conversion of a spreadsheet or a TimelineJS file could not carry over. */
  notes: readonly LessonProblem[];
  /** The lesson before, for "Undo". */
  previous: Draft | null;
}

/**
 * A page for teachers to make a lesson without writing code: start from the example, from nothing, or from a file
 * (a lesson file, a TimelineJS file or a spreadsheet saved as CSV, opened, dropped or pasted); edit it in a form or
 * as JSON text; see every problem next to its field as they type; see the lesson as pupils will, drawn by the real
 * `<edu-lesson>`; and take it away as a lesson file, as code to paste into a page, or as one HTML file that works
 * offline. The work is kept in the browser's localStorage as it changes, so a reload or a crash loses nothing.
 *
 * The lesson is checked by the library's `parseLesson`, the same code the elements use: the builder has no rules of
 * its own.
 *
 * @tag edu-builder
 * @summary The no-code lesson builder: form, JSON, live preview, problems by their fields, autosave and export.
 *
 * @slot - Shown until the builder has started (a "loading" or "needs JavaScript" message), never after. A
 * `<script type="application/json">` child is the example lesson (else it is fetched from `example-src`).
 */
export class EduBuilder extends LitElement {
  static override properties = {
    exampleSrc: { attribute: 'example-src' },
    standaloneSrc: { attribute: 'standalone-src' },
    storageKey: { attribute: 'storage-key' },
    storage: { attribute: false },
    draft: { state: true },
    revision: { state: true },
    problems: { state: true },
    preview: { state: true },
    previewBlank: { state: true },
    view: { state: true },
    jsonText: { state: true },
    jsonProblem: { state: true },
    deleted: { state: true },
    restoredAt: { state: true },
    saveFailure: { state: true },
    savedAt: { state: true },
    startStatus: { state: true },
    importStatus: { state: true },
    importProblems: { state: true },
    notice: { state: true },
    exportOptions: { state: true },
    pageStatus: { state: true },
    snippetStatus: { state: true },
    jsonStatus: { state: true },
    newerElsewhere: { state: true },
    announcement: { state: true },
    dragging: { state: true },
  };

  static override styles = styles;

  /** Address of the example lesson, for "Start from the example" (relative to the page). */
  exampleSrc: string;

  /** Address of `edu-timeline.standalone.js`, put inside the one-file export (relative to the page). */
  standaloneSrc: string;

  /** The localStorage key the lesson is kept under. Two builders on one site with different keys keep two lessons. */
  storageKey: string;

  /** Where the lesson is kept: the browser's localStorage unless set (tests give one that fails). */
  storage: StorageLike | null | undefined;

  /** The lesson being built, or `null` before the teacher has chosen how to start. Edited in place. */
  protected draft: Draft | null;
  /** Bumped on every change to `draft`, so that a change in place renders. */
  protected revision: number;
  /** `parseLesson`'s problems, each with the place of the form that shows it. */
  protected problems: ProblemMap;
  /** The copy of the lesson the preview and the snippet show (taken when typing pauses). */
  protected preview: Draft | null;
  /** The snippet for `preview`, made again only when the lesson or the export options change. */
  private snippet = '';
  /** The lesson has nothing pupils would see yet (no event, figure, word or question without a problem). */
  protected previewBlank: boolean;
  protected view: 'form' | 'json';
  protected jsonText: string;
  /** Why the JSON text cannot be read, while it cannot. */
  protected jsonProblem: LessonProblem | null;
  protected deleted: Deleted | null;
  /** When the restored lesson was last kept, for the "welcome back" line. */
  protected restoredAt: string | null;
  protected saveFailure: StoreFailure | null;
  protected savedAt: Date | null;
  protected startStatus: Status;
  protected importStatus: Status;
  protected importProblems: readonly LessonProblem[];
  protected notice: Notice | null;
  protected exportOptions: ExportOptions;
  protected pageStatus: Status;
  protected snippetStatus: Status;
  protected jsonStatus: Status;
  /** A newer version of the lesson, kept by another tab or window of the builder. */
  protected newerElsewhere: SavedDraft | null;
  /** The words of the polite live region. */
  protected announcement: string;
  /** A file is being dragged over the drop box. */
  protected dragging: boolean;

  private store: DraftStore;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly keys = new WeakMap<object, string>();
  private nextKey = 0;
  private readonly expanded = new Set<string>();
  /** What the teacher typed in a text box, while it still means the value the lesson holds ("1." for 1). */
  private readonly typed = new Map<string, string>();
  /** The id of an element to focus after the next render. */
  private focusAfterUpdate: string | null = null;
  /** The standalone library's text, fetched once. */
  private bundleText: Promise<string> | null = null;
  /** The lesson changed since it was last kept. */
  private dirty = false;
  /** The part of the form the preview was last scrolled to (`events[2]`, `stats[]`, `lesson`). */
  private followed = '';
  /** Counts the lessons given to the preview, so that only the last one's drawing is waited for. */
  private previewGeneration = 0;

  constructor() {
    super();
    this.exampleSrc = '../data/pakistan-small-arms-2024.json';
    this.standaloneSrc = '../dist/edu-timeline.standalone.js';
    this.storageKey = DEFAULT_STORAGE_KEY;
    this.storage = undefined;
    this.draft = null;
    this.revision = 0;
    this.problems = new ProblemMap([], {});
    this.preview = null;
    this.previewBlank = false;
    this.view = 'form';
    this.jsonText = '';
    this.jsonProblem = null;
    this.deleted = null;
    this.restoredAt = null;
    this.saveFailure = null;
    this.savedAt = null;
    this.startStatus = null;
    this.importStatus = null;
    this.importProblems = [];
    this.notice = null;
    this.exportOptions = DEFAULT_EXPORT_OPTIONS;
    this.pageStatus = null;
    this.snippetStatus = null;
    this.jsonStatus = null;
    this.newerElsewhere = null;
    this.announcement = '';
    this.dragging = false;
    this.store = this.makeStore();
  }

  /* ---------- lifecycle ---------- */

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('storage', this.onStorage);
    this.renderRoot.addEventListener('focusin', this.onFocusIn);
    if (this.draft === null) this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flush();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('storage', this.onStorage);
    this.renderRoot.removeEventListener('focusin', this.onFocusIn);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A key set after the element started (by a script) names another kept lesson.
    if (changed.has('storageKey') && this.store.key !== this.storageKey && this.draft === null) this.restore();
    if ((changed.has('preview') || changed.has('exportOptions')) && this.draft) {
      this.snippet = embedSnippet(this.preview ?? this.draft, this.exportOptions);
    }
    // While the preview draws the new lesson, it keeps its height: the page around it (and the form above the
    // preview in a narrow window) does not jump while its parts are drawn again.
    const body = this.renderRoot.querySelector<HTMLElement>('.preview-body');
    if (changed.has('preview') && body) body.style.minBlockSize = `${body.offsetHeight}px`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('preview')) void this.afterPreview(++this.previewGeneration);
    const id = this.focusAfterUpdate;
    if (!id) return;
    this.focusAfterUpdate = null;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** Once the preview has drawn the new lesson: its height is free again, and it still shows the followed event. */
  private async afterPreview(generation: number): Promise<void> {
    await this.renderRoot.querySelector('edu-lesson')?.updateComplete;
    if (generation !== this.previewGeneration) return;
    const body = this.renderRoot.querySelector<HTMLElement>('.preview-body');
    if (body) body.style.minBlockSize = '';
    const event = /^events\[(\d+)\]$/.exec(this.followed);
    if (event) this.follow('events', Number(event[1]), false);
  }

  private makeStore(): DraftStore {
    return new DraftStore(this.storageKey, () => (this.storage !== undefined ? this.storage : window.localStorage));
  }

  /** Takes up the lesson kept in this browser, if there is one. */
  private restore(): void {
    this.store = this.makeStore();
    const loaded = this.store.load();
    if (!loaded.ok) {
      this.saveFailure = loaded;
      return;
    }
    const saved = loaded.value;
    if (!saved) return;
    this.exportOptions = saved.options;
    this.restoredAt = saved.savedAt;
    this.replaceDraft(saved.draft, { save: false });
    if (saved.view === 'json') {
      this.view = 'json';
      this.jsonText = saved.jsonText ?? lessonJson(saved.draft);
      if (saved.jsonText !== undefined) this.readJsonText();
    }
  }

  /* ---------- the lesson and its changes ---------- */

  /** Puts a whole lesson in the builder: started, opened, restored, or brought back. */
  private replaceDraft(draft: Draft, { save = true }: { save?: boolean } = {}): void {
    this.draft = draft;
    this.typed.clear();
    this.expanded.clear();
    this.deleted = null;
    this.jsonProblem = null;
    if (this.view === 'json') this.jsonText = lessonJson(draft);
    this.changed({ now: true, save });
  }

  /**
   * After every change to the lesson: check it and redraw the preview (at once after a change of structure, after a
   * pause in typing otherwise), and keep it in the browser.
   */
  private changed({ now = false, save = true }: { now?: boolean; save?: boolean } = {}): void {
    this.revision++;
    if (now) {
      this.clearTimer('check');
      this.check();
    } else {
      this.later('check', CHECK_DELAY, () => this.check());
    }
    if (save) this.keepSoon();
  }

  private keepSoon(): void {
    this.dirty = true;
    this.later('save', SAVE_DELAY, this.flush);
  }

  /** Checks the lesson with parseLesson and places each problem in the form; takes the preview's copy. */
  private check(): void {
    const draft = this.draft;
    if (!draft) return;
    const copy = snapshot(draft);
    const before = this.problems;
    const { lesson, problems } = parseLesson(copy);
    this.problems = new ProblemMap(problems, draft);
    this.previewBlank =
      !lesson || lesson.events.length + lesson.stats.length + lesson.glossary.length + lesson.questions.length === 0;
    this.preview = copy;
    this.announceFieldChange(before);
  }

  /**
   * Tells a screen reader user what changed about the field they are typing in: a problem that appeared, or that
   * its problems are gone. Only that field: the rest of the form stays quiet while they type.
   */
  private announceFieldChange(before: ProblemMap): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const path = active instanceof HTMLElement ? active.dataset.path : undefined;
    if (!path || !this.draft) return;
    const target = targetOf(path, formTargets(this.draft));
    const was = new Set(before.at(target).map((p) => p.message));
    const now = this.problems.at(target);
    const label = labelOf(target) ?? 'This field';
    const added = now.find((p) => !was.has(p.message));
    if (added) this.announce(`${label}: ${added.message}; ${added.fix}.`);
    else if (was.size && !now.length) this.announce(`${label}: no problem now.`);
  }

  /** Keeps the lesson in the browser now (after a pause in changes, and when the page is hidden or left). */
  private readonly flush = (): void => {
    this.clearTimer('save');
    if (!this.dirty || !this.draft) return;
    this.dirty = false;
    const saved: SavedDraft = {
      version: 1,
      savedAt: new Date().toISOString(),
      draft: this.draft,
      view: this.view,
      jsonText: this.view === 'json' && this.jsonProblem ? this.jsonText : undefined,
      options: this.exportOptions,
    };
    const result = this.store.save(saved);
    if (result.ok) {
      this.savedAt = new Date(saved.savedAt);
      this.saveFailure = null;
    } else {
      this.saveFailure = result;
    }
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Another tab or window of the builder kept a lesson: offer it, never take it silently. */
  private readonly onStorage = (e: StorageEvent): void => {
    if (e.key !== this.storageKey || e.newValue === null || this.draft === null) return;
    const saved = readSaved(e.newValue);
    if (saved) this.newerElsewhere = saved;
  };

  private later(name: string, ms: number, run: () => void): void {
    this.clearTimer(name);
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        run();
      }, ms),
    );
  }

  private clearTimer(name: string): void {
    const timer = this.timers.get(name);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(name);
  }

  private announce(text: string): void {
    // The same words twice in a row are still announced: a no-break space makes the text differ.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /* ---------- the form's handlers ---------- */

  private formContext(draft: Draft): FormContext {
    return {
      draft,
      problems: this.problems,
      deleted: this.deleted,
      shownText: (path, value, kind) => this.shownText(path, value, kind),
      isExpanded: (key) => this.expanded.has(key),
      keyOf: (item, list, index) => this.keyOf(item, list, index),
      onInput: this.onInput,
      onToggle: this.onToggle,
      onItemAction: this.onItemAction,
      onAdd: this.onAdd,
      onUndo: this.onUndo,
      onRemoveField: this.onRemoveField,
      onUseValue: this.onUseValue,
    };
  }

  private keyOf(item: unknown, list: string, index: number): string {
    if (typeof item !== 'object' || item === null) return `${list}#${index}`;
    let key = this.keys.get(item);
    if (!key) {
      key = `k${this.nextKey++}`;
      this.keys.set(item, key);
    }
    return key;
  }

  private shownText(path: string, value: unknown, kind: FieldDef['kind']): string {
    const typed = this.typed.get(path);
    if (typed !== undefined && JSON.stringify(toValue(typed, kind)) === JSON.stringify(value)) return typed;
    return fromValue(value, kind);
  }

  private readonly onInput = (e: Event): void => {
    const control = e.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const { path, kind } = control.dataset;
    const draft = this.draft;
    if (!path || !kind || !draft) return;
    const checked = control instanceof HTMLInputElement && control.checked;
    if (kind === 'refs') {
      const ref = control.dataset.ref ?? '';
      const current = getAt(draft, path);
      const list = Array.isArray(current) ? current.filter((v) => v !== ref) : [];
      if (checked) list.push(ref);
      setAt(draft, path, list.length ? list : undefined);
    } else if (kind === 'decorative') {
      // An empty description marks a picture as decoration; without one, a picture needs a description.
      setAt(draft, path, checked ? '' : undefined);
      this.focusAfterUpdate = control.id;
    } else if (kind === 'check') {
      setAt(draft, path, checked ? true : undefined);
    } else if (kind === 'choice') {
      // The answer names a choice by its text: when that choice is retyped, the answer follows it.
      const question = path.replace(/\.choices\[\d+\]$/, '');
      const before = getAt(draft, path);
      if (typeof before === 'string' && before !== '' && getAt(draft, `${question}.answer`) === before) {
        setAt(draft, `${question}.answer`, control.value === '' ? undefined : control.value);
      }
      setAt(draft, path, control.value);
    } else {
      this.typed.set(path, control.value);
      setAt(draft, path, toValue(control.value, kind as FieldDef['kind']));
    }
    // A choice made (a list, a box ticked) is checked at once; typing, after a pause.
    this.changed({ now: control instanceof HTMLSelectElement || control.type === 'checkbox' });
  };

  private readonly onToggle = (e: Event): void => {
    const key = (e.currentTarget as HTMLElement).dataset.key;
    if (!key) return;
    if (this.expanded.has(key)) this.expanded.delete(key);
    else this.expanded.add(key);
    this.requestUpdate();
  };

  /** An item of a list (`events`) or of a group's list (`questions[0].choices`), as the form words it. */
  private nounOf(list: string): string {
    if (/\.choices$/.test(list)) return 'Answer';
    if (/\.series$/.test(list)) return 'Point';
    return (LIST_DEFS as Partial<Record<string, { noun: string }>>)[list]?.noun ?? 'Item';
  }

  /** `Event 3 (“The TTP ends its ceasefire”)`. */
  private itemLabel(list: string, index: number, item: unknown): string {
    const def = (LIST_DEFS as Partial<Record<string, (typeof LIST_DEFS)[ListName]>>)[list];
    const name = def ? def.summary(item) : typeof item === 'string' ? item : '';
    const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
    return `${this.nounOf(list)} ${index + 1}${shown ? ` (“${shown}”)` : ''}`;
  }

  private readonly onItemAction = (e: Event): void => {
    const button = e.currentTarget as HTMLButtonElement;
    const { list, action } = button.dataset;
    const index = Number(button.dataset.index);
    const draft = this.draft;
    if (!list || !action || !draft || !Number.isInteger(index)) return;
    const listValue = getAt(draft, list);
    const count = Array.isArray(listValue) ? listValue.length : 0;
    const noun = this.nounOf(list);
    if (action === 'delete') {
      const item = removeItem(draft, list, index);
      this.deleted = { list, index, item, label: this.itemLabel(list, index, item) };
      // The focus goes to "Undo", which stands where the item was.
      this.focusAfterUpdate = `${fieldId(list)}-undo`;
      this.announce(`${this.deleted.label} was deleted. Undo brings it back.`);
      this.changed({ now: true });
      return;
    }
    const by = action === 'up' ? -1 : 1;
    const to = moveItem(draft, list, index, by);
    if (to === index) {
      this.announce(`${noun} ${index + 1} is already the ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    if (this.deleted?.list === list) this.deleted = null;
    // The moved item's button keeps the focus, at the item's new place.
    this.focusAfterUpdate = `${fieldId(list)}-${to}-${action}`;
    this.announce(`${noun} ${index + 1} moved to place ${to + 1} of ${count}.`);
    this.changed({ now: true });
  };

  private readonly onAdd = (e: Event): void => {
    const { list, kind } = (e.currentTarget as HTMLElement).dataset;
    const draft = this.draft;
    if (!list || !kind || !draft) return;
    if (kind === 'choices' || kind === 'series') {
      const index = addItem(draft, list, kind === 'choices' ? '' : {});
      this.focusAfterUpdate = fieldId(kind === 'choices' ? `${list}[${index}]` : `${list}[${index}].period`);
      this.announce(`${this.nounOf(list)} ${index + 1} added.`);
    } else {
      const name = kind as ListName;
      const item = newItem(name);
      const index = addItem(draft, name, item);
      this.expanded.add(this.keyOf(item, name, index));
      this.focusAfterUpdate = fieldId(`${name}[${index}].${LIST_DEFS[name].fields[0].key}`);
      this.announce(`${LIST_DEFS[name].noun} ${index + 1} added.`);
    }
    this.changed({ now: true });
  };

  private readonly onUndo = (): void => {
    const deleted = this.deleted;
    const draft = this.draft;
    if (!deleted || !draft) return;
    const index = insertItem(draft, deleted.list, deleted.index, deleted.item);
    this.deleted = null;
    const sub = /\.(choices|series)$/.exec(deleted.list)?.[1];
    this.focusAfterUpdate = sub
      ? fieldId(sub === 'choices' ? `${deleted.list}[${index}]` : `${deleted.list}[${index}].period`)
      : fieldId(`${deleted.list}[${index}]`);
    this.announce(`${deleted.label} is back.`);
    this.changed({ now: true });
  };

  private readonly onRemoveField = (e: Event): void => {
    const path = (e.currentTarget as HTMLElement).dataset.path;
    const draft = this.draft;
    if (!path || !draft) return;
    const segments = parsePath(path);
    const owner = getAt(draft, segments.slice(0, -1));
    const key = segments.at(-1);
    if (!isRecord(owner) || typeof key !== 'string') return;
    delete owner[key];
    this.announce(`“${key}” removed.`);
    // Its line goes with it: the focus moves to the item it was in, or to the summary.
    const item = /^(\w+\[\d+\])/.exec(path)?.[1];
    this.focusAfterUpdate = item ? fieldId(item) : 'summary-heading';
    this.changed({ now: true });
  };

  private readonly onUseValue = (e: Event): void => {
    const { path, value } = (e.currentTarget as HTMLElement).dataset;
    const draft = this.draft;
    if (!path || value === undefined || !draft) return;
    this.typed.set(path, value);
    setAt(draft, path, value);
    // The button goes with the problem: the focus goes back to the field, now holding the value (read out as the
    // field gets the focus), and the check that follows announces "Date: no problem now."
    this.focusAfterUpdate = fieldId(path);
    this.changed({ now: true });
  };

  /** Opens what holds `target` and moves the focus to its field (from the problems summary). */
  private reveal(target: string): void {
    if (this.view === 'json') {
      if (this.jsonProblem) {
        this.focusAfterUpdate = 'json-text';
        this.announce('Correct the JSON text first: the form cannot show it until it can be read.');
        this.requestUpdate();
        return;
      }
      this.view = 'form';
    }
    const item = /^(\w+)\[(\d+)\]/.exec(target);
    if (item && this.draft) {
      const index = Number(item[2]);
      this.expanded.add(this.keyOf(getAt(this.draft, `${item[1]}[${index}]`), item[1], index));
    }
    this.focusAfterUpdate = target ? fieldId(target) : 'f-about';
    this.requestUpdate();
  }

  /**
   * The preview follows the part of the form that has the focus: editing an event shows the timeline with that
   * event selected, a figure the key figures, a question the quiz. Only when the preview scrolls on its own, beside
   * the form: below it (a narrow window), scrolling it would take the form away from the field being edited.
   */
  private readonly onFocusIn = (e: Event): void => {
    const control = e.composedPath()[0];
    if (!(control instanceof HTMLElement) || !this.draft || control.closest('.preview')) return;
    const where =
      control.dataset.path ??
      control.dataset.item ??
      (control.dataset.list ? `${control.dataset.list}[${control.dataset.index}]` : '');
    const match = /^(events|stats|glossary|questions|sources|eras)(?:\[(\d+)\])?/.exec(where);
    const part = match ? `${match[1]}[${match[2] ?? ''}]` : control.closest('.about') ? 'lesson' : '';
    if (!part || part === this.followed) return;
    this.followed = part;
    this.follow(match?.[1] as ListName | undefined, match?.[2] === undefined ? -1 : Number(match[2]));
  };

  private follow(list: ListName | undefined, index: number, scroll = true): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.preview');
    const lesson = container?.querySelector('edu-lesson');
    const root = lesson?.shadowRoot;
    if (!container || !lesson?.lesson || !root || getComputedStyle(container).overflowY !== 'auto') return;
    const section = list ? PREVIEW_SECTIONS[list] : null;
    const target = section ? root.getElementById(`${section}-heading`) : root.querySelector('[part~="header"]');
    if (list === 'events' && index >= 0) {
      const timeline = root.querySelector('edu-timeline');
      const id = eventIdIn(lesson.lesson, items(this.draft ?? {}, 'events')[index]);
      if (timeline && id) timeline.selected = id;
    }
    if (!target || !scroll) return;
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTop += offset - 8;
  }

  /* ---------- start, open, paste ---------- */

  private async startFromExample(): Promise<void> {
    this.startStatus = { kind: 'busy', text: 'Loading the example lesson…' };
    try {
      // A copy of the builder for a folder (scripts/build-builder.mjs) holds the example in its page, so that it
      // starts even when the page is opened from disk, where nothing can be fetched.
      const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
      let value: unknown;
      if (inline) {
        value = JSON.parse(inline);
      } else {
        const response = await fetch(this.exampleSrc);
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        value = await response.json();
      }
      if (!isRecord(value)) throw new Error('it is not a lesson');
      // The example names the schema next to it in the project; a teacher's copy names the published one, so that
      // an editor that opens the downloaded file still finds it.
      if (typeof value.$schema === 'string' && !/^https?:/.test(value.$schema)) value.$schema = SCHEMA_URL;
      this.startStatus = null;
      this.start(value, 'You started from the example lesson. Change it into yours: every change is kept.');
    } catch (e) {
      this.startStatus = {
        kind: 'error',
        text: `The example lesson could not be loaded (${e instanceof Error ? e.message : String(e)}). Start with an empty lesson instead, or open a lesson file.`,
      };
      this.focusAfterUpdate = 'start-status';
    }
  }

  private startEmpty(): void {
    this.start(emptyDraft(document.documentElement.lang || 'en'), 'You started an empty lesson.');
  }

  private start(draft: Draft, text: string): void {
    this.restoredAt = null;
    this.view = 'form';
    this.replaceDraft(draft);
    this.notice = { text, notes: [], previous: null };
    this.focusAfterUpdate = 'notice';
  }

  private async openFile(file: File): Promise<void> {
    this.importStatus = { kind: 'busy', text: `Reading “${file.name}”…` };
    this.importProblems = [];
    this.useRead(await readLessonFile(file), `“${file.name}”`);
  }

  private usePasted(): void {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')?.value ?? '';
    if (text.trim() === '') {
      this.importStatus = { kind: 'error', text: 'There is nothing to use yet: paste the lesson into the box first.' };
      this.importProblems = [];
      this.focusAfterUpdate = 'paste';
      return;
    }
    this.useRead(readLessonText(text), 'the pasted text');
  }

  /** Takes the lesson that was read as the one being built (with Undo), or says why it cannot. */
  private useRead(result: ReadResult, what: string): void {
    if (!result.ok) {
      this.importStatus = { kind: 'error', text: `The builder could not use ${what}:` };
      this.importProblems = result.problems;
      this.focusAfterUpdate = 'import-status';
      return;
    }
    const previous = this.draft ? snapshot(this.draft) : null;
    const counts = countItems(result.draft);
    this.importStatus = null;
    this.importProblems = [];
    this.restoredAt = null;
    this.view = 'form';
    this.replaceDraft(result.draft);
    const paste = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    if (paste) paste.value = '';
    this.notice = {
      text: `Opened ${what}, ${FORMAT_NAMES[result.format]}${counts ? `: ${counts}` : ''}.${result.notes.length ? ' Some of it could not be carried over:' : ''}`,
      notes: result.notes,
      previous,
    };
    this.focusAfterUpdate = 'notice';
  }

  private undoOpen(): void {
    const previous = this.notice?.previous;
    if (!previous) return;
    this.notice = null;
    this.replaceDraft(previous);
    this.announce('The lesson you had before is back.');
    this.focusAfterUpdate = 'edit-heading';
  }

  private readonly onFileChosen = (e: Event): void => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied afterwards, so that choosing the same file again (after fixing it) reads it again.
    if (file) void this.openFile(file).finally(() => (input.value = ''));
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (e: DragEvent): void => {
    if (e.relatedTarget instanceof Node && (e.currentTarget as Node).contains(e.relatedTarget)) return;
    this.dragging = false;
  };

  private readonly onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };

  /* ---------- start over, another tab ---------- */

  private get confirmDialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('#confirm');
  }

  private startOver(): void {
    this.confirmDialog?.close();
    this.clearTimer('save');
    this.store.clear();
    this.draft = null;
    this.preview = null;
    this.problems = new ProblemMap([], {});
    this.restoredAt = null;
    this.notice = null;
    this.deleted = null;
    this.view = 'form';
    this.dirty = false;
    this.savedAt = null;
    this.newerElsewhere = null;
    this.pageStatus = this.snippetStatus = this.jsonStatus = null;
    this.announce('The lesson was removed from this browser. Choose how to start a new one.');
    this.focusAfterUpdate = 'start-heading';
  }

  private useNewerElsewhere(): void {
    const saved = this.newerElsewhere;
    if (!saved) return;
    this.newerElsewhere = null;
    this.exportOptions = saved.options;
    this.view = 'form';
    this.replaceDraft(saved.draft, { save: false });
    this.focusAfterUpdate = 'edit-heading';
    this.announce('The version from the other tab is shown now.');
  }

  /* ---------- JSON view ---------- */

  private showView(view: 'form' | 'json'): void {
    if (view === this.view || !this.draft) return;
    if (view === 'form' && this.jsonProblem) {
      this.announce(
        'The JSON text cannot be read yet, so the form cannot show it. Correct it, or throw away the changes.',
      );
      this.focusAfterUpdate = 'json-text';
      this.requestUpdate();
      return;
    }
    if (view === 'json') this.jsonText = lessonJson(this.draft);
    this.view = view;
    this.keepSoon();
  }

  private readonly onJsonInput = (e: Event): void => {
    this.jsonText = (e.currentTarget as HTMLTextAreaElement).value;
    this.later('json', CHECK_DELAY, () => this.readJsonText());
  };

  /** Takes the JSON text as the lesson as soon as it can be read; until then, says why it cannot. */
  private readJsonText(): void {
    const text = this.jsonText;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // parseLesson explains a JSON mistake, with its line and column, as the elements do.
      this.jsonProblem = parseLesson(text).problems.find((p) => p.severity === 'error') ?? null;
      this.keepSoon();
      return;
    }
    if (!isRecord(value)) {
      this.jsonProblem = parseLesson(value).problems[0] ?? null;
      this.keepSoon();
      return;
    }
    const hadProblem = this.jsonProblem !== null;
    this.jsonProblem = null;
    this.draft = value;
    this.typed.clear();
    this.deleted = null;
    if (hadProblem) this.announce('The JSON text can be read again.');
    this.changed({ now: true });
  }

  private discardJsonChanges(): void {
    if (!this.draft) return;
    this.jsonText = lessonJson(this.draft);
    this.jsonProblem = null;
    this.view = 'form';
    this.announce('Your changes to the JSON text were thrown away: the form shows the lesson as it was.');
    this.focusAfterUpdate = 'view-form';
    this.keepSoon();
  }

  /* ---------- export ---------- */

  /** The lesson as it is now (not at the last pause in typing): what the teacher takes away. */
  private current(): Draft {
    return snapshot(this.draft ?? {});
  }

  private setPartShown(part: Part, shown: boolean): void {
    const hide = PARTS.filter((p) => (p === part ? !shown : this.exportOptions.hide.includes(p)));
    this.exportOptions = { ...this.exportOptions, hide };
    this.keepSoon();
  }

  private setPrintAnswers(on: boolean): void {
    this.exportOptions = { ...this.exportOptions, printAnswers: on };
    this.keepSoon();
  }

  private async loadBundle(): Promise<string> {
    this.bundleText ??= fetch(this.standaloneSrc).then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${this.standaloneSrc}`);
      return response.text();
    });
    try {
      return await this.bundleText;
    } catch (e) {
      this.bundleText = null;
      throw e;
    }
  }

  private async downloadPage(): Promise<void> {
    const lesson = this.current();
    this.pageStatus = { kind: 'busy', text: 'Making the page…' };
    let bundle: string;
    try {
      bundle = await this.loadBundle();
    } catch (e) {
      this.pageStatus = {
        kind: 'error',
        text:
          location.protocol === 'file:'
            ? 'The page cannot be made while the builder is opened from a file on this computer: open the builder from its web address. The code and the lesson file below still work.'
            : `The page could not be made: the program file it needs could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection and try again.`,
      };
      return;
    }
    const page = standaloneHtml(lesson, {
      bundle,
      options: this.exportOptions,
      madeOn: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    });
    const name = `${lessonFileName(lesson)}.html`;
    const blob = new Blob([page], { type: 'text/html;charset=utf-8' });
    downloadFile(blob, name);
    this.pageStatus = {
      kind: 'ok',
      text: `Downloaded “${name}” (${formatSize(blob.size)}). Open it from your downloads to check it, then share it or upload it.`,
    };
  }

  private downloadJson(): void {
    const lesson = this.current();
    const name = `${lessonFileName(lesson)}.json`;
    downloadFile(new Blob([lessonJson(lesson)], { type: 'application/json;charset=utf-8' }), name);
    this.jsonStatus = { kind: 'ok', text: `Downloaded “${name}”.` };
  }

  private async copyJson(): Promise<void> {
    const copied = await copyText(lessonJson(this.current()));
    this.jsonStatus = copied
      ? { kind: 'ok', text: 'The lesson text is copied: paste it where you need it.' }
      : { kind: 'error', text: 'Copying is not allowed here. Download the lesson file instead.' };
  }

  private async copySnippet(): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
    const copied = await copyText(embedSnippet(this.current(), this.exportOptions), field);
    this.snippetStatus = copied
      ? { kind: 'ok', text: 'The code is copied: paste it into the HTML of your page.' }
      : {
          kind: 'error',
          text: 'Copying is not allowed here, so the code is selected instead: press Ctrl+C (⌘C on a Mac) to copy it.',
        };
  }

  /* ---------- rendering ---------- */

  protected override render(): TemplateResult {
    return html`<div class="builder">
      <header class="masthead">
        <h1>Lesson builder</h1>
        <p class="lede">
          Make a lesson page without writing code: fill in the form, see the lesson as pupils will, then download it as
          one page or copy it into your own.
        </p>
        ${this.renderSaveState()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </header>
      ${this.draft ? this.renderEditor(this.draft) : this.renderStart()}
    </div>`;
  }

  private saveFailureText(failure: StoreFailure): string {
    if (failure.reason === 'full') {
      return 'Your latest changes are not kept in this browser: its storage for this site is full. Download the lesson file (under “Save and share”) to keep them.';
    }
    if (failure.reason === 'unreadable') {
      return 'A lesson kept in this browser earlier could not be read, so the builder starts afresh. Open a copy of your lesson file if you have one.';
    }
    return 'This browser does not let the builder keep your work (storage is blocked, for example by a privacy setting or a private window). Nothing is lost while this page stays open: download the lesson file now and then to keep it.';
  }

  private renderSaveState(): TemplateResult | typeof nothing {
    if (this.saveFailure) {
      return html`<p class="save-state failure" role="alert">
        <strong>Not saved.</strong> ${this.saveFailureText(this.saveFailure)}
      </p>`;
    }
    if (!this.draft) return nothing;
    const at = this.savedAt ?? (this.restoredAt ? new Date(this.restoredAt) : null);
    return html`<p class="save-state">
      ${
        at
          ? html`Kept in this browser as you work (last kept at
              <time datetime=${at.toISOString()}
                >${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time
              >).`
          : 'Kept in this browser as you work.'
      }
    </p>`;
  }

  private renderStatus(status: Status, id: string): TemplateResult {
    // No white space around the text: an empty line takes no room (:empty).
    return html`<p class="status ${status?.kind ?? ''}" id=${id} role="status" tabindex="-1">${status?.text ?? ''}</p>`;
  }

  private renderStart(): TemplateResult {
    return html`<main class="start">
      <section aria-labelledby="start-heading" class="panel">
        <h2 id="start-heading" tabindex="-1">Start a lesson</h2>
        <div class="choices-start">
          <button type="button" class="big primary" id="start-example" @click=${() => void this.startFromExample()}>
            <span class="big-title">Start from the example</span>
            <span class="big-text"
              >A finished lesson (Pakistan at the UN, 2024) with events, figures, words and questions, to change into
              your own.</span
            >
          </button>
          <button type="button" class="big" id="start-empty" @click=${() => this.startEmpty()}>
            <span class="big-title">Start empty</span>
            <span class="big-text">A blank lesson: add its events, figures, words and questions yourself.</span>
          </button>
        </div>
        ${this.renderStatus(this.startStatus, 'start-status')}
      </section>
      <section aria-labelledby="open-heading" class="panel">
        <h2 id="open-heading">Or open a lesson you already have</h2>
        ${this.renderImport()}
      </section>
    </main>`;
  }

  private renderImport(): TemplateResult {
    return html`<div class="import">
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.onDragOver}
        @dragenter=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <label for="file">Open a file from your computer</label>
        <p class="hint" id="file-hint">
          A lesson file (.json), a TimelineJS file (.json) or a spreadsheet saved as CSV (.csv). You can also drag the
          file onto this box.
        </p>
        <input
          type="file"
          id="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv"
          aria-describedby="file-hint"
          @change=${this.onFileChosen}
        />
      </div>
      <div class="field">
        <label for="paste">Or paste a lesson</label>
        <p class="hint" id="paste-hint">
          Everything in a lesson file, or spreadsheet cells copied with their column names in the first row.
        </p>
        <textarea id="paste" rows="5" dir="auto" spellcheck="false" aria-describedby="paste-hint"></textarea>
      </div>
      <button type="button" id="use-pasted" @click=${() => this.usePasted()}>Use the pasted lesson</button>
      <div class="import-result" id="import-status" tabindex="-1" role="status">
        ${
          this.importStatus
            ? html`<p class="status ${this.importStatus.kind}">${this.importStatus.text}</p>
                ${
                  this.importProblems.length
                    ? html`<ul class="problems">
                        ${this.importProblems.map(
                          (p) =>
                            html`<li class="error">
                              <strong>Problem:</strong> ${p.place ? `${p.place}: ` : ''}${p.message}; ${p.fix}.
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderEditor(draft: Draft): TemplateResult {
    return html`<div class="workspace">
      <main class="editor">
        ${this.renderNotices()}
        <details class="panel open-another">
          <summary>Open or paste another lesson</summary>
          <p>It replaces the lesson below; “Undo” then brings this one back.</p>
          ${this.renderImport()}
        </details>
        ${this.renderSummary()}
        <section aria-labelledby="edit-heading" class="panel edit">
          <div class="edit-head">
            <h2 id="edit-heading" tabindex="-1">Edit the lesson</h2>
            <div class="view-switch" role="group" aria-label="Edit with">
              <button
                type="button"
                id="view-form"
                aria-pressed=${this.view === 'form' ? 'true' : 'false'}
                @click=${() => this.showView('form')}
              >
                Form
              </button>
              <button
                type="button"
                id="view-json"
                aria-pressed=${this.view === 'json' ? 'true' : 'false'}
                @click=${() => this.showView('json')}
              >
                JSON text
              </button>
            </div>
          </div>
          ${this.view === 'form' ? renderForm(this.formContext(draft)) : this.renderJsonView()}
        </section>
        ${this.renderExport()}
        <p class="start-over">
          <button type="button" class="quiet" id="start-over" @click=${() => this.confirmDialog?.showModal()}>
            Start over…
          </button>
        </p>
        ${this.renderConfirm()}
      </main>
      ${this.renderPreview()}
    </div>`;
  }

  private renderNotices(): TemplateResult {
    const restored = this.restoredAt ? new Date(this.restoredAt) : null;
    const notice = this.notice;
    return html`<div class="notices">
      ${
        this.newerElsewhere
          ? html`<div class="notice warning" role="status">
              <p>
                This lesson was changed in another tab or window of the builder. What you do here replaces that version
                when it is kept.
              </p>
              <button type="button" @click=${() => this.useNewerElsewhere()}>Show the other version here</button>
            </div>`
          : nothing
      }
      ${
        restored && !notice
          ? html`<div class="notice" id="notice" tabindex="-1">
              <p>
                <strong>Welcome back.</strong> This is the lesson you were working on,
                “${lessonTitle(this.draft ?? {})}”, kept in this browser on
                <time datetime=${restored.toISOString()}
                  >${restored.toLocaleString([], { dateStyle: 'long', timeStyle: 'short' })}</time
                >.
              </p>
              <div class="notice-actions">
                <button type="button" class="quiet" @click=${() => this.confirmDialog?.showModal()}>Start over…</button>
              </div>
            </div>`
          : nothing
      }
      ${
        notice
          ? html`<div class="notice" id="notice" tabindex="-1" role="status">
              <p>${notice.text}</p>
              ${
                notice.notes.length
                  ? html`<ul class="problems">
                      ${notice.notes.map(
                        (p) =>
                          html`<li class=${p.severity}>
                            <strong>${p.severity === 'error' ? 'Left out:' : 'Check:'}</strong>
                            ${p.place ? `${p.place}: ` : ''}${p.message}; ${p.fix}.
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              <div class="notice-actions">
                ${
                  notice.previous
                    ? html`<button type="button" id="undo-open" @click=${() => this.undoOpen()}>
                        Undo: bring back the lesson before
                      </button>`
                    : nothing
                }
                <button type="button" class="quiet" @click=${() => (this.notice = null)}>Hide this message</button>
              </div>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const map = this.problems;
    const errors = map.errors;
    const warnings = map.warnings;
    if (!map.all.length) {
      return html`<section class="summary clean" aria-labelledby="summary-heading">
        <h2 id="summary-heading" tabindex="-1">No problems found</h2>
        <p>The lesson can be read as it is: pupils will see every part of it.</p>
      </section>`;
    }
    const heading = [
      errors ? `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix` : '',
      warnings ? `${warnings} ${warnings === 1 ? 'thing' : 'things'} to check` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const sorted = [...map.all].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const shown = sorted.slice(0, SUMMARY_MAX);
    return html`<section class="summary ${errors ? 'errors' : 'warnings'}" aria-labelledby="summary-heading">
      <h2 id="summary-heading" tabindex="-1">${heading}</h2>
      <p>
        ${
          errors
            ? 'A part with a problem is left out of the lesson until it is fixed. Choose a problem to go to its field.'
            : 'The lesson is all there, but these are probably not what you meant. Choose one to go to its field.'
        }
      </p>
      <ul>
        ${shown.map((p) => this.summaryLine(p))}
      </ul>
      ${sorted.length > shown.length ? html`<p>And ${sorted.length - shown.length} more.</p>` : nothing}
    </section>`;
  }

  private summaryLine(p: PlacedProblem): TemplateResult {
    const field = labelOf(p.path) ?? labelOf(p.target);
    const lessonLevel = p.target !== '' && !p.target.includes('[');
    const where = [p.place ?? (lessonLevel ? 'The lesson' : ''), field].filter(Boolean).join(', ');
    const text = `${p.message}; ${p.fix}.`;
    return html`<li class=${p.severity}>
      <strong class="severity">${p.severity === 'error' ? 'Problem:' : 'Check:'}</strong>
      ${
        p.target
          ? html`<a
                href=${`#${fieldId(p.target)}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.reveal(p.target);
                }}
                >${where || 'Go to the field'}</a
              >: ${text}`
          : html`${where ? `${where}: ` : ''}${text}`
      }
      ${
        !p.target && p.unknownField !== undefined
          ? html`<button type="button" class="small" data-path=${p.path} @click=${this.onRemoveField}>
              Remove “${p.unknownField}”
            </button>`
          : nothing
      }
    </li>`;
  }

  private renderJsonView(): TemplateResult {
    const problem = this.jsonProblem;
    return html`<div class="json-view">
      <div class="field">
        <label for="json-text">The whole lesson as JSON text</label>
        <p class="hint" id="json-text-hint">
          For those who know JSON. The form and the preview follow your changes as soon as the text can be read.
        </p>
        <textarea
          id="json-text"
          rows="24"
          dir="ltr"
          spellcheck="false"
          autocomplete="off"
          .value=${this.jsonText}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'json-text-hint json-text-problems' : 'json-text-hint'}
          @input=${this.onJsonInput}
        ></textarea>
        ${
          problem
            ? html`<ul class="problems" id="json-text-problems">
                <li class="error"><strong>Problem:</strong> ${problem.message}; ${problem.fix}.</li>
              </ul>`
            : nothing
        }
      </div>
      ${
        problem
          ? html`<p class="json-actions">
              The form and the preview show the lesson as it was before this mistake.
              <button type="button" id="discard-json" @click=${() => this.discardJsonChanges()}>
                Throw away my changes to the text
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderExport(): TemplateResult {
    const errors = this.problems.errors;
    const options = this.exportOptions;
    return html`<section aria-labelledby="share-heading" class="panel share">
      <h2 id="share-heading">Save and share</h2>
      <p>
        Your lesson is kept in this browser as you work. To keep it for good, to give it to pupils or to use it in a
        page, take it away in one of these three ways.
      </p>
      ${
        errors
          ? html`<p class="notice warning">
              The lesson still has ${errors} ${errors === 1 ? 'problem' : 'problems'}: until
              ${errors === 1 ? 'it is' : 'they are'} fixed, pupils see a box listing ${errors === 1 ? 'it' : 'them'}
              above the lesson.
            </p>`
          : nothing
      }
      <fieldset class="group parts">
        <legend>What pupils see</legend>
        <ul class="checks columns">
          ${PARTS.map(
            (part) =>
              html`<li class="check-row">
                <input
                  type="checkbox"
                  id=${`part-${part}`}
                  .checked=${!options.hide.includes(part)}
                  @change=${(e: Event) => this.setPartShown(part, (e.currentTarget as HTMLInputElement).checked)}
                /><label for=${`part-${part}`}>${PART_NAMES[part]}</label>
              </li>`,
          )}
        </ul>
        <div class="check-row">
          <input
            type="checkbox"
            id="print-answers"
            .checked=${options.printAnswers}
            @change=${(e: Event) => this.setPrintAnswers((e.currentTarget as HTMLInputElement).checked)}
          /><label for="print-answers">When printed, add the quiz’s answers on a last page</label>
        </div>
      </fieldset>

      <div class="card">
        <h3>One page that works offline</h3>
        <p>
          A single .html file with the lesson and everything it needs. Open it from your computer or a USB stick, send
          it, or upload it to Moodle, Canvas or Google Classroom as a file. It works without the internet, and prints as
          a handout.
        </p>
        <button type="button" class="primary" id="download-page" @click=${() => void this.downloadPage()}>
          Download the page
        </button>
        ${this.renderStatus(this.pageStatus, 'page-status')}
      </div>

      <div class="card">
        <h3>Code for your web page</h3>
        <p>
          Paste this into the HTML of a page: a school website, an “Embed code” or HTML block of Google Sites, Moodle or
          Canvas. It loads the program from unpkg.com, so pupils need the internet.
        </p>
        <label for="snippet">The code</label>
        <textarea id="snippet" readonly rows="8" dir="ltr" spellcheck="false" .value=${this.snippet}></textarea>
        <button type="button" id="copy-snippet" @click=${() => void this.copySnippet()}>Copy the code</button>
        ${this.renderStatus(this.snippetStatus, 'snippet-status')}
      </div>

      <div class="card">
        <h3>The lesson file</h3>
        <p>
          The lesson as a .json file: keep it as a copy, give it to a colleague, open it here again later, or put it
          next to a page that shows it with <code>&lt;edu-lesson src="…"&gt;</code>.
        </p>
        <div class="buttons">
          <button type="button" id="download-json" @click=${() => this.downloadJson()}>Download the lesson file</button>
          <button type="button" id="copy-json" @click=${() => void this.copyJson()}>Copy the lesson text</button>
        </div>
        ${this.renderStatus(this.jsonStatus, 'json-status')}
      </div>
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const errors = this.problems.errors;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <div class="preview-head">
        <h2 id="preview-heading">Preview</h2>
        <p>The lesson as pupils will see it. It follows your changes as you type.</p>
        ${
          errors
            ? // No count: the form counts a mistake once, pupils' box also lists each part it left out.
              html`<p class="preview-note">
                Pupils would also see a box listing the problems above the lesson; here they are listed on the left
                instead.
              </p>`
            : nothing
        }
      </div>
      ${
        this.previewBlank
          ? html`<p class="preview-blank">
              Nothing to show pupils yet: the lesson appears here once it has an event, a figure, a word or a question
              without a problem.
            </p>`
          : nothing
      }
      <div class="preview-body">
        <edu-lesson
          dir=${lessonDir(this.preview ?? {})}
          .data=${this.preview ?? undefined}
          .headingLevel=${3}
          .hide=${this.exportOptions.hide.join(' ')}
          .printAnswers=${this.exportOptions.printAnswers}
        ></edu-lesson>
      </div>
    </section>`;
  }

  private renderConfirm(): TemplateResult {
    return html`<dialog id="confirm" aria-labelledby="confirm-heading" aria-describedby="confirm-text">
      <h2 id="confirm-heading">Start over?</h2>
      <p id="confirm-text">
        This removes “${lessonTitle(this.draft ?? {})}” from this browser, and it cannot be undone. To keep a copy,
        download the lesson file first.
      </p>
      <div class="buttons">
        <button type="button" id="confirm-cancel" @click=${() => this.confirmDialog?.close()}>Keep working</button>
        <button type="button" @click=${() => this.downloadJson()}>Download the lesson file</button>
        <button type="button" class="danger" id="confirm-start-over" @click=${() => this.startOver()}>
          Start over
        </button>
      </div>
    </dialog>`;
  }
}

/** How a field's text becomes the value kept in the lesson: empty is "not given"; numbers and lists are read. */
export function toValue(text: string, kind: FieldDef['kind']): unknown {
  if (text.trim() === '') return undefined;
  if (kind === 'number') {
    const trimmed = text.trim();
    // Only a plain decimal number becomes a number; anything else ("1,524", "90%") is kept as typed, for the check
    // to say what is wrong with it.
    return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : text;
  }
  if (kind === 'words') {
    const words = text
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    return words.length ? words : undefined;
  }
  return text;
}

/** How a value of the lesson is shown in its field's text box. */
export function fromValue(value: unknown, kind: FieldDef['kind']): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'words' && Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** "8 events, 6 figures, 2 questions": what a lesson holds, for the line after opening it. */
function countItems(draft: Draft): string {
  const names: Record<ListName, [string, string]> = {
    events: ['event', 'events'],
    stats: ['figure', 'figures'],
    glossary: ['word', 'words'],
    questions: ['question', 'questions'],
    sources: ['source', 'sources'],
    eras: ['period', 'periods'],
  };
  return LISTS.flatMap((list) => {
    const value = draft[list];
    const n = Array.isArray(value) ? value.length : 0;
    return n ? [`${n} ${names[list][n === 1 ? 0 : 1]}`] : [];
  }).join(', ');
}

/** The section of `<edu-lesson>` (by the id of its heading) that shows each list of the form. */
const PREVIEW_SECTIONS: Readonly<Record<ListName, string>> = {
  events: 'timeline',
  eras: 'timeline',
  stats: 'stats',
  glossary: 'glossary',
  questions: 'quiz',
  sources: 'sources',
};

/** The id the checked lesson gave an event of the form: its own, or the one made from its title. */
function eventIdIn(lesson: Lesson, item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const own = typeof item.id === 'string' ? item.id.trim() : '';
  const title = typeof item.title === 'string' ? item.title.trim() : '';
  const date = typeof item.date === 'string' ? item.date.trim() : '';
  return (
    lesson.events.find((e) => own !== '' && e.id === own) ??
    lesson.events.find((e) => e.title === title && e.date.text === date)
  )?.id;
}
