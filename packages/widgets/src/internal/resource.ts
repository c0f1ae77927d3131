import { isLadNetworkError, type LadTransport } from '@lad/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a widget shows for its data. */
export type ResourceState = 'loading' | 'ready' | 'empty' | 'error' | 'offline';

const same = (a: readonly unknown[], b: readonly unknown[] | undefined) =>
  !!b && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Loads data for a widget through the SDK: loading → ready | empty | error (with retry) |
 * offline. It runs again when its arguments change; data already shown stays on screen while
 * newer data loads and after a failed refresh. A pending request is cancelled when the
 * arguments change or the widget leaves the page, and runs again when it comes back. Offline,
 * it retries by itself when the connection returns.
 */
export class Resource<A extends readonly unknown[], T> implements ReactiveController {
  private args?: A;
  private controller?: AbortController;
  private run = 0;
  /** The latest data that arrived. */
  value?: T;
  error: unknown;
  /** True while a request runs (with or without older data on screen). */
  pending = false;
  private failed = false;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      args: () => A;
      load: (args: A, transport: LadTransport, signal: AbortSignal) => Promise<T>;
      transport: () => LadTransport;
      isEmpty?: (value: T) => boolean;
      /** When false, nothing loads (e.g. the host was given its data directly). */
      enabled?: () => boolean;
    },
  ) {
    host.addController(this);
  }

  private readonly handleOnline = () => {
    if (this.state === 'offline') this.retry();
  };

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
    if (this.interrupted) this.retry();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
    if (this.pending) {
      this.interrupted = true;
      this.controller?.abort();
    }
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (!same(args, this.args)) {
      this.args = args;
      void this.load(args);
    }
  }

  private async load(args: A): Promise<void> {
    this.controller?.abort();
    if (this.options.enabled && !this.options.enabled()) {
      this.pending = false;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const run = ++this.run;
    this.pending = true;
    this.interrupted = false;
    try {
      const value = await this.options.load(args, this.options.transport(), controller.signal);
      if (run !== this.run) return;
      this.value = value;
      this.failed = false;
    } catch (error) {
      if (run !== this.run || controller.signal.aborted) return;
      this.error = error;
      this.failed = true;
    }
    this.pending = false;
    this.host.requestUpdate();
  }

  get state(): ResourceState {
    if (this.failed) {
      const offline = isLadNetworkError(this.error) && (this.error.reason === 'offline' || !navigator.onLine);
      return offline ? 'offline' : 'error';
    }
    if (this.value === undefined) return 'loading';
    return this.options.isEmpty?.(this.value) ? 'empty' : 'ready';
  }

  /**
   * True once there is an answer to show: data, a failure, or nothing to load. A widget whose
   * first view needs several resources waits for all, so nothing moves when the last arrives.
   */
  get settled(): boolean {
    if (this.options.enabled && !this.options.enabled()) return true;
    return this.value !== undefined || this.failed;
  }

  retry(): void {
    if (this.args) void this.load(this.args);
  }
}
