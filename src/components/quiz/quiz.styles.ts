import { css } from 'lit';

export const styles = css`
  :host {
    --_right: var(--edu-color-right, #1b6e2d);
    --_wrong: var(--_error);
  }
  :host([theme='dark']) {
    --_right: var(--edu-color-right, #7fd491);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_right: var(--edu-color-right, #7fd491);
    }
  }
  [part~='heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5rem;
    line-height: 1.25;
  }
  [part~='task-heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  [part~='order'],
  [part~='choice'] {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  [part~='help'],
  [part~='empty'],
  [part~='progress'] {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  ol {
    margin: 0;
  }

  /* ---------- the events to order ---------- */
  [part~='list'] {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 3rem;
    padding-block: 0.375rem;
    padding-inline: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='item'].dragging {
    border-style: dashed;
    border-color: var(--_accent);
    background: var(--_subtle);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  [part~='list'].dragging,
  [part~='list'].dragging * {
    cursor: grabbing;
    user-select: none;
  }
  [part~='item'].right {
    border-color: var(--_right);
  }
  [part~='item'].wrong {
    border-color: var(--_wrong);
    border-style: dashed;
    border-inline-start-style: solid;
  }
  [part~='handle'] {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 2.25rem;
    border-radius: calc(var(--_radius) / 2);
    color: var(--_muted);
    cursor: grab;
    /* Only the handle: a touch anywhere else on the item still scrolls the page. */
    touch-action: none;
  }
  [part~='handle']:hover {
    background: var(--_subtle);
    color: var(--_text);
  }
  .grip {
    inline-size: 0.625rem;
    block-size: 1rem;
    fill: currentColor;
  }
  .position {
    flex: none;
    min-inline-size: 1.5ch;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: end;
  }
  [part~='item'] .title {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .moves {
    display: flex;
    flex: none;
    gap: 0.25rem;
  }
  [part~='move'] {
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  [part~='move']:hover:not(:disabled) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  [part~='move']:disabled {
    border-color: var(--_border);
    color: var(--_border);
    cursor: default;
  }
  .icon {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* ---------- marks ---------- */
  [part~='mark'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.9rem;
    font-weight: 700;
  }
  [part~='mark'].right {
    color: var(--_right);
  }
  [part~='mark'].wrong {
    color: var(--_wrong);
    border-style: dashed;
  }
  [part~='mark'].none {
    color: var(--_muted);
    border-style: dotted;
  }
  [part~='mark'] .icon {
    stroke-width: 2.5;
  }

  /* ---------- results and feedback ---------- */
  [part~='result'] {
    margin: 0 0 0.75rem;
    font-weight: 700;
  }
  [part~='result']:empty {
    margin: 0;
  }
  [part~='feedback'] {
    margin-block: 0.5rem 0.75rem;
  }
  .feedback-title {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .right-order {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 1.75rem;
  }
  .right-order .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .right-order .event {
    flex: 1 1 18rem;
  }
  .right-order .title {
    display: block;
  }
  .right-order .date {
    display: block;
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
  }
  [part~='button'],
  [part~='timeline-link'] {
    min-block-size: 2.75rem;
    padding: 0.25rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='button'].primary {
    background: var(--_accent);
    color: var(--_surface);
  }
  [part~='button']:hover,
  [part~='timeline-link']:hover {
    background: var(--_subtle);
  }
  [part~='button'].primary:hover {
    background: var(--_text);
    border-color: var(--_text);
  }
  [part~='timeline-link'] {
    min-block-size: 2rem;
    font-size: 0.9rem;
    font-weight: 500;
  }
  [part~='feedback'] > [part~='timeline-link'] {
    margin-block-start: 0.375rem;
  }
  [part~='progress'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    font-size: 0.95rem;
  }
  [part~='progress'] [part~='button'] {
    min-block-size: 2.25rem;
    font-weight: 500;
  }

  /* ---------- multiple choice ---------- */
  .questions {
    display: grid;
    gap: var(--_space);
    margin-block-end: 0.75rem;
    padding: 0;
    list-style: none;
    counter-reset: question;
  }
  .questions > li {
    counter-increment: question;
  }
  /* The number in the legend, not a list marker: a marker sits beside the fieldset, not beside the question. */
  [part~='prompt']::before {
    content: counter(question) '. ';
  }
  [part~='question'] {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  [part~='prompt'] {
    margin-block-end: 0.375rem;
    padding: 0;
    font-weight: 700;
  }
  [part~='option'] {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.5rem;
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  [part~='option']:hover {
    background: var(--_subtle);
  }
  [part~='question']:disabled [part~='option'] {
    cursor: default;
  }
  [part~='question']:disabled [part~='option']:hover {
    background: none;
  }
  [part~='option'] input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }
  .option-text {
    overflow-wrap: anywhere;
  }
  /* The pupil's answer, once locked (checked or answers shown), stays easy to see beside the greyed radio. */
  [part~='question']:disabled [part~='option'].chosen {
    outline: 2px dashed var(--_muted);
    outline-offset: -2px;
    font-weight: 600;
  }
  [part~='option'].right-answer,
  [part~='question']:disabled [part~='option'].right-answer {
    outline: 2px solid var(--_right);
    outline-offset: -2px;
  }
  [part~='explanation'] {
    margin-block-start: 0.375rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .question.right [part~='explanation'] {
    border-inline-start-color: var(--_right);
  }
  .question.wrong [part~='explanation'] {
    border-inline-start-color: var(--_wrong);
  }
  [part~='explanation'] p,
  [part~='explanation'] ul,
  [part~='explanation'] ol {
    margin: 0 0 0.375rem;
  }
  [part~='explanation'] ul,
  [part~='explanation'] ol {
    padding-inline-start: 1.25rem;
  }

  /* ---------- high contrast: borders and icons in system colours ---------- */
  @media (forced-colors: active) {
    [part~='item'].right,
    [part~='item'].wrong,
    [part~='mark'],
    [part~='option'].right-answer {
      border-color: CanvasText;
      outline-color: CanvasText;
    }
    [part~='item'].dragging {
      border-color: Highlight;
    }
    [part~='button'].primary {
      border-color: ButtonText;
    }
    [part~='move']:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .icon {
      stroke: CanvasText;
    }
    button .icon {
      stroke: ButtonText;
    }
    .grip {
      fill: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }

  /* ---------- print: a worksheet ---------- */
  @media print {
    button,
    [part~='handle'],
    [part~='mark'],
    [part~='feedback'],
    [part~='result'],
    [part~='progress'],
    .screen-only,
    .position {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    [part~='item'] {
      min-block-size: 0;
      padding: 0.25rem 0;
      border: none;
      break-inside: avoid;
    }
    /* A blank to write the event's number on. */
    [part~='item']::before {
      content: '____';
      flex: none;
    }
    [part~='question'],
    .questions > li {
      break-inside: avoid;
    }
    [part~='option'] {
      min-block-size: 0;
    }
    [part~='option'].right-answer,
    [part~='question']:disabled [part~='option'].chosen {
      outline: none;
      font-weight: inherit;
    }
    /* Empty boxes to tick, drawn with borders (a ☐ glyph may be missing from the printer's fonts). */
    [part~='option'] input {
      appearance: none;
      inline-size: 0.9em;
      block-size: 0.9em;
      border: 1.5px solid CanvasText;
      border-radius: 0.1em;
      background: none;
    }
    :host([print-answers]) [part~='answer-key'] {
      display: block;
      break-before: page;
    }
  }
  /* Text from the lesson takes its direction from its own first letters, so an English lesson reads left to right
     (with its punctuation in place) inside a right-to-left page, and an Urdu one right to left anywhere. */
  [part~='prompt'],
  .option-text,
  .title,
  [part~='explanation'] p,
  [part~='explanation'] li {
    unicode-bidi: plaintext;
  }
`;
