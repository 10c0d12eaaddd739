/**
 * A person as Two Hats knows them: a folder under `<notes>/one-on-ones/`, their notes and their
 * profile. The host returns these; the panel turns them into its wire messages (core/panel).
 */
export interface Person {
  /** Their folder's name under `one-on-ones/`. */
  readonly slug: string;
  /** The profile's name, else the newest note's `person:`, else the one Add Person stored, else the folder's. */
  readonly name: string;
  /** `YYYY-MM-DD` of the newest 1:1 note, and whole days since it. */
  readonly last?: string;
  readonly days?: number;
  /** The folder is a symbolic link: listed, never followed. */
  readonly link?: boolean;
  /** With a cadence in their profile: when the next 1:1 is due, and days overdue (negative: still to come). */
  readonly due?: string;
  readonly overdue?: number;
}
