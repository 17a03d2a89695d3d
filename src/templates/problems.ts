import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { LessonProblem } from '../lesson/types.js';

/**
 * The problems panel every element shows inside itself: `role="alert"`, `part="error"`, one line per problem with
 * its place, what is wrong and how to fix it. Text only: nothing from the data is read as HTML.
 */
export function renderProblems(problems: readonly LessonProblem[], title: string): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div role="alert" part="error">
    <p part="error-title">${title}</p>
    <ul>
      ${problems.map(
        (p) =>
          html`<li>
            ${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}; <span part="error-fix">${p.fix}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The panel's first line: `fatal` when nothing could be shown, else whether parts were left out or only doubtful. */
export function problemsTitle(problems: readonly LessonProblem[], t: Strings, fatal: string | null): string {
  if (fatal) return fatal;
  return problems.some((p) => p.severity === 'error') ? t.problemsTitle : t.warningsTitle;
}
