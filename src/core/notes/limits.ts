/**
 * What Two Hats reads and writes at most, so a huge or hostile note cannot freeze the editor or
 * flood the panel. Each limit is reported to the user when it cuts something (SECURITY.md).
 */
export const NOTE_LIMITS = {
  /** A note larger than this is skipped, with a warning that names it. */
  bytes: 1024 * 1024,
  /** At most this many open items are carried into a new note; the rest stay in the old note. */
  carried: 500,
} as const;

/** `bytes` as `1.4 MB` or `12 KB`, for messages. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
