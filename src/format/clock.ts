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

/** The timer runs while someone listens and the time is not fixed; `restart` begins a new period. */
function sync(restart?: boolean): void {
  if (restart || fixed !== undefined || !listeners.size) {
    clearInterval(timer);
    timer = undefined;
  }
  if (fixed === undefined && listeners.size) timer ??= setInterval(tick, tickMs);
}

export const clock = {
  /** Milliseconds since the epoch: the real time, or the time set by `set()`. */
  now(): number {
    return fixed ?? Date.now();
  },
  /** Fixes the time (tests, stories) and notifies every listener at once. */
  set(time: number | Date | string): void {
    fixed = new Date(time).getTime();
    sync();
    tick();
  },
  /** Back to real time. */
  reset(): void {
    fixed = undefined;
    sync();
    tick();
  },
  /** Calls `listener` on every tick (once a minute by default). Returns the unsubscribe. */
  subscribe(listener: ClockListener): () => void {
    listeners.add(listener);
    sync();
    return () => {
      listeners.delete(listener);
      sync();
    };
  },
  /** How often listeners hear the real clock (ms). */
  setInterval(ms: number): void {
    tickMs = ms;
    sync(true);
  },
  get listenerCount(): number {
    return listeners.size;
  },
};
