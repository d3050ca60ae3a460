import type { Generated } from 'kysely';
import type { IncidentEventsTable, IncidentStepsTable, IncidentsTable } from './incident-tables.js';

/** The tables, as kysely sees them. Migrations in migrations/ create them on both engines. */
export interface Database {
  conversation_references: {
    channel: string;
    user_id: string;
    conversation_id: string;
    conversation_kind: string;
    aad_object_id: string | null;
    name: string | null;
    /** The channel's conversation reference, as JSON. */
    reference: string;
    updated_at: string;
  };
  answers: {
    id: string;
    channel: string;
    user_id: string;
    conversation_id: string;
    policy: string;
    language: string;
    decision: string;
    class: string | null;
    action: string | null;
    asset_id: string | null;
    situation_id: string | null;
    created_at: string;
  };
  feedback: {
    answer_id: string;
    channel: string;
    user_id: string;
    helpful: number;
    created_at: string;
  };
  schools: { id: string; name: string; created_at: string };
  /** Conversations welcomed (once each, until the app is removed from them). */
  welcomes: { channel: string; conversation_id: string; welcomed_at: string };
  users: {
    id: string;
    email: string;
    name: string;
    school_id: string | null;
    role: string;
    teams_aad_object_id: string | null;
    google_user_id: string | null;
    active: number;
    updated_at: string;
    /** When the roster stopped listing them (`roster import --removals apply`); they stay, inactive. */
    left_at?: string | null;
  };
  delegations: { id: string; principal_id: string; delegate_id: string; starts_on: string; ends_on: string; created_at: string };
  permits: {
    id: string;
    /** permit (個別許可), consult (原則禁止: 相談), exception (6-3 例外措置). */
    kind: string;
    /** pending → approved | rejected | cancelled; an approved take-out → returned. */
    status: string;
    policy: string;
    school_id: string | null;
    requester_id: string;
    approver_role: string;
    action: string;
    class: string | null;
    asset_id: string | null;
    asset_name: string | null;
    decision: string;
    purpose: string;
    destination: string | null;
    return_on: string | null;
    /** JSON: confirmations and declarations made on the form. */
    details: string;
    answer_id: string | null;
    decided_by: string | null;
    decided_at: string | null;
    decision_comment: string | null;
    returned_at: string | null;
    created_at: string;
    updated_at: string;
    /** A request nobody decided went on to this role (教頭, the board), at this time. */
    forwarded_to?: string | null;
    forwarded_at?: string | null;
    /** What closes it once approved: `return` (a take-out) or `disposal` (a disposal record). */
    closing?: string | null;
  };
  permit_events: { id: string; permit_id: string; type: string; actor_id: string | null; data: string; at: string };
  outbox: {
    id: string;
    dedupe_key: string;
    recipient_id: string;
    permit_id: string | null;
    kind: string;
    status: string;
    attempts: number;
    channel: string | null;
    conversation_id: string | null;
    activity_id: string | null;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
    /** JSON, for messages about findings: which ones. */
    payload?: string | null;
    /** Who is sending it (an instance id), and until when that claim holds. */
    claimed_by?: string | null;
    lease_until?: string | null;
    /** The incident a message is about (incident_* kinds). */
    incident_id?: string | null;
  };
  reminders: { id: string; permit_id: string; kind: string; due_at: string; status: string; done_at: string | null };
  /** 包括的許可 (2-2(8)②): a principal's standing permission for a teacher, or every staff member of the school. */
  standing_permissions: {
    id: string;
    policy: string;
    school_id: string;
    /** null: every staff member of the school. */
    grantee_id: string | null;
    granted_by: string;
    /** JSON arrays: classes; catalog items (null: all of those classes); actions. */
    classes: string;
    items: string | null;
    actions: string;
    starts_on: string;
    ends_on: string;
    note: string | null;
    /** active → revoked | ended (the grantee left). */
    status: string;
    revoked_by: string | null;
    revoked_at: string | null;
    revoke_reason: string | null;
    form_id: string | null;
    created_at: string;
  };
  /** 2-2(12), 第3表: how an approved disposal was done, who witnessed it, and a contractor's certificate. */
  disposal_records: {
    permit_id: string;
    disposed_on: string;
    performed_by: string;
    method: string;
    items: string;
    witness_id: string | null;
    contractor: string | null;
    certificate_due: string | null;
    certificate_received_at: string | null;
    certificate_received_by: string | null;
    recorded_by: string;
    recorded_at: string;
  };
  /** 2-2(4)③: information whose class mamoru could not tell, and the principal's decision. */
  class_questions: {
    id: string;
    policy: string;
    school_id: string | null;
    requester_id: string;
    answer_id: string;
    action: string | null;
    description: string;
    /** pending → decided | cancelled */
    status: string;
    class: string | null;
    decided_by: string | null;
    decided_at: string | null;
    comment: string | null;
    decided_answer_id: string | null;
    created_at: string;
  };
  audit_log: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    subject: string;
    data: string;
    prev_hash: string;
    hash: string;
    /** HMAC of the hash with the audit key (kept outside the database); null when written without one. */
    mac: string | null;
  };
  /** The chain's head: where it ends, and the HMAC of that (null without a key). */
  audit_head: { id: number; seq: number; hash: string; mac: string | null };
  incidents: IncidentsTable;
  incident_steps: IncidentStepsTable;
  incident_events: IncidentEventsTable;
  drives: {
    source: string;
    drive_id: string;
    kind: string;
    name: string;
    owner_email: string | null;
    /** The connector's cursor (Graph deltaLink, Drive start page token), committed after the drive's findings. */
    cursor: string | null;
    last_scan_at: string | null;
  };
  findings: {
    id: string;
    source: string;
    drive_id: string;
    item_id: string;
    name: string;
    path: string;
    web_url: string | null;
    owner_email: string | null;
    owner_id: string | null;
    school_id: string | null;
    class: string;
    confidence: number;
    /** JSON: the classifier's reasons (kinds, counts, masked samples; never contents). */
    reasons: string;
    /** anonymous | organization | users | private */
    sharing: string | null;
    version: string | null;
    /** open → resolved | false_positive | exception */
    status: string;
    status_by: string | null;
    status_at: string | null;
    /** The file version a person judged (a false positive is not reported again for it). */
    status_version: string | null;
    first_seen: string;
    last_seen: string;
    notified_at: string | null;
    resolved_at: string | null;
    resolution_notified_at: string | null;
    /** Set while an open finding's file cannot be read any more (a password, damage, its size …): why. */
    unreadable_reason?: string | null;
    unreadable_since?: string | null;
    /** When a digest said so; null while the principal has yet to hear of it. */
    unreadable_notified_at?: string | null;
  };
  /** One walk of one drive: listed by one job at a time, its files read by any worker. */
  drive_scans: {
    id: string;
    run_id: string;
    source: string;
    /** The source's index in the configuration (the worker builds its connector from it). */
    source_index: number;
    drive_id: string;
    /** The DriveRef, as JSON. */
    drive: string;
    /** listing → reading → done (cursor committed) | failed */
    state: string;
    /** The committed cursor the walk started from (null: a first, full listing). */
    from_cursor: string | null;
    /** Where the listing goes on from (the connector's token for the next page). */
    resume: string | null;
    /** The cursor the listing ended with: committed once every listed file is done. */
    to_cursor: string | null;
    /** 1 when the walk lists the whole drive (findings for files not seen are then resolved). */
    full: number;
    started_at: string;
    listed: number;
    batches: number;
    batches_sent: number;
    /** OCR time its files took, kept once they are dropped (the run's OCR budget). */
    ocr_ms: Generated<number>;
    error: string | null;
    finished_at: string | null;
  };
  drive_scan_items: {
    scan_id: string;
    item_id: string;
    batch: number;
    /** Higher is read first: the likeliest violations. */
    priority: number;
    /** The DriveItem, as JSON. */
    item: string;
    version: string;
    /** pending → done */
    state: string;
    claimed_by: string | null;
    claimed_until: string | null;
    /** Times it was claimed: a file that fails (or kills its reader) again and again fails its walk. */
    attempts: number;
    /** Requests the file took (downloads), for calls per file. */
    calls: number;
    ocr_ms: number;
    done_by: string | null;
    done_at: string | null;
  };
  /** Units spent per budget (a source of a tenant) per 10 s and per hour, by every process. */
  quota_usage: {
    budget: string;
    span: string;
    /** Epoch seconds the window starts at. */
    starts_at: number | string;
    used: number;
  };
  scan_runs: {
    id: string;
    source: string;
    status: string;
    started_at: string;
    finished_at: string | null;
    stats: string;
    error: string | null;
    /** Scale-out runs (one job per drive): how many drives, how many done. */
    drives_total: Generated<number>;
    drives_done: Generated<number>;
    /** A running run's heartbeat: past this, its process is gone and the run is `interrupted`. */
    lease_until?: string | null;
  };
}
