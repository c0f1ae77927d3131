import { isLadApiError, isLadNetworkError } from '@lad/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a submission stands: not sent yet, on its way, waiting for the connection (kept on the
 * device and resent by itself), refused by the API (a reason to show), or received.
 */
export type SubmissionState = 'idle' | 'sending' | 'queued' | 'failed' | 'done';

/** Waits between automatic resends while the API cannot be reached. */
const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

/** True when the send did not get an answer worth showing: no connection, a timeout, a 5xx. */
function transient(error: unknown): boolean {
  if (isLadNetworkError(error)) return true;
  return (
    isLadApiError(error) &&
    (error.status >= 500 || error.status === 408 || error.code === 'idempotency-in-progress')
  );
}

/**
 * Sends one form submission until the API acknowledges it, never twice: the caller passes the
 * body and the idempotency key kept with the draft, and every resend (on reconnect, on a timer,
 * after a reload) carries both unchanged. While a send is on its way or queued, `start` is a
 * no-op, so a second click cannot submit again.
 */
export class Submission<R> implements ReactiveController {
  state: SubmissionState = 'idle';
  receipt?: R;
  error?: unknown;
  private payload?: unknown;
  private key = '';
  private attempts = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      send: (payload: unknown, key: string, signal: AbortSignal) => Promise<R>;
      /** Acknowledged: clear the draft, show the receipt. */
      done: (receipt: R) => void;
      /** Refused: the key was released by the API and the payload is no longer pending. */
      failed?: (error: unknown) => void;
    },
  ) {
    host.addController(this);
  }

  private readonly handleOnline = () => {
    if (this.state === 'queued') this.attempt();
  };

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
    if (this.state === 'queued') this.attempt();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
    clearTimeout(this.timer);
    if (this.state === 'sending') {
      this.controller?.abort();
      this.state = 'queued';
    }
  }

  /** True while a send is on its way or waiting to be resent. */
  get busy(): boolean {
    return this.state === 'sending' || this.state === 'queued';
  }

  /** Sends `payload` with `key` — unless a send is already on its way or queued. */
  start(payload: unknown, key: string): void {
    if (this.busy) return;
    this.payload = payload;
    this.key = key;
    this.attempts = 0;
    this.error = undefined;
    this.attempt();
  }

  /**
   * Leaves the send that runs or waits (the form moved to another event or committee): its body
   * stays pending in its own draft, resent with its key when that form is opened again.
   */
  detach(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.state = 'idle';
    this.payload = undefined;
    this.error = undefined;
    this.receipt = undefined;
  }

  /** Resends a queued submission now instead of waiting. */
  retryNow(): void {
    if (this.state === 'queued') this.attempt();
  }

  /** Forgets a refusal or a receipt (the person starts again). */
  reset(): void {
    if (this.busy) return;
    this.state = 'idle';
    this.error = undefined;
    this.receipt = undefined;
    this.host.requestUpdate();
  }

  private attempt(): void {
    clearTimeout(this.timer);
    if (!navigator.onLine) {
      this.state = 'queued';
      this.host.requestUpdate();
      return;
    }
    this.state = 'sending';
    this.host.requestUpdate();
    const controller = new AbortController();
    this.controller = controller;
    this.options.send(this.payload, this.key, controller.signal).then(
      (receipt) => {
        if (controller.signal.aborted) return;
        this.state = 'done';
        this.receipt = receipt;
        this.payload = undefined;
        this.options.done(receipt);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.error = error;
        if (transient(error)) {
          // Kept with its key; resent when the connection returns or after a pause.
          this.state = 'queued';
          const wait = BACKOFF_MS[Math.min(this.attempts++, BACKOFF_MS.length - 1)] as number;
          this.timer = setTimeout(() => this.attempt(), wait);
        } else {
          this.state = 'failed';
          this.payload = undefined;
          this.options.failed?.(error);
        }
        this.host.requestUpdate();
      },
    );
  }
}
