import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { LessonProblem } from '../lesson/types.js';

/** Up to this many problems the panel starts open; past it, it starts folded so the lesson itself stays in view. */
const OPEN_UP_TO = 3;

/**
 * The problems panel every element shows inside itself: `role="alert"`, `part="error"`, a `<details>` whose summary
 * says what happened and how many problems there are, then one line per problem with its place (`Event 3 ('TTP
 * ends its ceasefire')`), the JSON path, what is wrong and how to fix it. It starts open when nothing could be shown
 * or when there are only a few problems. Text only: nothing from the data is read as HTML.
 */
export function renderProblems(
  problems: readonly LessonProblem[],
  title: string,
  t: Strings,
  fatal: boolean,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  // Only warnings (the lesson is all there, something is doubtful): a calmer frame than for errors.
  const calm = !problems.some((p) => p.severity === 'error');
  return html`<div role="alert" part="error" class=${calm ? 'warnings' : 'errors'}>
    <details ?open=${fatal || problems.length <= OPEN_UP_TO}>
      <summary part="error-title">
        ${title} <span part="error-count">(${t.problemCount(problems.length)})</span>
      </summary>
      <ul>
        ${problems.map(
          (p) =>
            html`<li>
              ${p.place ? html`<strong part="error-place">${p.place}</strong> ` : nothing}${
                p.path ? html`<code>${p.path}</code>` : nothing
              }${p.place || p.path ? ': ' : nothing}${p.message}; <span part="error-fix">${p.fix}</span>
            </li>`,
        )}
      </ul>
    </details>
  </div>`;
}

/** The panel's first line: `fatal` when nothing could be shown, else whether parts were left out or only doubtful. */
export function problemsTitle(problems: readonly LessonProblem[], t: Strings, fatal: string | null): string {
  if (fatal) return fatal;
  return problems.some((p) => p.severity === 'error') ? t.problemsTitle : t.warningsTitle;
}
