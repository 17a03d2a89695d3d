import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Stat } from '../lesson/types.js';

/** About a second: long enough to see the figure grow, short enough not to keep a reader waiting for it. */
const DURATION = 1000;

/**
 * Whether a stat's figure counts up. Not a range (two numbers moving at once are hard to follow, and the high end
 * would pass through fractions), not money with cents (the cents would spin like a slot machine), not 0 (nothing to
 * count).
 */
export function countsUp(stat: Pick<Stat, 'value' | 'max' | 'format'>): boolean {
  return stat.value !== 0 && stat.max === undefined && !(stat.format === 'currency' && !Number.isInteger(stat.value));
}

/**
 * Counts a figure up from 0 the first time its host is mostly in view (eased out, about a second), requesting a host
 * update on every frame. Until then, and whenever it does not count, {@link value} is the final figure itself, so a
 * reader without animation, or a card never scrolled to, always sees the real number.
 *
 * It never counts under `prefers-reduced-motion: reduce`, on a host with the `static` attribute, without
 * IntersectionObserver, or for a figure `target()` gives as `undefined`; printing (`beforeprint`) and disconnecting
 * jump to the end. It counts once per host: a card scrolled past again keeps its figure.
 */
export class CountUpController implements ReactiveController {
  private running = false;
  private done = false;
  private progress = 1;
  private start = 0;
  private frame = 0;
  private observer?: IntersectionObserver;

  /** `target()` gives the final figure, or `undefined` when there is nothing to count. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => number | undefined,
  ) {
    host.addController(this);
  }

  /** A count is under way: {@link value} is a step toward the figure, not the figure. */
  get counting(): boolean {
    return this.running;
  }

  /** The number to show now: the figure, or while counting a step toward it with as many decimals as it has. */
  get value(): number | undefined {
    const target = this.target();
    if (target === undefined || !this.running) return target;
    const scale = 10 ** Math.min(2, (String(target).split('.')[1] ?? '').length);
    return Math.round(target * this.progress * scale) / scale;
  }

  hostConnected(): void {
    if (this.done) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.done = true;
      return;
    }
    addEventListener('beforeprint', this.finish);
    this.observer = new IntersectionObserver(
      (entries) => {
        // The first report comes whatever the ratio; a card only peeking in waits until half of it shows.
        if (entries.some((e) => e.isIntersecting && e.intersectionRatio >= 0.5)) this.begin();
      },
      { threshold: 0.5 },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    removeEventListener('beforeprint', this.finish);
    if (this.running) this.finish();
  }

  /** Shows the final figure now and never counts again. */
  readonly finish = (): void => {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.done = true;
    if (!this.running) return;
    this.running = false;
    this.progress = 1;
    this.host.requestUpdate();
  };

  private begin(): void {
    const still =
      this.target() === undefined ||
      this.host.hasAttribute('static') ||
      matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (still) return this.finish();
    this.observer?.disconnect();
    this.running = true;
    this.progress = 0;
    this.start = performance.now();
    this.frame = requestAnimationFrame(this.tick);
    this.host.requestUpdate();
  }

  private readonly tick = (now: number): void => {
    // A frame's time can be a little before `start`, taken in the observer's callback.
    const t = Math.min(1, Math.max(0, (now - this.start) / DURATION));
    if (t === 1) return this.finish();
    this.progress = 1 - (1 - t) ** 3;
    this.frame = requestAnimationFrame(this.tick);
    this.host.requestUpdate();
  };
}
