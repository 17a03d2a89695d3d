import { css } from 'lit';

export const styles = css`
  [part~='heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.35rem;
    line-height: 1.25;
  }
  [part~='grid'] {
    /* One to four columns, by the grid's own width (never the window's): a column is at least the card's minimum
       width and at least a quarter of the row, so a wide page gets four roomy cards, not seven narrow ones. */
    --_gap: var(--_space);
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(min(100%, var(--edu-stat-min-width, 14rem)), calc((100% - 3 * var(--_gap)) / 4)), 1fr)
    );
    /* Every row as tall as the tallest card, so all cards side by side are the same height, across rows too. */
    grid-auto-rows: 1fr;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* One column: nothing stands beside a card, so each is as tall as its own content. */
  [part~='grid'][data-one-column] {
    grid-auto-rows: auto;
  }
  [part~='grid'] > li {
    display: flex;
  }
  edu-stat-card {
    flex: 1;
  }
  /* On paper, rows as tall as their own cards (no space kept for the tallest card of the page), and never split. */
  @media print {
    [part~='grid'] {
      grid-auto-rows: auto;
    }
    [part~='grid'] > li {
      break-inside: avoid;
    }
  }
`;
