import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { groupProblems } from '../lesson/problems.js';
import type { LessonProblem } from '../lesson/types.js';

/** Up to this many problems the panel starts open; past it, it starts folded so the lesson itself stays in view. */
const OPEN_UP_TO = 3;

/**
 * The problems panel every element shows inside itself: `role="alert"`, `part="error"`, a `<details>` whose summary
 * says what happened and how many mistakes there are, then the problems item by item: an item's place in words
 * (`Event 3 ('TTP ends its ceasefire')`) once, whether it was left out, and under it each of its problems with its
 * JSON path, what is wrong and how to fix it. A problem outside any item (the file, a whole list) is a line of its
 * own. It starts open when nothing could be shown or when there are only a few problems. Text only: nothing from the
 * data is read as HTML. The list takes its direction from its text (`dir="auto"`): the checks write in English, so
 * in a right-to-left element it still reads left to right, its quotes and question marks where English puts them.
 *
 * `parseLesson` closes the errors of an item it left out with a line of its own ("this event was left out; fix the
 * problems above"): here that line becomes the item's heading, and it is not counted, so one wrong date is one
 * problem. `edu-error` and `edu-load` still carry every line.
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
  const groups = groupProblems(problems);
  const count = groups.reduce((n, g) => n + g.problems.length, 0);
  return html`<div role="alert" part="error" class=${calm ? 'warnings' : 'errors'}>
    <details ?open=${fatal || count <= OPEN_UP_TO}>
      <summary part="error-title">${title} <span part="error-count">(${t.problemCount(count)})</span></summary>
      <ul dir="auto">
        ${groups.map((g) =>
          !g.item || (g.problems.length === 1 && !g.leftOut)
            ? html`<li>${problemLine(g.problems[0], g.place)}</li>`
            : html`<li>
                ${placeLabel(g.place)}<code>${g.item}</code>${g.leftOut ? html`: ${g.leftOut.message}` : nothing}
                <ul>
                  ${g.problems.map((p) => html`<li>${problemLine(p)}</li>`)}
                </ul>
              </li>`,
        )}
      </ul>
    </details>
  </div>`;
}

/** One problem: its place in words (when given), its path, what is wrong and how to fix it. */
function problemLine(p: LessonProblem, place?: string): TemplateResult {
  return html`${placeLabel(place)}${p.path ? html`<code>${p.path}</code>` : nothing}${
      place || p.path ? ': ' : nothing
    }${p.message}; <span part="error-fix">${p.fix}</span>`;
}

function placeLabel(place: string | undefined): TemplateResult | typeof nothing {
  return place ? html`<strong part="error-place">${place}</strong> ` : nothing;
}

/** The panel's first line: `fatal` when nothing could be shown, else whether parts were left out or only doubtful. */
export function problemsTitle(problems: readonly LessonProblem[], t: Strings, fatal: string | null): string {
  if (fatal) return fatal;
  return problems.some((p) => p.severity === 'error') ? t.problemsTitle : t.warningsTitle;
}
