import { css } from 'lit';

/**
 * The builder's look: the library's colours (src/styles/shared.styles.ts) and their dark theme, controls of at least
 * 40 px, a focus ring on everything, problems marked in words and by a border as well as by colour, and an outline of
 * its own for every control in forced-colours mode. Logical properties throughout, so a right-to-left page mirrors.
 */
export const styles = css`
  :host {
    --text: #1b1f29;
    --muted: #4a5262;
    --surface: #ffffff;
    --page: #f7f8fb;
    --subtle: #eef1f6;
    --line: #c9cfda;
    /* Borders of controls need 3:1 against their background (WCAG 1.4.11). */
    --control-line: #6b7385;
    --accent: #0b5cad;
    --accent-text: #ffffff;
    --error: #a11a1d;
    --error-surface: #fdf1f1;
    --warning: #7a4b00;
    --warning-surface: #fff6e0;
    --ok: #1d6b35;
    --radius: 0.5rem;
    --focus: 3px solid var(--accent);

    display: block;
    container-type: inline-size;
    color: var(--text);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --text: #e7eaf0;
      --muted: #b3bac7;
      --surface: #1d212a;
      --page: #171a21;
      --subtle: #262b36;
      --line: #4b5466;
      --control-line: #8d97ab;
      --accent: #7cb4f5;
      --accent-text: #0d1117;
      --error: #ff9b9b;
      --error-surface: #3a1d20;
      --warning: #ffd27a;
      --warning-surface: #33290f;
      --ok: #8fdca6;
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--focus);
    outline-offset: 2px;
  }
  /* Targets of headings and regions that the builder moves the focus to: no ring for a programmatic focus that the
     reader did not ask for with the keyboard, but the element is still announced. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--accent);
    text-underline-offset: 0.15em;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  h1 {
    font-size: clamp(1.6rem, 3vw, 2.1rem);
  }
  h2 {
    font-size: 1.35rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  /* ---------- controls ---------- */

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-block-size: 2.5rem;
    padding: 0.35rem 1rem;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
    background: var(--surface);
    color: var(--accent);
    font-weight: 600;
    cursor: pointer;
    text-align: start;
  }
  button:hover {
    background: var(--subtle);
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--accent);
    color: var(--accent-text);
  }
  button.primary:hover {
    background: var(--accent);
    text-decoration: underline;
  }
  button.danger {
    border-color: var(--error);
    color: var(--error);
  }
  button.quiet {
    border-color: var(--control-line);
    color: var(--text);
    font-weight: 500;
  }
  button.small {
    min-block-size: 2rem;
    padding: 0.15rem 0.6rem;
    font-size: 0.9rem;
  }
  button[aria-disabled='true'] {
    border-color: var(--line);
    color: var(--muted);
    cursor: not-allowed;
  }
  input[type='text'],
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--control-line);
    border-radius: calc(var(--radius) / 1.5);
    background: var(--surface);
  }
  textarea {
    resize: vertical;
  }
  input.date,
  input.number,
  input.lang {
    max-inline-size: 16rem;
  }
  select {
    max-inline-size: 28rem;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--accent);
  }
  input[type='file'] {
    inline-size: 100%;
    min-block-size: 2.5rem;
  }
  input[type='file']::file-selector-button {
    min-block-size: 2.5rem;
    margin-inline-end: 0.75rem;
    padding: 0.35rem 1rem;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
    background: var(--surface);
    color: var(--accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--error);
    box-shadow: inset 4px 0 0 var(--error);
  }
  :dir(rtl) [aria-invalid='true'] {
    box-shadow: inset -4px 0 0 var(--error);
  }
  label,
  legend {
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--muted);
  }
  .hint {
    margin: 0.1rem 0 0.35rem;
    color: var(--muted);
    font-size: 0.92rem;
  }
  .field {
    margin-block: 0 1rem;
  }
  .field > label {
    display: block;
  }
  .check-row {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-block-size: 2rem;
  }
  .check-row label {
    font-weight: 500;
  }
  .field.check .hint {
    margin-inline-start: 2.1rem;
  }
  .buttons,
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  /* ---------- problems ---------- */

  ul.problems {
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
  }
  ul.problems li {
    margin-block: 0.25rem;
    padding: 0.35rem 0.6rem;
    border-inline-start: 4px solid var(--error);
    background: var(--error-surface);
    border-radius: 0 calc(var(--radius) / 2) calc(var(--radius) / 2) 0;
    font-size: 0.95rem;
  }
  ul.problems li strong {
    color: var(--error);
  }
  ul.problems li.warning {
    border-inline-start-color: var(--warning);
    background: var(--warning-surface);
  }
  ul.problems li.warning strong {
    color: var(--warning);
  }
  ul.problems li button {
    margin-block-start: 0.35rem;
  }

  /* ---------- page layout ---------- */

  .builder {
    max-inline-size: 100rem;
    margin-inline: auto;
    padding: 1.25rem clamp(0.75rem, 3vw, 2rem) 3rem;
  }
  .masthead {
    margin-block-end: 1.5rem;
  }
  .lede {
    max-inline-size: 48rem;
    font-size: 1.05rem;
  }
  .save-state {
    margin: 0;
    color: var(--muted);
    font-size: 0.92rem;
  }
  .save-state.failure {
    padding: 0.6rem 0.8rem;
    border: 2px solid var(--error);
    border-radius: var(--radius);
    background: var(--error-surface);
    color: var(--text);
  }
  .panel,
  .summary,
  .notice {
    margin-block: 0 1.25rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
  }
  .workspace {
    display: grid;
    gap: 1.5rem;
    align-items: start;
  }
  @container (min-width: 68rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    /* Beside the form, not over it: the preview stays in view and never covers a field that has the focus. */
    .preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  .start {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
    max-inline-size: 60rem;
  }
  .choices-start {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    margin-block-end: 0.5rem;
  }
  button.big {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    padding: 1rem 1.25rem;
  }
  .big-title {
    font-size: 1.15rem;
  }
  .big-text {
    font-weight: 400;
  }
  button.big:not(.primary) .big-text {
    color: var(--text);
  }

  /* ---------- status lines and notices ---------- */

  .status {
    margin: 0.5rem 0 0;
    min-block-size: 1.5rem;
  }
  .status:empty {
    margin: 0;
    min-block-size: 0;
  }
  .status.ok {
    color: var(--ok);
  }
  .status.ok::before {
    content: '✓ ';
  }
  .status.error {
    color: var(--error);
    font-weight: 600;
  }
  .notice {
    border-inline-start: 4px solid var(--accent);
  }
  .notice.warning,
  p.notice.warning {
    border-color: var(--warning);
    border-inline-start-width: 4px;
    background: var(--warning-surface);
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .open-another > summary {
    min-block-size: 2rem;
    font-weight: 600;
    cursor: pointer;
  }
  .open-another[open] > summary {
    margin-block-end: 0.75rem;
  }

  /* ---------- import ---------- */

  .import {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    justify-items: start;
  }
  .import .field,
  .drop {
    inline-size: 100%;
    margin: 0;
  }
  .drop {
    padding: 1rem;
    border: 2px dashed var(--control-line);
    border-radius: var(--radius);
    background: var(--subtle);
  }
  .drop.dragging {
    border-style: solid;
    border-color: var(--accent);
    outline: 3px solid var(--accent);
  }
  .drop label {
    display: block;
  }
  .import-result {
    inline-size: 100%;
  }

  /* ---------- summary of problems ---------- */

  .summary {
    border-width: 2px;
  }
  .summary.errors {
    border-color: var(--error);
  }
  .summary.warnings {
    border-color: var(--warning);
  }
  .summary.clean {
    border-color: var(--ok);
  }
  .summary.clean h2 {
    color: var(--ok);
  }
  .summary.clean h2::before {
    content: '✓ ';
  }
  .summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary li {
    margin-block: 0.35rem;
    padding-inline-start: 0.6rem;
    border-inline-start: 4px solid var(--error);
  }
  .summary li.warning {
    border-inline-start-color: var(--warning);
  }
  .summary .severity {
    color: var(--error);
  }
  .summary li.warning .severity {
    color: var(--warning);
  }
  .summary li {
    line-height: 1.6;
  }
  .summary a {
    font-weight: 600;
  }

  /* ---------- the form ---------- */

  .edit-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block-end: 1rem;
  }
  .edit-head h2 {
    margin: 0;
  }
  .view-switch {
    display: flex;
  }
  .view-switch button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .view-switch button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -2px;
  }
  section.list {
    margin-block: 0 1.75rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--line);
  }
  section.list.about {
    padding-block-start: 0;
    border: 0;
  }
  .count {
    color: var(--muted);
    font-weight: 400;
  }
  .intro {
    color: var(--muted);
  }
  ol.items,
  ol.rows,
  ul.checks {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  li.item {
    margin-block-end: 0.5rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
  }
  li.item.has-errors {
    border-color: var(--error);
    border-inline-start-width: 4px;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem;
  }
  .item-head h4 {
    flex: 1 1 16rem;
    margin: 0;
    font-size: 1rem;
  }
  button.toggle {
    inline-size: 100%;
    justify-content: flex-start;
    border-color: transparent;
    color: var(--text);
    font-weight: 500;
    padding-inline: 0.5rem;
  }
  button.toggle:hover {
    border-color: var(--control-line);
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
    color: var(--accent);
  }
  :dir(rtl) .chevron::before {
    content: '◂';
  }
  [aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .item-title {
    flex: 1;
    min-inline-size: 0;
  }
  button.toggle {
    align-items: flex-start;
  }
  .noun {
    font-weight: 700;
    margin-inline-end: 0.35rem;
  }
  .name {
    overflow-wrap: anywhere;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-block-start: 0.15rem;
  }
  .badge {
    flex: none;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .badge.error {
    color: var(--error);
  }
  .badge.warning {
    color: var(--warning);
  }
  .row-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  button.tool {
    min-block-size: 2.25rem;
    padding: 0.2rem 0.6rem;
    border-width: 1px;
    border-color: var(--control-line);
    color: var(--text);
    font-weight: 500;
    font-size: 0.92rem;
  }
  button.tool.danger {
    color: var(--error);
    border-color: var(--error);
  }
  .item-body {
    padding: 0.75rem 1rem 0.25rem;
    border-block-start: 1px solid var(--line);
  }
  li.deleted {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-block-end: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--control-line);
    border-radius: var(--radius);
    color: var(--muted);
  }
  li.deleted p {
    margin: 0;
  }
  fieldset.group {
    margin: 0 0 1rem;
    padding: 0.5rem 0.9rem 0.75rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    min-inline-size: 0;
  }
  fieldset.group > legend {
    padding-inline: 0.3rem;
  }
  fieldset.group:focus-visible {
    outline: var(--focus);
  }
  ul.checks li {
    margin-block: 0.25rem;
  }
  ul.checks.columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.25rem 1rem;
  }
  ol.rows > li.row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  ol.rows > li.row > .field,
  ol.rows > li.row > .pair {
    flex: 1 1 16rem;
    margin: 0;
  }
  ol.rows > li.row > ul.problems {
    flex-basis: 100%;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .pair > .field {
    flex: 1 1 10rem;
    margin: 0;
  }
  .empty {
    color: var(--muted);
    font-style: italic;
  }
  button.add {
    margin-block-start: 0.25rem;
  }

  /* ---------- JSON view ---------- */

  #json-text,
  #snippet {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.88rem;
    line-height: 1.45;
    tab-size: 2;
  }
  .json-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  /* ---------- save and share ---------- */

  .share .card {
    margin-block-start: 1.25rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--line);
  }
  .share label[for='snippet'] {
    display: block;
  }
  #snippet {
    margin-block-end: 0.75rem;
  }
  .start-over {
    margin-block-start: 2rem;
  }

  /* ---------- preview ---------- */

  .preview {
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
  }
  .preview-head {
    padding: 1rem 1.25rem 0;
  }
  .preview-head p {
    color: var(--muted);
  }
  .preview-note {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--warning);
    background: var(--warning-surface);
  }
  .preview-blank {
    margin: 0 1.25rem 1.25rem;
    padding: 1.5rem 1rem;
    border: 2px dashed var(--control-line);
    border-radius: var(--radius);
    color: var(--muted);
    text-align: center;
  }
  .preview-body {
    padding: 0 1.25rem 1.25rem;
  }
  /* Listed next to their fields on the left: shown once there, not announced again from the preview. */
  edu-lesson::part(error) {
    display: none;
  }

  /* ---------- the "Start over" question ---------- */

  dialog {
    max-inline-size: min(34rem, calc(100vw - 2rem));
    padding: 1.25rem 1.5rem;
    border: 2px solid var(--text);
    border-radius: var(--radius);
    background: var(--surface);
    color: var(--text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  @media (prefers-reduced-motion: no-preference) {
    button,
    .drop {
      transition:
        background-color 0.12s ease,
        border-color 0.12s ease;
    }
  }

  /* Forced colours (Windows high contrast): the system's colours, and every state said by more than a colour. */
  @media (forced-colors: active) {
    button,
    input[type='file']::file-selector-button {
      border: 2px solid ButtonText;
    }
    button.primary,
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    [aria-invalid='true'] {
      border: 3px double CanvasText;
    }
    ul.problems li,
    .summary li,
    li.item.has-errors,
    .badge {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
