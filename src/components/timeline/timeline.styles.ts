import { css } from 'lit';

export const styles = css`
  :host {
    --_era-0: var(--edu-era-color-1, #0b5cad);
    --_era-1: var(--edu-era-color-2, #8a4b08);
    --_era-2: var(--edu-era-color-3, #2f7a3b);
    --_era-3: var(--edu-era-color-4, #7a3b8a);
    container-type: inline-size;
  }
  /* Lighter era colours on the dark theme, so rails and bands keep 3:1 against the background. */
  :host([theme='dark']) {
    --_era-0: var(--edu-era-color-1, #7cb4f5);
    --_era-1: var(--edu-era-color-2, #e5a15c);
    --_era-2: var(--edu-era-color-3, #74c785);
    --_era-3: var(--edu-era-color-4, #c793e0);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_era-0: var(--edu-era-color-1, #7cb4f5);
      --_era-1: var(--edu-era-color-2, #e5a15c);
      --_era-2: var(--edu-era-color-3, #74c785);
      --_era-3: var(--edu-era-color-4, #c793e0);
    }
  }
  [part~='heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5rem;
    line-height: 1.25;
  }
  [part~='eras'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  [part~='era'] {
    display: flex;
    align-items: baseline;
    gap: 0.4rem;
  }
  [part~='era'] > span:nth-child(2) {
    color: var(--_text);
    font-weight: 600;
  }
  .swatch {
    flex: none;
    align-self: center;
    width: 0.35rem;
    height: 1.1rem;
    border-radius: 0.2rem;
    background: var(--_lane-color);
  }
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='event'] {
    display: grid;
    grid-template-columns: auto 1.75rem minmax(0, 1fr);
    column-gap: 0.5rem;
    cursor: pointer;
  }
  .rails {
    display: grid;
    grid-auto-flow: column;
    grid-template-columns: repeat(var(--_lanes, 0), 0.35rem);
    gap: 0.2rem;
  }
  .rail.on {
    background: var(--_lane-color);
  }
  .rail.start {
    margin-top: 1.1rem;
    border-start-start-radius: 0.2rem;
    border-start-end-radius: 0.2rem;
  }
  .rail.end {
    margin-bottom: 0.5rem;
    border-end-start-radius: 0.2rem;
    border-end-end-radius: 0.2rem;
  }
  .marker {
    position: relative;
  }
  /* The time line itself, and a dot for each event on it. */
  .marker::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 1px);
    width: 2px;
    background: var(--_border);
  }
  [part~='event']:first-child .marker::before {
    top: 1.1rem;
  }
  [part~='event']:last-child .marker::before {
    bottom: auto;
    height: 1.1rem;
  }
  .marker::after {
    content: '';
    position: absolute;
    top: 0.75rem;
    inset-inline-start: calc(50% - 0.45rem);
    width: 0.9rem;
    height: 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }
  [part~='selected'] .marker::after {
    background: var(--_accent);
  }
  .body {
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin-block-end: 0.5rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  [part~='selected'] > .body {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  [part~='era-label'] {
    order: -2;
    margin: 0 0 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.35rem solid var(--_lane-color);
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }
  /* The date reads first on screen; in the DOM the heading comes first, so heading navigation lands on the title. */
  [part~='date'] {
    order: -1;
    color: var(--_muted);
    font-size: 0.9rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part~='title'] {
    margin: 0.1rem 0 0.25rem;
    font-size: 1.15rem;
    line-height: 1.3;
  }
  [part~='select'] {
    display: inline;
    min-height: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='select']:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part~='description'] p,
  [part~='description'] ul,
  [part~='description'] ol {
    margin: 0 0 0.5rem;
  }
  [part~='description'] ul,
  [part~='description'] ol {
    padding-inline-start: 1.5rem;
  }
  [part~='description'] li + li {
    margin-block-start: 0.15rem;
  }
  /* Underlined, never told apart by colour alone; a pasted URL as link text may break anywhere. */
  [part~='description'] a {
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  [part~='description'] a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part~='media'] {
    margin: 0.25rem 0 0.5rem;
  }
  [part~='media'] img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='media'] figcaption {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0 0 0.35rem;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  [part~='citations'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    font-size: 0.9rem;
  }
  [part~='citation'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
  }
  [part~='sources'] {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.9rem;
  }
  [part~='sources-heading'] {
    margin: 0 0 0.5rem;
    color: var(--_text);
    font-size: 1.05rem;
  }
  @media (forced-colors: active) {
    .rail.on,
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='selected'] .marker::after {
      forced-color-adjust: none;
      background: Highlight;
    }
    [part~='selected'] > .body {
      border: 3px solid Highlight;
    }
  }
  @media print {
    [part~='event'] {
      break-inside: avoid;
      cursor: auto;
    }
    /* On paper a link is only useful with its address. */
    [part~='description'] a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

/** The interactive parts: filters, toolbar, the horizontal axis and its detail panel. */
export const axisStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0 0 0.5rem;
  }
  [part~='chip'],
  [part~='button'],
  [part~='cluster'] {
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  [part~='chip'][aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }
  [part~='chip'][aria-pressed='true']::before {
    content: '✓ ';
  }
  [part~='count']:empty {
    margin: 0;
  }
  [part~='count'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-end: 0.5rem;
  }
  [part~='toolbar'] .spacer {
    flex: 1;
  }
  [part~='button'] {
    border-radius: var(--_radius);
    font-size: 1rem;
  }
  [part~='button'][aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  [part~='button']:hover,
  [part~='chip']:hover {
    border-color: var(--_accent);
  }
  .axis {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    touch-action: pan-y;
    user-select: none;
  }
  .bands {
    position: absolute;
    inset: 0 0 44px;
  }
  .band {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline-start: 3px solid var(--_lane-color);
    background: color-mix(in srgb, var(--_lane-color) 10%, transparent);
  }
  .band span {
    position: absolute;
    /* Each lane of eras has its own line for names, so overlapping eras never write over each other. */
    bottom: calc(var(--_lane, 0) * 18px + 1px);
    inset-inline-start: 0.35rem;
    max-width: calc(100% - 0.5rem);
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .track {
    position: absolute;
    inset: 0.25rem 0 calc(var(--_below, 0px) + 44px);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    /* Not the vertical list's grid: there its first column sizes to the title, and the button outgrew its label. */
    display: block;
    position: absolute;
    width: var(--_label);
    height: 52px;
  }
  .item .bar {
    position: absolute;
    inset-inline-start: 0;
    bottom: 0;
    width: max(var(--_bar), 4px);
    height: 4px;
    border-radius: 2px;
    background: var(--_accent);
  }
  .item:not(.range) .bar {
    width: 2px;
    height: 8px;
  }
  .item [part~='select'] {
    display: flex;
    flex-direction: column;
    width: 100%;
    height: 44px;
    padding: 0.15rem 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.85rem;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  .item [part~='date'] {
    order: 0;
    overflow: hidden;
    font-size: 0.75rem;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .item .label {
    margin: 0;
    font-size: inherit;
    overflow: hidden;
    font-weight: 600;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .item[part~='selected'] [part~='select'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }
  .item[part~='selected'] [part~='date'] {
    color: inherit;
  }
  .item:focus-within {
    z-index: 1;
  }
  .clusters [part~='cluster'] {
    position: absolute;
    bottom: calc(var(--_band-labels, 0px) + 47px);
    min-width: 32px;
    min-height: 28px;
    padding: 0 0.4rem;
    font-size: 0.8rem;
    transform: translateX(-50%);
  }
  .range {
    white-space: nowrap;
  }
  .ticks {
    position: absolute;
    inset: auto 0 0;
    height: 40px;
    border-top: 2px solid var(--_accent);
    background: var(--_surface);
  }
  .tick {
    position: absolute;
    top: 0;
    height: 100%;
    padding: 0.55rem 0.3rem 0;
    border-inline-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .tick.major {
    border-inline-start: 2px solid var(--_text);
    color: var(--_text);
    font-weight: 600;
  }
  .detail {
    position: relative;
    display: flex;
    flex-direction: column;
    margin-block-start: 0.75rem;
    padding: var(--_space);
    padding-inline-end: 3.5rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail [part~='title'] {
    margin: 0.15rem 0 0.5rem;
    font-size: 1.2rem;
  }
  .detail .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    padding: 0;
    font-size: 1.4rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition:
        inset-inline-start 0.2s ease-out,
        top 0.2s ease-out;
    }
    .axis:active .item {
      transition: none;
    }
  }
  /* The axis takes the reader's system colours like the rest (its labels in CanvasText on Canvas): a strip painted
     with forced-color-adjust: none kept the theme's colours for its labels, grey on the reader's text colour. */
  @media (forced-colors: active) {
    .axis,
    .item [part~='select'],
    .ticks,
    .tick,
    .band {
      border-color: CanvasText;
    }
    .item[part~='selected'] [part~='select'],
    [part~='chip'][aria-pressed='true'] {
      forced-color-adjust: none;
      border: 3px solid Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .item .bar,
    .range {
      white-space: nowrap;
    }
  }
  .more {
    margin: 0.5rem 0 0;
    text-align: center;
  }
  @media print {
    [part~='filters'],
    [part~='toolbar'],
    [part~='count'],
    .more {
      display: none;
    }
  }
`;

/**
 * Lesson text keeps its own direction whatever the page's: an English lesson on an Urdu page (or the reverse) reads
 * correctly, while the axis and the controls follow the page. Event titles (headings) and descriptions have
 * `dir="auto"` instead, so that their sides follow their text as well: where a title's button starts, a list's bullets.
 */
export const bidiStyles = css`
  [part~='heading'],
  span[part~='title'],
  [part~='date'],
  [part~='description'] p,
  [part~='description'] li,
  [part~='source'],
  [part~='era-label'],
  [part~='tag'],
  [part~='chip'],
  .band span,
  figcaption {
    unicode-bidi: plaintext;
  }
`;
