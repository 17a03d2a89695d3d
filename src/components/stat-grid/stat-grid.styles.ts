import { css } from 'lit';

export const styles = css`
  [part~='heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.35rem;
    line-height: 1.25;
  }
  [part~='grid'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--edu-stat-min-width, 14rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='grid'] > li {
    display: flex;
  }
  edu-stat-card {
    flex: 1;
  }
`;
