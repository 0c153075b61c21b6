// After a run of failures the model is not asked for a while: each call would only add its
// timeout to every message while the endpoint is down. Drafts fall back to the rules meanwhile.

export interface BreakerOptions {
  /** Failures in a row that open the circuit. */
  threshold: number;
  /** How long it stays open before one trial call is let through. */
  cooldownMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialRunning = false;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether a call may go out now; while half-open, only one trial at a time. */
  tryPass(): boolean {
    if (this.openedAt === null) return true;
    if (this.now() - this.openedAt < this.options.cooldownMs || this.trialRunning) return false;
    this.trialRunning = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialRunning = false;
  }

  failure(): void {
    this.failures += 1;
    this.trialRunning = false;
    if (this.failures >= this.options.threshold) this.openedAt = this.now();
  }

  isOpen(): boolean {
    return this.openedAt !== null;
  }
}
