import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { StoredProposalPayload } from "@/lib/data/proposal-payload";
import type { QuotedTotal } from "@/lib/narrative/quoted-total";

// Timestamps are stored as epoch milliseconds so ordering and range filters stay cheap and the
// same columns map to `timestamp` on PostgreSQL.
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
const createdAt = () => timestamp("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () => timestamp("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const ROLES = ["officer", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_KINDS = ["central", "province", "public", "international"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/* ----------------------------------------------------------------------------------------------
 * Registries: departments and awarding bodies. Both keep their former names with the date of the
 * change, so a record is always shown under the name it was published with.
 * -------------------------------------------------------------------------------------------- */

export const departments = sqliteTable("departments", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  sortOrder: integer("sort_order").notNull().default(0),
  // Inactive: no longer offered for new records; old records keep showing it.
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  deactivatedAt: timestamp("deactivated_at"),
  // A reorganisation ended it (merged or split) from this day (YYYY-MM-DD): its records moved to the
  // surviving departments, each keeping this department's name as published (award_departments).
  endedOn: text("ended_on"),
  // The department it was merged into; null when it was split or is still in use.
  mergedInto: integer("merged_into"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const departmentNames = sqliteTable(
  "department_names",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    name: text("name").notNull(),
    // The name applied to records dated before this day (YYYY-MM-DD).
    usedUntil: text("used_until").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("department_names_department_idx").on(t.departmentId, t.usedUntil)],
);

/** Other spellings of a department found in source documents ("통합일자리 지원단"). */
export const departmentAliases = sqliteTable("department_aliases", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  departmentId: integer("department_id")
    .notNull()
    .references(() => departments.id),
  alias: text("alias").notNull().unique(),
});

export const agencies = sqliteTable(
  "agencies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull().unique(),
    kind: text("kind", { enum: AGENCY_KINDS }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    // Inactive: no longer offered for new awards; awards already given by it keep showing it.
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    deactivatedAt: timestamp("deactivated_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("agencies_kind_idx").on(t.kind),
    // The awards list sorted by body walks the bodies in this order (lib/data/public-awards.ts).
    index("agencies_display_order_idx").on(t.sortOrder, t.name),
  ],
);

export const agencyNames = sqliteTable(
  "agency_names",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    name: text("name").notNull(),
    usedUntil: text("used_until").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("agency_names_agency_idx").on(t.agencyId, t.usedUntil)],
);

/* ----------------------------------------------------------------------------------------------
 * People and sessions
 * -------------------------------------------------------------------------------------------- */

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    // Bumped on deactivation and on any password change: every token carrying an older value is
    // refused, which is how sessions end without a session table. (A department move needs no bump:
    // the viewer is read from this row on every request.)
    sessionVersion: integer("session_version").notNull().default(0),
    lastLoginAt: timestamp("last_login_at"),
    // Where notices by e-mail go, given by the person themselves; personal data (see the privacy page).
    email: text("email"),
    // Notices are sent only to those who asked for them.
    notify: integer("notify", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("users_department_idx").on(t.departmentId)],
);

export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    success: integer("success", { mode: "boolean" }).notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [
    index("login_attempts_username_idx").on(t.username, t.at),
    index("login_attempts_ip_idx").on(t.ip, t.at),
    // Rows older than the retention period are pruned (lib/data/login-attempts.ts).
    index("login_attempts_at_idx").on(t.at),
  ],
);

/**
 * Refused attempts (locked account, limited address), counted rather than stored one by one: a
 * flood adds to one row per kind, key and window instead of a row per request.
 */
export const loginRefusals = sqliteTable(
  "login_refusals",
  {
    kind: text("kind", { enum: ["locked", "rate_limited"] }).notNull(),
    key: text("key").notNull(),
    windowStart: timestamp("window_start").notNull(),
    count: integer("count").notNull().default(1),
    lastAt: timestamp("last_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key, t.windowStart] })],
);

/**
 * A staff account's one-time-code (TOTP) secret, encrypted with a key derived from the auth
 * secret. `confirmedAt` is null until the first code proves the authenticator has it; `lastStep`
 * is the last time step used, so a code cannot be replayed within its window.
 */
export const userTwoFactor = sqliteTable("user_two_factor", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  secretEncrypted: text("secret_encrypted").notNull(),
  confirmedAt: timestamp("confirmed_at"),
  lastStep: integer("last_step").notNull().default(0),
  createdAt: createdAt(),
});

/** Single-use recovery codes, stored as keyed hashes; `usedAt` marks one spent. */
export const userRecoveryCodes = sqliteTable(
  "user_recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at"),
  },
  (t) => [uniqueIndex("user_recovery_codes_hash_idx").on(t.userId, t.codeHash)],
);

/* ----------------------------------------------------------------------------------------------
 * Awards: the published record. Officers' proposals live in `submissions` until approved, so the
 * public always reads these rows and nothing else.
 * -------------------------------------------------------------------------------------------- */

/** 1 for an award without an incentive: the first sort key that puts them last (portable SQL). */
const awardsWithoutIncentiveLast = sql`(case when incentive_won is null then 1 else 0 end)`;

export const awards = sqliteTable(
  "awards",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    grade: text("grade"),
    // Integer won; null is the document's "-" (no incentive), which sums as 0.
    incentiveWon: integer("incentive_won"),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    // 수상일 as an ISO date (YYYY-MM-DD), when the office recorded it; the source document gives none.
    awardedOn: text("awarded_on"),
    // 비고: the office's remark on the award.
    remarks: text("remarks"),
    // Position in the source document, so the seeded record can be listed as printed.
    sourceOrder: integer("source_order"),
    // Precomputed by db/award-search.ts from lib/search/normalize.ts on every write of the award or
    // of a name it shows: the normalised text a search matches (title, grade, body and department
    // names as published, the title's initial consonants) and the title's natural order key.
    searchText: text("search_text"),
    titleSort: text("title_sort"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    updatedBy: integer("updated_by").references(() => users.id),
    deletedAt: timestamp("deleted_at"),
    deletedBy: integer("deleted_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Every list and total reads live rows only (deleted_at is null). The two indexes that carry
    // incentive_won are partial on live rows, so a count and incentive sum by year, by body or
    // over everything is read from the index alone (benchmarked at 100,000 awards, scripts/bench).
    index("awards_year_incentive_idx").on(t.year, t.incentiveWon).where(sql`${t.deletedAt} is null`),
    index("awards_year_title_sort_idx").on(t.year, t.titleSort),
    // Not partial: the next source_order of a year counts deleted rows too.
    index("awards_year_source_order_idx").on(t.year, t.sourceOrder),
    index("awards_agency_year_idx").on(t.agencyId, t.year, t.incentiveWon).where(sql`${t.deletedAt} is null`),
    index("awards_grade_year_idx").on(t.grade, t.year),
    // Awards without an incentive come last in both directions (lib/data/award-order.ts): one index
    // per direction, since the no-incentive key ascends while the amount ascends or descends.
    index("awards_incentive_asc_idx").on(awardsWithoutIncentiveLast, t.incentiveWon),
    index("awards_incentive_desc_idx").on(awardsWithoutIncentiveLast, sql`incentive_won desc`),
    index("awards_title_sort_idx").on(t.titleSort),
    // Only the trash lists deleted rows. Partial, so `deleted_at is null` (nearly every row) is
    // never taken for a selective condition, which made SQLite sort 100,000 rows per page.
    index("awards_deleted_idx").on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
  ],
);

/**
 * Evidence for an award or a proposal: the 공문 or a scan of the 상장. The bytes are in the upload
 * storage (lib/storage), under a key generated there; the row says what they are and who may read
 * them. The public learns only that evidence exists unless a planner marks it public.
 */
export const evidenceFiles = sqliteTable(
  "evidence_files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    awardId: integer("award_id").references(() => awards.id),
    submissionId: integer("submission_id").references(() => submissions.id),
    storageKey: text("storage_key").notNull().unique(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    // The name as uploaded, for people to recognise; never used as a path.
    fileName: text("file_name").notNull(),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    // The department the evidence belongs to, so the one permission rule (own department) applies.
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("evidence_award_idx").on(t.awardId), index("evidence_submission_idx").on(t.submissionId)],
);

export const awardDepartments = sqliteTable(
  "award_departments",
  {
    awardId: integer("award_id")
      .notNull()
      .references(() => awards.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    // The department the award was published under, when a reorganisation moved it to another one:
    // its name (at the award's year) is what the award keeps showing. Null: the same as department_id.
    publishedAs: integer("published_as").references(() => departments.id),
  },
  (t) => [
    primaryKey({ columns: [t.awardId, t.departmentId] }),
    index("award_departments_department_idx").on(t.departmentId, t.awardId),
  ],
);

/** Pairs a planner has confirmed are different awards, so the duplicate check stops flagging them. */
export const distinctAwardPairs = sqliteTable(
  "distinct_award_pairs",
  {
    awardIdLow: integer("award_id_low")
      .notNull()
      .references(() => awards.id),
    awardIdHigh: integer("award_id_high")
      .notNull()
      .references(() => awards.id),
    markedBy: integer("marked_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.awardIdLow, t.awardIdHigh] })],
);

/* ----------------------------------------------------------------------------------------------
 * Years: the 2022 baseline is kept as totals only; a closed year refuses edits until reopened.
 * -------------------------------------------------------------------------------------------- */

export const YEAR_STATUSES = ["open", "closed"] as const;

export const years = sqliteTable("years", {
  year: integer("year").primaryKey(),
  status: text("status", { enum: YEAR_STATUSES }).notNull().default("open"),
  // Only for years recorded as totals without per-award rows (2022).
  baselineAwardCount: integer("baseline_award_count"),
  baselineIncentiveWon: integer("baseline_incentive_won"),
  version: integer("version").notNull().default(1),
  updatedAt: updatedAt(),
});

export const yearEvents = sqliteTable(
  "year_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year")
      .notNull()
      .references(() => years.year),
    kind: text("kind", { enum: ["closed", "reopened"] }).notNull(),
    reason: text("reason"),
    actorId: integer("actor_id").references(() => users.id),
    at: timestamp("at").notNull(),
  },
  (t) => [index("year_events_year_idx").on(t.year, t.at)],
);

/* ----------------------------------------------------------------------------------------------
 * Policy areas, their narrative points, and KPI figures with their history of values.
 * -------------------------------------------------------------------------------------------- */

export const policyAreas = sqliteTable("policy_areas", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  sortOrder: integer("sort_order").notNull(),
});

/**
 * A year's edition of the page: its areas' headlines and order (edition_areas) and its narrative
 * points (policy_points.year). Its KPI figures and awards are already keyed by year or period. A draft
 * is the planner's: visitors see an edition only once it is published, and what is published after
 * `firstPublishedAt` is the edition's public change log (built from the audit log).
 */
export const EDITION_STATUSES = ["draft", "published"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const editions = sqliteTable("editions", {
  year: integer("year")
    .primaryKey()
    .references(() => years.year),
  status: text("status", { enum: EDITION_STATUSES }).notNull().default("draft"),
  firstPublishedAt: timestamp("first_published_at"),
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** An area as one edition shows it: the policy area (which KPIs belong to) with that year's headline. */
export const editionAreas = sqliteTable(
  "edition_areas",
  {
    year: integer("year")
      .notNull()
      .references(() => editions.year),
    areaId: integer("area_id")
      .notNull()
      .references(() => policyAreas.id),
    title: text("title").notNull(),
    sortOrder: integer("sort_order").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.year, t.areaId] }), index("edition_areas_order_idx").on(t.year, t.sortOrder)],
);

export const policyPoints = sqliteTable(
  "policy_points",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // The edition the point belongs to.
    year: integer("year")
      .notNull()
      .references(() => editions.year),
    areaId: integer("area_id")
      .notNull()
      .references(() => policyAreas.id),
    parentId: integer("parent_id"),
    text: text("text").notNull(),
    // The totals the sentence quotes, when it quotes some: the page dates them and sets the live
    // figures beside them, and the review screen warns when an approval would make them differ.
    quotesTotal: text("quotes_total", { mode: "json" }).$type<QuotedTotal>(),
    sortOrder: integer("sort_order").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("policy_points_edition_idx").on(t.year, t.areaId, t.sortOrder)],
);

export const MONEY_STYLES = ["eok", "man", "jo"] as const;
export type MoneyStyle = (typeof MONEY_STYLES)[number];

export const kpis = sqliteTable(
  "kpis",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    areaId: integer("area_id")
      .notNull()
      .references(() => policyAreas.id),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    // True when the source names no owner and the county gave the KPI to a department to keep it up to
    // date: staff see the department, the public does not see it presented as the source's fact.
    ownerAssigned: integer("owner_assigned", { mode: "boolean" }).notNull().default(false),
    name: text("name").notNull(),
    // "원" for money (value in integer won, shown as 억원/만원/조원 by moneyStyle), else the unit as printed.
    unit: text("unit").notNull(),
    moneyStyle: text("money_style", { enum: MONEY_STYLES }),
    targetValue: text("target_value"),
    targetLabel: text("target_label"),
    source: text("source").notNull(),
    headline: integer("headline", { mode: "boolean" }).notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [index("kpis_area_idx").on(t.areaId, t.sortOrder), index("kpis_department_idx").on(t.departmentId)],
);

/** What a figure's period is; lib/validations/period.ts reads and writes it (the one period model). */
export const PERIOD_KINDS = ["year", "half", "quarter", "month", "span", "date", "none"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const kpiValues = sqliteTable(
  "kpi_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kpiId: integer("kpi_id")
      .notNull()
      .references(() => kpis.id),
    // The period as shown ("2023 상반기", "2016 ~ 2023", "출처에 기간 표시 없음"), its kind, its first and
    // last point ("2016", "2023-H1", "2023-Q3", "2023-05", "2023-05-03"; null for "none") and a
    // sortable end ("2023-06"; null when the source gives no period).
    period: text("period").notNull(),
    periodKind: text("period_kind", { enum: PERIOD_KINDS }).notNull(),
    periodFrom: text("period_from"),
    periodTo: text("period_to"),
    periodEnd: text("period_end"),
    // Exact decimal as text: "70.5", "1.107", "1219000000000". Never a float in storage.
    value: text("value").notNull(),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    updatedBy: integer("updated_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [
    uniqueIndex("kpi_values_kpi_period_uq").on(t.kpiId, t.period).where(sql`${t.deletedAt} is null`),
    index("kpi_values_kpi_end_idx").on(t.kpiId, t.periodEnd),
  ],
);

/** Comparisons ("도내 2위") and reference values ("전국 0.778명") printed beside a figure. */
export const kpiValueNotes = sqliteTable(
  "kpi_value_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kpiValueId: integer("kpi_value_id")
      .notNull()
      .references(() => kpiValues.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["comparison", "reference"] }).notNull(),
    label: text("label").notNull(),
    value: text("value"),
    unit: text("unit"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("kpi_value_notes_value_idx").on(t.kpiValueId, t.sortOrder)],
);

/* ----------------------------------------------------------------------------------------------
 * Review workflow: an officer's change waits here; approving applies it to the published rows.
 * -------------------------------------------------------------------------------------------- */

export const SUBMISSION_ENTITY_TYPES = ["award", "kpi_value", "policy_point", "kpi"] as const;
export const SUBMISSION_ACTIONS = ["create", "update", "delete"] as const;
export const SUBMISSION_STATUSES = ["pending", "returned", "approved", "withdrawn"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityType: text("entity_type", { enum: SUBMISSION_ENTITY_TYPES }).notNull(),
    // Null for a proposal to create a record that does not exist yet.
    entityId: integer("entity_id"),
    action: text("action", { enum: SUBMISSION_ACTIONS }).notNull(),
    // The proposed record as JSON, validated by the same zod schema as the form. Its shape per
    // (entity_type, action) is read and written only by lib/data/proposals.
    payload: text("payload", { mode: "json" }).$type<StoredProposalPayload>().notNull(),
    // What the proposal changes, named even before it exists ("kpi:3:2024 상반기" for a new period),
    // so one unique index keeps one open proposal per target. Null for a new award: each is its own.
    target: text("target"),
    // The published record's version the proposal was made against.
    baseVersion: integer("base_version"),
    year: integer("year").notNull(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("pending"),
    submittedBy: integer("submitted_by")
      .notNull()
      .references(() => users.id),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at"),
    reviewNote: text("review_note"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One open proposal per record; "editing again updates it".
    uniqueIndex("submissions_open_per_entity_uq")
      .on(t.entityType, t.entityId)
      .where(sql`${t.status} in ('pending', 'returned') and ${t.entityId} is not null`),
    uniqueIndex("submissions_open_per_target_uq")
      .on(t.target)
      .where(sql`${t.status} in ('pending', 'returned') and ${t.target} is not null`),
    index("submissions_status_idx").on(t.status, t.createdAt),
    index("submissions_department_idx").on(t.departmentId, t.status),
    index("submissions_submitter_idx").on(t.submittedBy, t.status),
  ],
);

/* ----------------------------------------------------------------------------------------------
 * The organisation that runs this site: one row, written by the demo seed or `npm run setup` and
 * edited by an admin (/admin/organisation). Every page title, heading, footer, export and the API's
 * licence field read it through lib/data/organisation.ts, so no county's name lives in the code.
 * -------------------------------------------------------------------------------------------- */

export const KOGL_TYPES = [1, 2, 3, 4] as const;
export type KoglType = (typeof KOGL_TYPES)[number];

export const organisation = sqliteTable("organisation", {
  // Always 1: there is one organisation per installation.
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
  // The label of the "province" kind of awarding body (충청북도).
  province: text("province").notNull(),
  // The office that reviews and publishes (기획감사실, 기획예산실, 기획조정실).
  reviewOffice: text("review_office").notNull(),
  address: text("address").notNull().default(""),
  phone: text("phone").notNull().default(""),
  // The review office's own line, shown on public pages beside its name as the contact for the figures.
  reviewOfficePhone: text("review_office_phone").notNull().default(""),
  koglType: integer("kogl_type").notNull().default(4),
  // What the 출처 line names (진천군 「주요 군정 성과」).
  sourceTitle: text("source_title").notNull(),
  privacyOfficerName: text("privacy_officer_name").notNull().default(""),
  privacyOfficerDepartment: text("privacy_officer_department").notNull().default(""),
  privacyOfficerContact: text("privacy_officer_contact").notNull().default(""),
  // The day the privacy policy as shown took effect (YYYY-MM-DD).
  privacyEffectiveOn: text("privacy_effective_on").notNull(),
  // Key of the uploaded logo in lib/storage (null: no logo), and its content type.
  logoKey: text("logo_key"),
  logoType: text("logo_type"),
  // The four-eyes rule: a planner's own change to published figures waits for another planner's approval.
  fourEyes: integer("four_eyes", { mode: "boolean" }).notNull().default(false),
  version: integer("version").notNull().default(1),
  updatedAt: updatedAt(),
});

/* ----------------------------------------------------------------------------------------------
 * Audit log: append-only. No code path updates or deletes these rows.
 * -------------------------------------------------------------------------------------------- */

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    // Snapshot, so the log still reads right after an account is renamed or deactivated.
    actorName: text("actor_name"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    departmentId: integer("department_id").references(() => departments.id),
    before: text("before"),
    after: text("after"),
    note: text("note"),
    ip: text("ip"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at),
    index("audit_log_department_idx").on(t.departmentId, t.at),
  ],
);

/* ----------------------------------------------------------------------------------------------
 * Publication revisions: one row per public cache tag (lib/cache-tags.ts). Every publishing
 * transaction sets its tags' revision to a fresh random token (lib/data/audit-writer.ts), so the
 * database itself records what was published. Cached pages and data remember the revisions they
 * were rendered under and are served only while those still match (lib/cache/): a restart, a kill
 * between commit and expiry, a restore or a build on another database cannot bring back old figures.
 * Random tokens, not counters: a restored older database must never match what was cached since.
 * -------------------------------------------------------------------------------------------- */

export const publicationRevisions = sqliteTable("publication_revisions", {
  tag: text("tag").primaryKey(),
  revision: text("revision").notNull(),
});

/* ----------------------------------------------------------------------------------------------
 * Import batches: one published import, so it can be undone as a whole
 * -------------------------------------------------------------------------------------------- */

export const importBatches = sqliteTable("import_batches", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  fileName: text("file_name").notNull(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  addedCount: integer("added_count").notNull(),
  updatedCount: integer("updated_count").notNull(),
  undoneAt: timestamp("undone_at"),
  undoneBy: integer("undone_by").references(() => users.id),
});

export const IMPORT_ROW_KINDS = ["add", "update"] as const;

/** Each award an import added or changed: what it was before, and the version the import left it at. */
export const importBatchRows = sqliteTable(
  "import_batch_rows",
  {
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    awardId: integer("award_id")
      .notNull()
      .references(() => awards.id),
    kind: text("kind", { enum: IMPORT_ROW_KINDS }).notNull(),
    // The award's content before an update (AwardContent as JSON); null for an added award.
    before: text("before"),
    versionAfter: integer("version_after").notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.awardId] })],
);

/* ----------------------------------------------------------------------------------------------
 * Types
 * -------------------------------------------------------------------------------------------- */

export type User = typeof users.$inferSelect;
export type Year = typeof years.$inferSelect;
export type Edition = typeof editions.$inferSelect;
export type PolicyPoint = typeof policyPoints.$inferSelect;
export type YearEvent = typeof yearEvents.$inferSelect;
export type Kpi = typeof kpis.$inferSelect;
export type KpiValue = typeof kpiValues.$inferSelect;
export type Submission = typeof submissions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Organisation = typeof organisation.$inferSelect;
