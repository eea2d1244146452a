/**
 * One run at a time within this instance: a scheduled tick that finds the previous run still
 * going skips. Across instances, version checks and unique keys keep each effect single.
 */
export class SingleRun {
  private running = false;

  async run<T>(work: () => Promise<T>, whenBusy: T): Promise<T> {
    if (this.running) return whenBusy;
    this.running = true;
    try {
      return await work();
    } finally {
      this.running = false;
    }
  }
}
