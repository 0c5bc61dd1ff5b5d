/** @module Callers waiting for a group commit to drain before its store closes, told once it is idle. */
export class IdleWaiters {
  private waiters: (() => void)[] = [];

  /** Resolves now when `idle`, or else at the first `settle` that finds the queue idle. */
  wait(idle: boolean): Promise<void> {
    if (idle) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Tells every waiter, when `idle`. */
  settle(idle: boolean): void {
    if (!idle) {
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) {
      w();
    }
  }
}
