const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** A Retry-After wait as people say it: "in 45 seconds", "in 12 minutes", "in 2 hours". */
export function retryWaitInWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return relative.format(whole, "second");
  // Rounded up, so the user never tries again a little too early.
  const minutes = Math.ceil(whole / 60);
  if (minutes < 120) return relative.format(minutes, "minute");
  return relative.format(Math.ceil(minutes / 60), "hour");
}
