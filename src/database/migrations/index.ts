import { CoreSchema1767225600000 } from './1767225600000-CoreSchema';
import { FoldedSearchForDepartmentsAndSessions1795720132888 } from './1795720132888-FoldedSearchForDepartmentsAndSessions';
import { Users1795720147421 } from './1795720147421-Users';
import { AuditTrail1795720147422 } from './1795720147422-AuditTrail';
import { TaskQueryIndexes1795720604902 } from './1795720604902-TaskQueryIndexes';
import { TaskSearchIndex1795720901410 } from './1795720901410-TaskSearchIndex';
import { Notifications1795721564930 } from './1795721564930-Notifications';
import { DepartmentCalendarFeeds1796500000000 } from './1796500000000-DepartmentCalendarFeeds';
import { AssigningDocuments1796200000000 } from './1796200000000-AssigningDocuments';
import { ExtensionForwarding1796200000001 } from './1796200000001-ExtensionForwarding';
import { CompletionEvidence1796200000002 } from './1796200000002-CompletionEvidence';
import { RefoldSearchText1796700000000 } from './1796700000000-RefoldSearchText';
import { RefoldDocumentSearchText1796700000001 } from './1796700000001-RefoldDocumentSearchText';
import { AuthSessions1796100000000 } from './1796100000000-AuthSessions';
import { FrozenReports1796800000000 } from './1796800000000-FrozenReports';
import { TaskOccurrences1796973566908 } from './1796973566908-TaskOccurrences';
import { TaskAttachments1796972758771 } from './1796972758771-TaskAttachments';
import { SessionNoticeInDocument1796972758772 } from './1796972758772-SessionNoticeInDocument';
import { DepartmentSuccession1797000000000 } from './1797000000000-DepartmentSuccession';
import { PendingExtensionPerOccurrence1797000001000 } from './1797000001000-PendingExtensionPerOccurrence';
import { TaskSearchWords1797000100000 } from './1797000100000-TaskSearchWords';
import { TaskLeadStatusIndex1797000200000 } from './1797000200000-TaskLeadStatusIndex';
import { TaskStatusByIdIndex1797000300000 } from './1797000300000-TaskStatusByIdIndex';
import { NotificationPeriodIndex1797000400000 } from './1797000400000-NotificationPeriodIndex';
import { TaskSearchRows1797000500000 } from './1797000500000-TaskSearchRows';
import { RefoldEth1797000600000 } from './1797000600000-RefoldEth';
import { TaskWordsSixLetterPrefixes1797000700000 } from './1797000700000-TaskWordsSixLetterPrefixes';
import { TaskWordsInDeadlineOrder1797000800000 } from './1797000800000-TaskWordsInDeadlineOrder';
import { TaskSearchShortWordsChecked1797000900000 } from './1797000900000-TaskSearchShortWordsChecked';

/** Migrations in the order they run; the same list serves SQLite and PostgreSQL. */
export const MIGRATIONS = [
  CoreSchema1767225600000,
  FoldedSearchForDepartmentsAndSessions1795720132888,
  Users1795720147421,
  AuditTrail1795720147422,
  TaskQueryIndexes1795720604902,
  TaskSearchIndex1795720901410,
  Notifications1795721564930,
  AuthSessions1796100000000,
  AssigningDocuments1796200000000,
  ExtensionForwarding1796200000001,
  CompletionEvidence1796200000002,
  DepartmentCalendarFeeds1796500000000,
  RefoldSearchText1796700000000,
  RefoldDocumentSearchText1796700000001,
  FrozenReports1796800000000,
  TaskOccurrences1796973566908,
  TaskAttachments1796972758771,
  SessionNoticeInDocument1796972758772,
  DepartmentSuccession1797000000000,
  PendingExtensionPerOccurrence1797000001000,
  TaskSearchWords1797000100000,
  TaskLeadStatusIndex1797000200000,
  TaskStatusByIdIndex1797000300000,
  NotificationPeriodIndex1797000400000,
  TaskSearchRows1797000500000,
  RefoldEth1797000600000,
  TaskWordsSixLetterPrefixes1797000700000,
  TaskWordsInDeadlineOrder1797000800000,
  TaskSearchShortWordsChecked1797000900000,
];
