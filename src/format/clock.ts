/**
 * The one clock every element reads. Elements never call Date.now() themselves: a single
 * shared timer keeps every relative date on a page current (not a timer per element), and
 * tests move time with `clock.set()`.
 */
export type ClockListener = (now: number) => void;

const listeners = new Set<ClockListener>();
let fixed: number | undefined;
let timer: ReturnType<typeof setInterval> | undefined;
let tickMs = 60_000;

function tick(): void {
  const now = clock.now();
  for (const listener of listeners) listener(now);
}

function startTimer(): void {
  if (timer === undefined && listeners.size > 0 && fixed === undefined) {
    timer = setInterval(tick, tickMs);
  }
}

function stopTimer(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
}

export const clock = {
  /** Milliseconds since the epoch: the real time, or the time set by `set()`. */
  now(): number {
    return fixed ?? Date.now();
  },
  /** Fixes the time (tests, stories) and notifies every listener at once. */
  set(time: number | Date | string): void {
    fixed = typeof time === 'number' ? time : new Date(time).getTime();
    stopTimer();
    tick();
  },
  /** Back to real time. */
  reset(): void {
    fixed = undefined;
    startTimer();
    tick();
  },
  /** Calls `listener` on every tick (once a minute by default). Returns the unsubscribe. */
  subscribe(listener: ClockListener): () => void {
    listeners.add(listener);
    startTimer();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) stopTimer();
    };
  },
  /** How often listeners hear the real clock (ms). */
  setInterval(ms: number): void {
    tickMs = ms;
    stopTimer();
    startTimer();
  },
  get listenerCount(): number {
    return listeners.size;
  },
};
