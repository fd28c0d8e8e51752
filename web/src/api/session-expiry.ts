let expired = false;

/** Remembers that a request found the session gone, so the sign-in page can say why it is shown. */
export function markSessionExpired(): void {
  expired = true;
}

/** Whether the session ended since the last call (read once). */
export function takeSessionExpired(): boolean {
  const was = expired;
  expired = false;
  return was;
}
