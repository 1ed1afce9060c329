/** A per-user pause between commands, so one user cannot flood the bot. */
export class Cooldown {
  private readonly lastUse = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the user must still wait (0: go ahead, and the use is recorded). */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const last = this.lastUse.get(userId);
    const waitMs = last === undefined ? 0 : last + this.seconds * 1000 - now;
    if (waitMs > 0) return Math.ceil(waitMs / 1000);
    this.lastUse.set(userId, now);
    if (this.lastUse.size > 10_000) this.forgetOld(now);
    return 0;
  }

  private forgetOld(now: number): void {
    for (const [user, time] of this.lastUse) {
      if (time + this.seconds * 1000 <= now) this.lastUse.delete(user);
    }
  }
}
