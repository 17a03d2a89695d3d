/**
 * What the builder hands the teacher: the lesson file, the snippet to paste into a page, and one self-contained page
 * that works offline. Pure string functions with no imports, no DOM and no state, so that the page, the browser tests
 * and `scripts/check-builder-export.mjs` (in Node) all run this same code.
 */

/** Where the snippet loads the library from: the address the README and the teachers' guide use. */
export const BUNDLE_URL = 'https://unpkg.com/edu-timeline@0.1/dist/edu-timeline.bundle.js';

/** The parts of a lesson that `<edu-lesson hide="…">` can leave out, in the order the lesson shows them. */
export const PARTS = ['title', 'stats', 'timeline', 'glossary', 'sources', 'quiz'] as const;
export type Part = (typeof PARTS)[number];

/** How the exported lesson is shown: the parts to leave out and whether printing adds an answer key. */
export interface ExportOptions {
  /** Parts of the lesson not to show. */
  hide: readonly Part[];
  /** Printing adds the quiz's answer key on a last page of its own (`print-answers`). */
  printAnswers: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = Object.freeze({ hide: [], printAnswers: true });

/** Languages written from right to left, by their primary subtag. */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** A lesson as the builder holds it: whatever the teacher typed or imported, checked or not (any JSON object). */
export type LessonDraft = object;

/** A field of the lesson, whatever it holds. */
function field(lesson: LessonDraft, key: string): unknown {
  return (lesson as Record<string, unknown>)[key];
}

/** The lesson file, as a teacher would save it: two-space JSON with a final newline. */
export function lessonJson(lesson: LessonDraft): string {
  return `${JSON.stringify(lesson, null, 2)}\n`;
}

/**
 * JSON that can sit inside an HTML `<script>` element: every `<` is written `\u003c`, which JSON reads as the same
 * character, so no text in the lesson (a title with `</script>` in it) can end the element early or open a comment.
 */
export function jsonForScript(lesson: LessonDraft, indent = 2): string {
  return JSON.stringify(lesson, null, indent).replace(/</g, '\\u003c');
}

/**
 * JavaScript source that can sit inside an HTML `<script>` element. The HTML parser ends a script at `</script` and
 * treats `<!--` specially, whatever the JavaScript means there; both can only occur inside strings, template
 * literals, regular expressions or comments, where `<\/script` and `<\x21--` mean the same characters.
 */
export function scriptForHtml(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The lesson's `lang` when it is a usable language tag, else `undefined`. */
export function lessonLang(lesson: LessonDraft): string | undefined {
  const value = field(lesson, 'lang');
  const lang = typeof value === 'string' ? value.trim() : '';
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined;
}

/** `rtl` for a lesson in a right-to-left language (Urdu, Arabic…), else `ltr`. */
export function lessonDir(lesson: LessonDraft): 'rtl' | 'ltr' {
  const primary = lessonLang(lesson)?.split('-')[0].toLowerCase();
  return primary && RTL.has(primary) ? 'rtl' : 'ltr';
}

/** The lesson's title as plain text, or a neutral one. */
export function lessonTitle(lesson: LessonDraft): string {
  const value = field(lesson, 'title');
  const title = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return title || 'Lesson';
}

/**
 * A file name for the lesson: its id, else its title, made safe for every operating system (`ttp-ceasefire`), else
 * `lesson`. Without the extension.
 */
export function lessonFileName(lesson: LessonDraft): string {
  const from =
    [field(lesson, 'id'), field(lesson, 'title')].find((v): v is string => typeof v === 'string' && v.trim() !== '') ??
    '';
  const name = from
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return name || 'lesson';
}

/** The attributes of `<edu-lesson>` for these options (with a leading space, or empty). */
function lessonAttributes(options: ExportOptions, extra: string[] = []): string {
  const hide = PARTS.filter((p) => options.hide.includes(p));
  const attributes = [...extra];
  if (hide.length) attributes.push(`hide="${hide.join(' ')}"`);
  if (options.printAnswers) attributes.push('print-answers');
  return attributes.map((a) => ` ${a}`).join('');
}

/** Indents every line of `text` but the first by `spaces`. */
function indentLines(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/\n/g, `\n${pad}`);
}

/**
 * The code to paste into a web page, a school site or an LMS text editor: the line that loads the library from unpkg,
 * and `<edu-lesson>` with the lesson inside it (which also works on a page opened from a folder).
 */
export function embedSnippet(lesson: LessonDraft, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const dir = lessonDir(lesson) === 'rtl' ? ' dir="rtl"' : '';
  return `<script type="module" src="${BUNDLE_URL}"></script>

<edu-lesson${lessonAttributes(options)}${dir}>
  <script type="application/json">
    ${indentLines(jsonForScript(lesson), 4)}
  </script>
</edu-lesson>
`;
}

/** What {@link standaloneHtml} needs besides the lesson. */
export interface StandaloneInput {
  /** The text of `dist/edu-timeline.standalone.js`: every element in one ES module that imports nothing. */
  bundle: string;
  options?: ExportOptions;
  /** When the page was made, for the line at its foot (left out when not given, so output can be compared). */
  madeOn?: string;
}

/**
 * One HTML file with everything in it: the lesson as inline JSON, the whole library as an inline module, and a few
 * lines of page style. It needs no other file and no network, so it works opened from a folder (`file://`), on a USB
 * stick, or uploaded to an LMS as a single file; it prints as the lesson's handout.
 */
export function standaloneHtml(lesson: LessonDraft, { bundle, options, madeOn }: StandaloneInput): string {
  const lang = lessonLang(lesson) ?? 'en';
  const dir = lessonDir(lesson);
  const title = escapeHtml(lessonTitle(lesson));
  const made = madeOn ? ` on ${escapeHtml(madeOn)}` : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="generator" content="edu-timeline lesson builder" />
    <title>${title}</title>
    <style>
      :root { color-scheme: light dark; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; line-height: 1.5; color: #1b1f29; background: #ffffff; }
      body { max-width: 60rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2.5rem) 3rem; }
      footer { margin-block-start: 2.5rem; padding-block-start: 0.5rem; border-block-start: 1px solid #c9cfda; color: #4a5262; font-size: 0.875rem; }
      noscript p { padding: 1rem; border: 2px solid #a11a1d; border-radius: 0.5rem; }
      @media (prefers-color-scheme: dark) { :root { color: #e7eaf0; background: #171a21; } footer { color: #b3bac7; border-color: #7d879b; } }
      @media print { footer { display: none; } }
    </style>
  </head>
  <body>
    <main>
      <edu-lesson${lessonAttributes(options ?? DEFAULT_EXPORT_OPTIONS, ['heading-level="1"'])}>
        <script type="application/json">
${jsonForScript(lesson)}
        </script>
      </edu-lesson>
      <noscript><p>This lesson needs JavaScript. Open this file in a web browser such as Chrome, Edge, Firefox or Safari.</p></noscript>
    </main>
    <footer lang="en" dir="ltr"><p>Made with the edu-timeline lesson builder${made}. This one file holds the whole lesson: it works without the internet.</p></footer>
    <script type="module">
${scriptForHtml(bundle)}
    </script>
  </body>
</html>
`;
}
