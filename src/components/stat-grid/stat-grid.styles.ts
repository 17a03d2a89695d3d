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
    /* Each row as tall as its tallest card: cards side by side are the same height (the items stretch). Not every
       row as tall as the page's tallest card (grid-auto-rows: 1fr): that left a strip of empty card under most
       figures on a wide page, and under nearly every one in a phone's single column. */
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='grid'] > li {
    display: flex;
  }
  /* In the grid, a card's border is its edge: no dark-theme margin around it (see the lesson's styles). */
  edu-stat-card {
    flex: 1;
    padding: 0;
    border-radius: 0;
  }
  /* On paper, a card is never split. */
  @media print {
    [part~='grid'] > li {
      break-inside: avoid;
    }
  }
`;
