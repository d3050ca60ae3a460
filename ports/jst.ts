/**
 * Times as a Japanese school reads them: every date mamoru shows or compares by day is Japan's
 * (Asia/Tokyo), whatever the server's zone. One definition for the cards, the store and the CLI.
 */
const SHORT = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

/** 「2026/12/02 9:30」 for an ISO time, or null when there is none. */
export const jst = (iso: string | null | undefined): string | null => (iso ? SHORT.format(new Date(iso)) : null);

/** The day in Japan as YYYY-MM-DD (sv-SE writes dates in that form). */
export const jstDay = (at: Date): string => DAY.format(at);
