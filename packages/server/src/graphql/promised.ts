/**
 * Field extension for a property whose value may be a promise (a lazy getter such as a
 * connection's `totalCount`, which runs its count only when read). Such a field keeps a
 * resolver: fields without one are read as plain values by the compiled executor.
 */
export const PROMISED = { promised: true } as const;
