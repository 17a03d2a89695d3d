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
  }
  [part~='source'] {
    margin-block-start: auto;
    padding-block-start: 0.75rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
`;
