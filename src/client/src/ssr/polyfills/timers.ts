// Timers for bare V8, driven by the host: setTimeout/setImmediate queue callbacks that `runTimers()` runs (the
// .NET renderer calls it between pushes). The delay is ignored: a server render never waits on wall-clock time,
// it only needs React's "later" (scheduleWork) to run after the current task. Microtasks run when each host call returns.

type Timer = { id: number; callback: (...args: unknown[]) => void; args: unknown[] };

let queue: Timer[] = [];
let nextId = 1;

export function setTimeoutPolyfill(callback: (...args: unknown[]) => void, _delay?: number, ...args: unknown[]): number {
  const id = nextId++;
  queue.push({ id, callback, args });
  return id;
}

export function clearTimeoutPolyfill(id: number | undefined): void {
  queue = queue.filter((t) => t.id !== id);
}

export function queueMicrotaskPolyfill(callback: () => void): void {
  void Promise.resolve().then(callback);
}

/** Runs the timers queued so far (not those they queue); returns how many ran. */
export function runTimers(): number {
  const due = queue;
  queue = [];
  for (const timer of due) timer.callback(...timer.args);
  return due.length;
}

export function pendingTimers(): number {
  return queue.length;
}
