/**
 * Failed sign-ins per address over a sliding window. The throttler counts every request before
 * the handler runs, so an office behind one NAT would be shut out by its own colleagues signing
 * in at 8 a.m.; only the sign-in check knows which attempts failed, so it keeps this count.
 * In memory, per instance, like the throttler's own storage.
 */
export class FailedSignIns {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** However many addresses an attack comes from, the map stays bounded. */
    private readonly maxAddresses = 100_000,
  ) {}

  /** Seconds until this address may try again, or 0 when it may try now. */
  retryAfter(address: string, now = Date.now()): number {
    const recent = this.recent(address, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit] + this.windowMs - now) / 1000));
  }

  record(address: string, now = Date.now()): void {
    if (!this.failures.has(address) && this.failures.size >= this.maxAddresses) this.forgetExpired(now);
    if (this.failures.size >= this.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(address, [...this.recent(address, now), now]);
  }

  private recent(address: string, now: number): number[] {
    const kept = (this.failures.get(address) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }

  private forgetExpired(now: number): void {
    for (const address of [...this.failures.keys()]) this.recent(address, now);
  }
}
