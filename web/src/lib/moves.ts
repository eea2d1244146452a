/**
 * The moves the API says this person may make now (`allowed` on every submission and cycle
 * answer, decided by the statechart and the access policy): screens render controls from these
 * and never compare states themselves.
 */
export interface AllowedMove {
  type: string;
  label: string;
  reason: 'none' | 'optional' | 'required';
  indicators: boolean;
}

/** Moves that only say whether one may act inside a state (record a score, write in a thread). */
export const ABILITIES = ['RECORD_VERIFICATION', 'RECORD_RESOLUTION', 'DISPUTE_MESSAGE'];

export const may = (allowed: readonly AllowedMove[] | undefined, type: string): boolean => !!allowed?.some((m) => m.type === type);

/** What a state means, as the statechart's tags say (`tags` on the same answers). */
export const means = (tags: readonly string[] | undefined, tag: string): boolean => !!tags?.includes(tag);
