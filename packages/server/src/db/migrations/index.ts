import { Initial1795885455860 } from './1795885455860-Initial';
import { TextFolding1795887000000 } from './1795887000000-TextFolding';
import { GraphEdge1795887040309 } from './1795887040309-GraphEdge';
import { WriteApi1795887099326 } from './1795887099326-WriteApi';
import { ChangeHistoryAppendOnly1795887199000 } from './1795887199000-ChangeHistoryAppendOnly';
import { Search1795900000000 } from './1795900000000-Search';
import { AccessControl1795900100000 } from './1795900100000-AccessControl';
import { LiveRelationIndexes1795956608220 } from './1795956608220-LiveRelationIndexes';

/** Every migration, oldest first. Schema changes happen only here. */
export const migrations = [
  Initial1795885455860,
  TextFolding1795887000000,
  GraphEdge1795887040309,
  WriteApi1795887099326,
  ChangeHistoryAppendOnly1795887199000,
  Search1795900000000,
  AccessControl1795900100000,
  LiveRelationIndexes1795956608220,
];
