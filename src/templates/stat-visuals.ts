import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { StatPoint } from '../lesson/types.js';

/*
 * The small charts of `<edu-stat-card>`. Each one that carries meaning is an SVG with `role="img"` and its meaning in
 * words, marked with the language of the elements' own words (`t.lang`). Colours come from the card's styles (classes
 * `track`, `fill`, `line`, `dot`), never from attributes here, so themes and forced-colours mode reach them. Shapes
 * are sized by SVG attributes, never by a `style` attribute (which a strict Content Security Policy refuses).
 */

/**
 * A share of a whole (0–100 percent) as a bar or a ring. `shown` sets the drawing (it follows the count-up);
 * `label` is the final figure, "over 90%", which the text equivalent always gives.
 */
export function shareVisual(kind: 'bar' | 'ring', shown: number, label: string, t: Strings): TemplateResult {
  const part = Math.min(100, Math.max(0, shown));
  // Both are drawn from the inline start: the card's styles mirror the bar in right-to-left text. The ring starts at
  // the top and runs clockwise in every language, as a clock face does.
  return kind === 'ring'
    ? html`<svg part="visual" class="ring" role="img" aria-label=${t.shareOf(label)} lang=${t.lang} viewBox="0 0 36 36">
        <circle class="track" cx="18" cy="18" r="15" pathLength="100"></circle>
        <circle
          class="fill"
          cx="18"
          cy="18"
          r="15"
          pathLength="100"
          stroke-dasharray="${part} 100"
          transform="rotate(-90 18 18)"
        ></circle>
      </svg>`
    : html`<svg
        part="visual"
        class="bar"
        role="img"
        aria-label=${t.shareOf(label)}
        lang=${t.lang}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
      >
        <rect class="track" width="100" height="10" vector-effect="non-scaling-stroke"></rect>
        <rect class="fill" width=${part} height="10"></rect>
      </svg>`;
}

/**
 * A rise or a fall: an arrow and a word ("Rise", "Fall"), beside the signed figure the card already shows, so the
 * direction never depends on colour, nor on a minus sign that screen readers often skip. The arrow is decorative:
 * the word is its text.
 */
export function changeIndicator(value: number, t: Strings): TemplateResult {
  const arrow = value > 0 ? 'M5 1 9.5 9h-9z' : value < 0 ? 'M5 9 .5 1h9z' : '';
  return html`<p part="change" lang=${t.lang}>
    ${arrow ? html`<svg class="arrow" aria-hidden="true" viewBox="0 0 10 10"><path d=${arrow}></path></svg>` : nothing}
    ${value > 0 ? t.rise : value < 0 ? t.fall : t.noChange}
  </p>`;
}

/**
 * A line through a series (two points or more, evenly spaced in the order given), its last point marked. Its text
 * gives the first, the last and the highest value with their periods, written by `format` as the figure is.
 *
 * Time runs in the reading direction: the card's styles mirror the chart in right-to-left text, so the first period
 * is on the right, as it is in the text and on the timeline there.
 */
export function sparkline(
  series: readonly StatPoint[],
  format: (value: number) => string,
  t: Strings,
): TemplateResult | typeof nothing {
  if (series.length < 2) return nothing;
  const values = series.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Inside a 100 × 30 box with room for the marker; a flat series is a line across the middle.
  const points = series.map((p, i) => [
    round(4 + (92 * i) / (series.length - 1)),
    round(high === low ? 15 : 4 + (22 * (high - p.value)) / (high - low)),
  ]);
  const [x, y] = points[points.length - 1];
  const say = (p: StatPoint): string => t.point(format(p.value), p.period);
  const label = t.sparkline(say(series[0]), say(series[series.length - 1]), say(series[values.indexOf(high)]));
  // Stretched to the card's width (preserveAspectRatio none), with strokes kept at their width in pixels; the marker
  // is a round cap on a zero-length line, so it stays a dot however the box is stretched.
  return html`<svg
    part="sparkline"
    role="img"
    aria-label=${label}
    lang=${t.lang}
    viewBox="0 0 100 30"
    preserveAspectRatio="none"
  >
    <polyline class="line" points=${points.join(' ')} vector-effect="non-scaling-stroke"></polyline>
    <path class="dot" d="M${x} ${y}h0" vector-effect="non-scaling-stroke"></path>
  </svg>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
