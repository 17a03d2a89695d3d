import { css } from 'lit';

export const styles = css`
  :host {
    height: 100%;
  }
  [part~='card'] {
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
  }
  .figure {
    margin-block-end: 0.5rem;
  }
  [part~='value'] {
    position: relative;
    display: block;
    color: var(--_accent);
    font-size: var(--edu-stat-value-size, 2.25rem);
    font-weight: 750;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  [part~='label'] {
    display: block;
    margin-block-start: 0.25rem;
    font-weight: 600;
  }
  [part~='period'],
  [part~='region'] {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  [part~='context'] {
    margin-block-start: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_accent);
    font-weight: 500;
  }
  [part~='source'] {
    margin-block-start: auto;
    padding-block-start: 0.75rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  [part~='citation'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 24px;
    min-block-size: 24px;
    color: var(--_accent);
  }

  /* The count-up: its steps over the final figure, which keeps its place (and its width) in the text. */
  .count {
    position: absolute;
    inset: 0;
  }
  .count::before {
    content: attr(data-count);
  }
  .count + .final {
    opacity: 0;
  }
  @media print {
    .count {
      display: none;
    }
    .count + .final {
      opacity: 1;
    }
  }

  [part~='change'] {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .arrow {
    inline-size: 0.8em;
    block-size: 0.8em;
    fill: currentColor;
  }
  [part~='visual'],
  [part~='sparkline'] {
    display: block;
    overflow: visible;
    margin-block-end: 0.5rem;
  }
  .bar {
    inline-size: 100%;
    block-size: 0.75rem;
  }
  .ring {
    inline-size: 3.5rem;
    block-size: 3.5rem;
  }
  [part~='sparkline'] {
    inline-size: 100%;
    block-size: 2.5rem;
  }
  /* Earlier periods and the start of a share at the inline start: on the right in right-to-left text. */
  .bar:dir(rtl),
  [part~='sparkline']:dir(rtl) {
    transform: scaleX(-1);
  }
  .track {
    fill: var(--_subtle);
    stroke: var(--_muted);
  }
  .fill {
    fill: var(--_accent);
  }
  .ring .track,
  .ring .fill,
  .line {
    fill: none;
  }
  .ring .track {
    stroke-width: 1.5;
  }
  .ring .fill {
    stroke: var(--_accent);
    stroke-width: 5;
  }
  .line,
  .dot {
    stroke: var(--_accent);
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-width: 2;
  }
  .dot {
    stroke-width: 7;
  }
  /* SVG fills and strokes are not forced to system colours: set them, so the charts stay visible. */
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill {
      fill: CanvasText;
    }
    .ring .fill,
    .line,
    .dot {
      fill: none;
      stroke: CanvasText;
    }
  }
  .timeline-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  [part~='timeline-link'] {
    min-block-size: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.9rem;
    cursor: pointer;
  }
  [part~='timeline-link']:hover {
    background: var(--_subtle);
  }
  @media print {
    .timeline-links {
      display: none;
    }
    /* A card is never split across two sheets. */
    :host {
      break-inside: avoid;
    }
  }
  /* Text from the lesson takes its direction from its own first letters, so an English lesson reads left to right
     (with its punctuation in place) inside a right-to-left page, and an Urdu one right to left anywhere. */
  [part~='label'],
  [part~='period'],
  [part~='context'],
  [part~='region'] {
    unicode-bidi: plaintext;
  }
`;
