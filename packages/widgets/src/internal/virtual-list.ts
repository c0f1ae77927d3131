import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The rows to render and the space to leave above and below them. */
export interface VirtualRange {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * Renders only the rows in view of a scrolling list, however long it is (ten thousand
 * commitments scroll like ten). Rows may have any height — an opened commitment grows —: each
 * rendered row is measured, and unmeasured ones are assumed as tall as a typical row. Small on
 * purpose: it fits the widgets' byte budget where a general virtualizer did not.
 */
export class VirtualList implements ReactiveController {
  /** Typical row height in px, learned from the first rows rendered. */
  private rowHeight = 0;
  /** Measured height minus typical height, by row key. */
  private readonly deltas = new Map<string, number>();
  private offsets: { index: number; delta: number }[] = [];
  private prefix: number[] = [];
  private count = 0;
  private scroller: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { estimate: number; overscan?: number; find: () => HTMLElement | null },
  ) {
    host.addController(this);
  }

  private readonly handleScroll = () => this.host.requestUpdate();

  hostUpdated(): void {
    const scroller = this.options.find();
    if (scroller !== this.scroller) {
      this.scroller?.removeEventListener('scroll', this.handleScroll);
      scroller?.addEventListener('scroll', this.handleScroll, { passive: true });
      this.scroller = scroller;
    }
    if (scroller && this.measure(scroller)) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.scroller?.removeEventListener('scroll', this.handleScroll);
    this.scroller = null;
  }

  private get typical(): number {
    return this.rowHeight || this.options.estimate;
  }

  /** Top of row `index` in px. */
  offset(index: number): number {
    let lo = 0;
    let hi = this.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.offsets[mid] as { index: number }).index < index) lo = mid + 1;
      else hi = mid;
    }
    return index * this.typical + (lo ? (this.prefix[lo - 1] as number) : 0);
  }

  /** Which rows of `keys` to render now. */
  range(keys: readonly string[]): VirtualRange {
    this.count = keys.length;
    this.offsets = [];
    for (const [i, key] of keys.entries()) {
      const delta = this.deltas.get(key);
      if (delta) this.offsets.push({ index: i, delta });
    }
    this.prefix = [];
    let sum = 0;
    for (const o of this.offsets) {
      sum += o.delta;
      this.prefix.push(sum);
    }
    const top = this.scroller?.scrollTop ?? 0;
    const height = this.scroller?.clientHeight || 600;
    const overscan = this.options.overscan ?? 4;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offset(mid + 1) <= top) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    let last = first;
    while (last < keys.length && this.offset(last) < top + height) last++;
    const start = Math.max(0, first - overscan);
    const end = Math.min(keys.length, last + overscan);
    return { start, end, before: this.offset(start), after: this.offset(keys.length) - this.offset(end) };
  }

  /** Learns the heights of the rows on screen; true when something changed. */
  private measure(scroller: HTMLElement): boolean {
    let changed = false;
    const rows = scroller.querySelectorAll<HTMLElement>('[data-key]');
    if (!this.rowHeight && rows.length) {
      const heights = [...rows].map((r) => r.offsetHeight).sort((a, b) => a - b);
      this.rowHeight = heights[heights.length >> 1] || this.options.estimate;
      changed = true;
    }
    for (const row of rows) {
      const key = row.dataset.key as string;
      const delta = row.offsetHeight - this.typical;
      const known = this.deltas.get(key) ?? 0;
      if (Math.abs(delta - known) > 0.5) {
        if (delta) this.deltas.set(key, delta);
        else this.deltas.delete(key);
        changed = true;
      }
    }
    return changed;
  }

  /** Scrolls so that row `index` is fully in view. */
  scrollToIndex(index: number): void {
    const scroller = this.scroller;
    if (!scroller || index < 0 || index >= this.count) return;
    const top = this.offset(index);
    const bottom = this.offset(index + 1);
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = bottom - scroller.clientHeight;
  }
}
