import { css } from 'lit';

export const styles = css`
  [part~='header'] {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  [part~='title'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.75rem;
    line-height: 1.2;
  }
  [part~='summary'] {
    margin: 0;
    max-inline-size: 70ch;
    font-size: 1.1rem;
  }
  [part~='section'] {
    margin-block: calc(var(--_space) * 2);
  }
  /* In the dark theme an element paints its own background with a margin of padding, to stay readable on a light
     page. Inside a lesson that is already painted, that margin again in each part only narrowed the lesson (16 px
     on a phone, 8 more in the figures' cards): the parts keep the background (the same colour, and what contrast
     checkers look for) without the margin. A page's rules still win over these. */
  [data-lesson-part] {
    padding: 0;
    border-radius: 0;
  }
  [part~='section-heading'] {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.35rem;
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Landing on a section from a link or a citation never hides it under a sticky page header. */
  [part~='section'],
  [part~='source'] {
    scroll-margin-block-start: 4rem;
  }

  /* A handout: black on white, every part one after the other, headings kept with what follows them. */
  @media print {
    :host {
      color: #000;
      background: none;
      padding: 0;
    }
    [part~='section'] {
      margin-block: 1.25rem;
    }
    [part~='title'],
    [part~='section-heading'] {
      break-after: avoid;
    }
    [part~='source'] {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
  /* Text from the lesson takes its direction from its own first letters, so an English lesson reads left to right
     (with its punctuation in place) inside a right-to-left page, and an Urdu one right to left anywhere. */
  [part~='title'],
  [part~='summary'],
  [part~='source'] {
    unicode-bidi: plaintext;
  }
`;
