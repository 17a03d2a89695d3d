import { css } from 'lit';

export const styles = css`
  :host {
    --_era-0: var(--edu-era-color-1, #0b5cad);
    --_era-1: var(--edu-era-color-2, #8a4b08);
    --_era-2: var(--edu-era-color-3, #2f7a3b);
    --_era-3: var(--edu-era-color-4, #7a3b8a);
    container-type: inline-size;
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
  [part~='description'] p {
    margin: 0 0 0.5rem;
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
  [part~='sources'] ol {
    margin: 0;
    padding-inline-start: 1.75rem;
  }
  [part~='source'] {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
  [part~='source']:focus {
    outline: var(--_focus);
    outline-offset: 2px;
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
  }
`;
