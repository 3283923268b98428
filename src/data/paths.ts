/** The app's addresses, shared by every feature that links to a meeting. */
export function meetingPath(meetingId: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}`;
}

export function achievementPath(meetingId: string, n: number): string {
  return `${meetingPath(meetingId)}/achievements/${n}`;
}

/** Presenter mode, opened on a meeting's slide ("Present from here"). */
export function presentFromPath(meetingId: string): string {
  return `/present?at=${encodeURIComponent(meetingId)}`;
}

/** "Build a briefing", started around a meeting when one is given. */
export function briefingPath(meetingId?: string): string {
  return meetingId === undefined ? "/briefing" : `/briefing?from=${encodeURIComponent(meetingId)}`;
}
