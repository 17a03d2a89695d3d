import { css } from 'lit';

/**
 * Design tokens shared by every element. Each public `--edu-*` custom property is read once into a private `--_*`
 * one on `:host`, so a theme can be set on any ancestor (or on the element) and one theme styles every element.
 */
export const tokens = css`
  :host {
    --_text: var(--edu-color-text, #1b1f29);
    --_muted: var(--edu-color-muted, #4a5262);
    --_surface: var(--edu-color-surface, #ffffff);
    --_subtle: var(--edu-color-subtle, #f3f5f9);
    --_border: var(--edu-color-border, #c9cfda);
    --_accent: var(--edu-color-accent, #0b5cad);
    --_error: var(--edu-color-error, #a11a1d);
    --_error-surface: var(--edu-color-error-surface, #fdf1f1);
    --_font: var(--edu-font-family, system-ui, sans-serif);
    --_radius: var(--edu-radius, 0.5rem);
    --_space: var(--edu-space, 1rem);
    --_focus: var(--edu-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  /* Dark: with theme="dark", or by the reader's system setting unless theme="light". Public tokens still win.
     The element then paints its own background, so it stays readable on a light page. */
  :host([theme='dark']) {
    --_text: var(--edu-color-text, #e7eaf0);
    --_muted: var(--edu-color-muted, #b3bac7);
    --_surface: var(--edu-color-surface, #171a21);
    --_subtle: var(--edu-color-subtle, #232834);
    --_border: var(--edu-color-border, #7d879b);
    --_accent: var(--edu-color-accent, #7cb4f5);
    --_error: var(--edu-color-error, #ff9b9b);
    --_error-surface: var(--edu-color-error-surface, #3a1d20);
    color-scheme: dark;
    background: var(--_surface);
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    /* The same values as above: CSS cannot share a block between a selector and a media query. */
    :host(:not([theme='light'])) {
      --_text: var(--edu-color-text, #e7eaf0);
      --_muted: var(--edu-color-muted, #b3bac7);
      --_surface: var(--edu-color-surface, #171a21);
      --_subtle: var(--edu-color-subtle, #232834);
      --_border: var(--edu-color-border, #7d879b);
      --_accent: var(--edu-color-accent, #7cb4f5);
      --_error: var(--edu-color-error, #ff9b9b);
      --_error-surface: var(--edu-color-error-surface, #3a1d20);
      color-scheme: dark;
      background: var(--_surface);
      padding: calc(var(--_space) / 2);
      border-radius: var(--_radius);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
`;

/** The problems panel and the loading line rendered by LessonController. */
export const statusStyles = css`
  [part~='error'] {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
  }
  [part~='error-title'] {
    /* A target of at least 24 px (WCAG 2.5.8), the marker included. */
    min-block-size: 24px;
    padding-block: 0.125rem;
    font-weight: 700;
    color: var(--_error);
    cursor: pointer;
  }
  [part~='error'].warnings {
    border-color: var(--_muted);
    background: var(--_subtle);
  }
  .warnings [part~='error-title'] {
    color: var(--_text);
  }
  [part~='error-count'] {
    font-weight: 400;
  }
  [part~='error'] details[open] > summary {
    margin-block-end: 0.25rem;
  }
  [part~='error'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='error'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
