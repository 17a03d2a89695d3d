import { css } from 'lit';

export const styles = css`
  [part~='heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.35rem;
    line-height: 1.25;
  }
  [part~='list'] {
    margin: 0;
  }
  [part~='list'] > div {
    padding-block: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
    break-inside: avoid;
  }
  [part~='list'] > div:last-child {
    border-block-end: 0;
  }
  [part~='term'] {
    font-weight: 700;
  }
  dfn {
    font-style: normal;
  }
  dd {
    margin: 0;
  }
  [part~='expansion'] {
    color: var(--_muted);
  }
  @media print {
    /* Black on white whatever the theme. */
    :host,
    :host([theme]) {
      color: #000;
      background: none;
    }
    [part~='expansion'] {
      color: inherit;
      font-style: italic;
    }
  }
  /* Text from the lesson takes its direction from its own first letters, so an English lesson reads left to right
     (with its punctuation in place) inside a right-to-left page, and an Urdu one right to left anywhere. */
  [part~='term'],
  [part~='expansion'],
  [part~='definition'] {
    unicode-bidi: plaintext;
  }
`;
