import { Initial1795885455860 } from './1795885455860-Initial';

/** Every migration, oldest first. Schema changes happen only here. */
export const migrations = [Initial1795885455860];
