/**
 * Which unit kinds of a cycle consolidate by themselves: those whose final-period submissions
 * are all final and that have no consolidation yet (a later run is the reviewer's decision).
 */
export function readyKinds(
  cycle: { periods: string[]; frameworks: { unitKind: string; code: string }[] },
  submissions: { frameworkCode: string; period: string; status: string }[],
  consolidatedKinds: string[],
): string[] {
  const last = cycle.periods.at(-1);
  return cycle.frameworks
    .filter((f) => !consolidatedKinds.includes(f.unitKind))
    .filter((f) => {
      const closing = submissions.filter((s) => s.frameworkCode === f.code && s.period === last);
      return closing.length > 0 && closing.every((s) => s.status === 'final');
    })
    .map((f) => f.unitKind);
}
