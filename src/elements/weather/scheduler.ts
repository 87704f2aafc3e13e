/**
 * Timers and page visibility for the refresh loop, behind an interface so tests (and stories)
 * can drive time by hand: `manualScheduler()` runs due timers on `advance(ms)` and moves the
 * shared `clock` with them, so ages ("cập nhật 3 giờ trước") follow.
 */
import { clock } from '../../format/clock.js';

export interface WeatherScheduler {
  /** Calls `fn` after `ms`; returns the cancel function. */
  after(ms: number, fn: () => void): () => void;
  /** Whether the page is hidden now (no loads then). */
  hidden(): boolean;
  /** Calls `fn` when the page is shown or hidden; returns the unsubscribe function. */
  onVisibility(fn: () => void): () => void;
}

/** The real one: setTimeout and the document's visibility. Browser only. */
export const browserScheduler: WeatherScheduler = {
  after(ms, fn) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
  hidden: () => document.hidden,
  onVisibility(fn) {
    document.addEventListener('visibilitychange', fn);
    return () => document.removeEventListener('visibilitychange', fn);
  },
};

export interface ManualScheduler extends WeatherScheduler {
  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** Shows or hides the "page". */
  setHidden(hidden: boolean): void;
  /** Delays (ms, as asked) of the timers still pending. */
  readonly pending: number[];
}

export function manualScheduler(): ManualScheduler {
  let hidden = false;
  const timers = new Set<{ at: number; ms: number; fn: () => void }>();
  const listeners = new Set<() => void>();
  return {
    after(ms, fn) {
      const timer = { at: clock.now() + ms, ms, fn };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    hidden: () => hidden,
    onVisibility(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    advance(ms) {
      const end = clock.now() + ms;
      for (;;) {
        const next = [...timers]
          .filter((timer) => timer.at <= end)
          .sort((first, second) => first.at - second.at)[0];
        if (!next) break;
        timers.delete(next);
        clock.set(next.at);
        next.fn();
      }
      clock.set(end);
    },
    setHidden(value) {
      hidden = value;
      for (const fn of listeners) fn();
    },
    get pending() {
      return [...timers].map((timer) => timer.ms);
    },
  };
}
