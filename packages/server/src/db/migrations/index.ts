import { Initial1795885455860 } from './1795885455860-Initial';
import { TextFolding1795887000000 } from './1795887000000-TextFolding';
import { AccessControl1795887013740 } from './1795887013740-AccessControl';
import { Search1795900000000 } from './1795900000000-Search';

/** Every migration, oldest first. Schema changes happen only here. */
export const migrations = [Initial1795885455860, TextFolding1795887000000, AccessControl1795887013740, Search1795900000000];
