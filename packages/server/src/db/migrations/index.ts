import { Initial1795885345731 } from './1795885345731-Initial';

/** Every migration, oldest first. Schema changes happen only here. */
export const migrations = [Initial1795885345731];
