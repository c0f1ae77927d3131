// Which custom rule raised an issue: rules register their requirement function with a reason
// code here, and field errors report that code. A module of its own so that helpers reading it
// never pull schemas into a bundle.
const reasons = new WeakMap<object, string>();

export function registerReason(requirement: object, reason: string): void {
  reasons.set(requirement, reason);
}

/** The reason code of the rule whose requirement function is `requirement`, if it has one. */
export function reasonOf(requirement: unknown): string | undefined {
  return typeof requirement === 'function' ? reasons.get(requirement) : undefined;
}
