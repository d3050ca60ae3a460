/** Persistence on kysely: SQLite by default, PostgreSQL with DATABASE_URL; versioned migrations. */
export { type AuditEntry, appendAudit } from './audit.js';
export {
  type AnchoredHead,
  type Anchoring,
  type AnchorLine,
  type AnchorLog,
  anchorHead,
  readAnchors,
  readHead,
  startAnchoring,
} from './audit-anchor.js';
export { AuditKey, AuditKeyError, type AuditOptions, auditOptionsOf } from './audit-key.js';
export {
  askClass,
  type ClassQuestion,
  type ClassRecord,
  classRecords,
  classRecordsToCsv,
  type DecidedAnswer,
  decideClass,
  getClassQuestion,
} from './class-questions.js';
export { type KnownConversation, personalConversation } from './conversations.js';
export { type Disposal, type DisposalInput, getDisposal, receiveCertificate, recordDisposal } from './disposals.js';
export type { DriveScanRow, ListedItem, RunProgress, ScanItemRow, ScannedDrive } from './drive-scans.js';
export * as driveScans from './drive-scans.js';
export {
  type FeedbackRecord,
  type FeedbackSummary,
  feedbackRecords,
  feedbackToCsv,
  summarizeFeedback,
} from './feedback-report.js';
export {
  DEFAULT_DIGEST_ROUTE,
  type DigestRoute,
  queueFindingNotifications,
  queueFindingNotificationsIn,
} from './finding-digests.js';
export {
  type FindingRecord,
  findingRecords,
  findingsToCsv,
  isFindingStatus,
  type Resolution,
  resolutionsOf,
  type SchoolFindingSummary,
  summarizeFindings,
} from './finding-report.js';
export {
  askOwnerAbout,
  countOpenFindings,
  findingsByIds,
  openFindingIds,
  reportFindingMoved,
  unreadableOpenFindings,
} from './finding-views.js';
export {
  type Finding,
  type FindingStatus,
  findingAssetId,
  findingIdOf,
  getFinding,
  judgeFinding,
  type ObservedFile,
  type Outcome,
  recordVerdict,
  recordVerdictIn,
  reopenFinding,
  resolveGone,
  resolveGoneIn,
  resolveUnseen,
  type Verdict,
} from './findings.js';
export { addIncidentInfo, requestIncidentInfo } from './incident-exchanges.js';
export {
  type IncidentRecord,
  incidentRecords,
  incidentsToCsv,
  type TimelineEntry,
  timelineText,
} from './incident-records.js';
export { holdersOf, reachable } from './incident-steps.js';
export { queueDueIncidentTimers } from './incident-timers.js';
export {
  acknowledgeIncident,
  type Changed,
  closeIncident,
  createIncident,
  forwardIncident,
  getIncident,
  type Incident,
  type IncidentEvent,
  type IncidentStep,
  incidentDetails,
  incidentEvents,
  incidentSteps,
  kindsOf,
  type NewIncident,
  openTakeOut,
  type Told,
} from './incidents.js';
export type { IncidentInName } from './incidents-in-name.js';
export { migrateToLatest } from './migrate.js';
export { openStore, type Store, type StoreOptions } from './open-store.js';
export type { OutboxKind, OutboxRow } from './outbox.js';
export * as outbox from './outbox.js';
export { decidersOf, openRequestsOf, pendingFor } from './permit-lists.js';
export {
  cancelPermit,
  createPermit,
  decidePermit,
  getPermit,
  markReturned,
  morningOf,
  type NewPermit,
  type Permit,
  type PermitKind,
  type PermitStatus,
} from './permits.js';
export { type QuotaLimits, quotaUsage, reserveUnits } from './quota.js';
export { type PermitRecord, permitRecords, recordsToCsv, toCsv, toJst } from './records.js';
export { queueDueReminders } from './reminders.js';
export { requestDate } from './request-follow-ups.js';
export {
  type ImportOptions,
  type ImportResult,
  importRoster,
  parseRoster,
  ROSTER_HEADER,
  RosterError,
  type RosterRow,
} from './roster.js';
export type { ScanRunRow, ScanRunStatus } from './scan-runs.js';
export * as scanRuns from './scan-runs.js';
export type { Database } from './schema.js';
export { sealAudit } from './seal-audit.js';
export { type Leaver, type OpenInName, openInName, RemovalsNeedConfirmation } from './staff-removals.js';
export {
  getStanding,
  grantStanding,
  type NewStanding,
  revokeStanding,
  type Standing,
  standingCovering,
  standingOfSchool,
} from './standing.js';
export { type StandingRecord, standingRecords, standingToCsv } from './standing-records.js';
export { usersMatching } from './user-identities.js';
export {
  activeStaffOf,
  addDelegation,
  approversFor,
  delegatorsOf,
  findUser,
  getUser,
  schoolOf,
  type User,
} from './users.js';
export {
  type AuditEvidence,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerdict,
  verifyAudit,
} from './verify-audit.js';
