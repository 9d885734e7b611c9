#include "core/store/schema.h"

namespace MotCua::Db
{

namespace
{
// Version 1: local metadata, the event log and its per-device chain heads, and the first projections.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,   -- local arrival order; not part of the canonical event
    id         TEXT NOT NULL UNIQUE,                -- UUIDv7
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    type       TEXT NOT NULL,
    payload    TEXT NOT NULL,                       -- canonical JSON
    actor      TEXT NOT NULL,
    device     TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    device_seq INTEGER NOT NULL,                    -- position in the device's hash chain, from 1
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'remote')),
    UNIQUE (device, device_seq)
);
CREATE INDEX events_entity ON events(entity, entity_id);
CREATE INDEX events_order ON events(hlc, device, id);

CREATE TABLE device_heads (
    device     TEXT PRIMARY KEY,
    device_seq INTEGER NOT NULL,
    hash       TEXT NOT NULL
) WITHOUT ROWID;

-- Projections: derived from events, rebuilt by `motcua-cli rebuild`.
CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    full_name    TEXT NOT NULL,
    roles        TEXT NOT NULL,       -- JSON array of role keys
    department   TEXT,
    password     TEXT NOT NULL,       -- Argon2id encoded hash
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE procedures (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    name_folded  TEXT NOT NULL,
    field        TEXT NOT NULL,
    decision     TEXT,
    time_limit   INTEGER,
    time_unit    TEXT NOT NULL,
    time_text    TEXT,
    fee_text     TEXT,
    papers       TEXT NOT NULL,       -- JSON array of paper names
    papers_known INTEGER NOT NULL,
    issues       TEXT NOT NULL,       -- JSON array of data-quality notes
    url          TEXT,
    active       INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE applicants (
    id           TEXT PRIMARY KEY,    -- "cid:<citizen id>" or the first dossier's id
    full_name    TEXT NOT NULL,
    name_folded  TEXT NOT NULL,
    citizen_id   TEXT UNIQUE,
    phone        TEXT,
    address      TEXT,
    first_dossier_at TEXT NOT NULL,
    last_dossier_at  TEXT NOT NULL,
    dossier_count    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE dossiers (
    id             TEXT PRIMARY KEY,  -- UUIDv7 of the dossier entity
    code           TEXT NOT NULL UNIQUE,
    code_provisional INTEGER NOT NULL,
    procedure_code TEXT NOT NULL REFERENCES procedures(code),
    procedure_name TEXT NOT NULL,
    applicant_id   TEXT NOT NULL REFERENCES applicants(id),
    applicant_name TEXT NOT NULL,
    citizen_id     TEXT,
    phone          TEXT,
    address        TEXT,
    channel        TEXT NOT NULL CHECK (channel IN ('direct', 'online', 'post')),
    received_at    TEXT NOT NULL,     -- UTC ISO 8601
    received_by    TEXT NOT NULL REFERENCES users(id),
    due_at         TEXT NOT NULL,     -- UTC ISO 8601
    due_unit_assumed INTEGER NOT NULL,
    time_limit     INTEGER,
    time_unit      TEXT NOT NULL,
    papers         TEXT NOT NULL,     -- JSON array of the papers ticked as received
    state          TEXT NOT NULL,
    status_code    INTEGER NOT NULL,  -- national portal TrangThaiHoSo 1-10
    search_folded  TEXT NOT NULL,     -- folded code, applicant, procedure for the simple filter
    updated_hlc    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX dossiers_received ON dossiers(received_at DESC, id DESC);
CREATE INDEX dossiers_state ON dossiers(state, received_at DESC, id DESC);
CREATE INDEX dossiers_applicant ON dossiers(applicant_id);
CREATE INDEX dossiers_citizen ON dossiers(citizen_id, procedure_code);
)sql";

// Version 2: the government's yearly holiday arrangements, published by the province (or imported) as events.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE calendar_arrangements (
    year    INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    days    TEXT NOT NULL          -- JSON array of {"date","name","kind"}
);
)sql";

// Version 3: the dossier workflow (hand-overs, supplements, results, apologies) and fold conflicts.
constexpr const char *kSchemaV3 = R"sql(
ALTER TABLE dossiers ADD COLUMN assignee TEXT;              -- user id holding the dossier now
ALTER TABLE dossiers ADD COLUMN assignee_name TEXT;
ALTER TABLE dossiers ADD COLUMN department TEXT;
ALTER TABLE dossiers ADD COLUMN supplement_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN paused_at TEXT;             -- supplement requested, clock paused since
ALTER TABLE dossiers ADD COLUMN original_due_at TEXT;       -- the appointment given at reception (statistics)
ALTER TABLE dossiers ADD COLUMN new_due_at TEXT;            -- the new appointment of an apology (shown to the citizen)
ALTER TABLE dossiers ADD COLUMN ended_at TEXT;              -- finished, rejected, refused, withdrawn or stopped
ALTER TABLE dossiers ADD COLUMN returned_at TEXT;
ALTER TABLE dossiers ADD COLUMN return_how TEXT;
ALTER TABLE dossiers ADD COLUMN outcome_reason TEXT;
ALTER TABLE dossiers ADD COLUMN duplicate_of TEXT;          -- refused as a duplicate of this dossier code
ALTER TABLE dossiers ADD COLUMN duplicate_reason TEXT;      -- received although another was open, and why
CREATE INDEX dossiers_assignee ON dossiers(assignee, state);
CREATE INDEX dossiers_due ON dossiers(state, due_at);

-- Events that were not valid in the state the fold reached (two counters acted on the same dossier offline).
-- They stay in the log; a person resolves them.
CREATE TABLE dossier_conflicts (
    event_id   TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    state      TEXT NOT NULL,
    detail     TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 4: local login failures for the lockout (per device, never synced, not a projection).
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE login_failures (
    username     TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    last_failure TEXT NOT NULL,
    locked_until TEXT
) WITHOUT ROWID;
)sql";

// Version 5: the search index (a projection). search_docs holds what is shown; search_fts the folded text that is
// matched (case, diacritics, đ and tone placement already folded away), sharing its rowid. A Vietnamese sort key
// for applicants.
// The search index's FTS5 table, as created by version 5 and re-created by a full rebuild of the index.
#define MOTCUA_SEARCH_FTS                                                                                              \
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61', prefix = '1 2 3')"
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE search_docs (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL,       -- dossier, applicant, procedure (later: incoming, outgoing, attachment)
    ref   TEXT NOT NULL,       -- the record's id (procedure: its code)
    title TEXT NOT NULL,       -- display text, diacritics kept
    body  TEXT NOT NULL,
    UNIQUE (kind, ref)
);
)sql" MOTCUA_SEARCH_FTS R"sql(;
ALTER TABLE applicants ADD COLUMN sort_key BLOB;
CREATE INDEX applicants_sort ON applicants(sort_key);
)sql";

// Version 6: the search vocabulary (a projection): every indexed word with a letter, so a typed prefix longer than
// FTS5's prefix indexes becomes an OR of whole words, which FTS5 reads newest first and stops early, instead of a
// prefix scan that merges every matching word's whole list first. The applicant's sort key is written with the row.
// search_docs' (kind, ref) key becomes a named index, so a full rebuild can drop it while it appends two million
// documents and build it once at the end (random inserts into it were a third of the rebuild's time at 1M).
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;
DROP TABLE search_docs;
DELETE FROM search_fts;
CREATE TABLE search_docs (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL,       -- dossier, applicant, procedure (later: incoming, outgoing, attachment)
    ref   TEXT NOT NULL,       -- the record's id (procedure: its code)
    title TEXT NOT NULL,       -- display text, diacritics kept
    body  TEXT NOT NULL
);
CREATE UNIQUE INDEX search_docs_ref ON search_docs(kind, ref);
)sql";

// Version 7: the file says it is a MotCua store (SQLite header application_id "MCUA"), so a foreign SQLite file is
// never mistaken for one.
constexpr const char *kSchemaV7 = R"sql(
PRAGMA application_id = 1296258369;
)sql";

// Version 10: a store that folds other counters' events in any order. Projections are per record and carry no
// foreign keys (a dossier may arrive before the account of the person who received it; the fold, not the schema,
// keeps them consistent). A user name and a dossier code are held by their first claimant in fold order; a later
// claimant is kept, marked, and listed in `conflicts` with every other clash; devices and the office profile are
// records too. Every projection is rebuilt from the log after this step.
constexpr const char *kSchemaV10 = R"sql(
DROP TABLE dossier_conflicts;
DROP TABLE dossiers;
DROP TABLE users;
CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL,
    full_name    TEXT NOT NULL,
    roles        TEXT NOT NULL,       -- JSON array of role keys
    department   TEXT,
    password     TEXT NOT NULL,       -- Argon2id encoded hash
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    username_conflict INTEGER NOT NULL DEFAULT 0,  -- 1: another account holds this user name (conflicts)
    claim_hlc    INTEGER NOT NULL,    -- the event that gave this account its user name, for who claimed it first
    claim_device TEXT NOT NULL,
    claim_event  TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX users_username ON users(username) WHERE username_conflict = 0;
CREATE INDEX users_claims ON users(username, claim_hlc);

CREATE TABLE dossiers (
    id             TEXT PRIMARY KEY,  -- UUIDv7 of the dossier entity
    code           TEXT NOT NULL,
    code_provisional INTEGER NOT NULL,
    code_conflict  INTEGER NOT NULL DEFAULT 0,  -- 1: an earlier dossier holds this code (conflicts)
    procedure_code TEXT NOT NULL,
    procedure_name TEXT NOT NULL,
    applicant_id   TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    citizen_id     TEXT,
    phone          TEXT,
    address        TEXT,
    channel        TEXT NOT NULL CHECK (channel IN ('direct', 'online', 'post')),
    received_at    TEXT NOT NULL,     -- UTC ISO 8601
    received_by    TEXT NOT NULL,     -- user id
    received_hlc   INTEGER NOT NULL,  -- the DossierReceived event's place in fold order
    received_device TEXT NOT NULL,
    received_event TEXT NOT NULL,
    due_at         TEXT NOT NULL,     -- UTC ISO 8601
    due_unit_assumed INTEGER NOT NULL,
    time_limit     INTEGER,
    time_unit      TEXT NOT NULL,
    papers         TEXT NOT NULL,     -- JSON array of the papers ticked as received
    state          TEXT NOT NULL,
    status_code    INTEGER NOT NULL,  -- national portal TrangThaiHoSo 1-10
    search_folded  TEXT NOT NULL,     -- folded code, applicant, procedure for the simple filter
    updated_hlc    INTEGER NOT NULL,
    assignee       TEXT,              -- user id holding it now
    assignee_name  TEXT,
    department     TEXT,
    supplement_count INTEGER NOT NULL DEFAULT 0,
    paused_at      TEXT,              -- supplement requested, clock paused since
    original_due_at TEXT,             -- the appointment given at reception (statistics)
    new_due_at     TEXT,              -- the new appointment of an apology (shown to the citizen)
    ended_at       TEXT,              -- finished, rejected, refused, withdrawn or stopped
    returned_at    TEXT,
    return_how     TEXT,
    outcome_reason TEXT,
    duplicate_of   TEXT,              -- refused as a duplicate of this dossier code
    duplicate_reason TEXT             -- received although another was open, and why
) WITHOUT ROWID;
CREATE UNIQUE INDEX dossiers_code ON dossiers(code) WHERE code_conflict = 0;
CREATE INDEX dossiers_codes ON dossiers(code);
CREATE INDEX dossiers_received ON dossiers(received_at DESC, id DESC);
CREATE INDEX dossiers_state ON dossiers(state, received_at DESC, id DESC);
CREATE INDEX dossiers_applicant ON dossiers(applicant_id, received_at, id);
CREATE INDEX dossiers_citizen ON dossiers(citizen_id, procedure_code);
CREATE INDEX dossiers_assignee ON dossiers(assignee, state);
CREATE INDEX dossiers_due ON dossiers(state, due_at);

-- Clashes found while folding other counters' events: an action not valid in the folded state, a user name or a
-- dossier code claimed twice. The events stay in the log; a person decides (conflict_resolutions).
CREATE TABLE conflicts (
    id         TEXT PRIMARY KEY,      -- kind ':' the id of the event that did not take effect
    kind       TEXT NOT NULL,         -- dossier_action, username, dossier_code
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    detail     TEXT NOT NULL,         -- English, for logs and the CLI
    info       TEXT NOT NULL          -- JSON: what the wording needs (type, state, username, code, holder)
) WITHOUT ROWID;
CREATE INDEX conflicts_record ON conflicts(entity, entity_id);
CREATE TABLE conflict_resolutions (
    conflict_id TEXT PRIMARY KEY,
    resolved_by TEXT NOT NULL,
    resolved_at TEXT NOT NULL,
    note        TEXT NOT NULL,
    event_id    TEXT NOT NULL
) WITHOUT ROWID;

-- The counters of the commune: one name (the tag of their dossier codes) everywhere.
CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    tag           TEXT NOT NULL,
    label         TEXT NOT NULL,
    registered_at TEXT NOT NULL
) WITHOUT ROWID;

-- The office profile printed on slips, shared by the commune's counters.
CREATE TABLE office (
    commune     TEXT PRIMARY KEY,
    center_name TEXT NOT NULL,
    address     TEXT NOT NULL,
    hotline     TEXT NOT NULL,
    email       TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 11 (written as 9 on its branch, after 10 here so a store at 10 still runs it): the catalog's fee as an amount
// in đồng, the unit it is counted per, the portal's note on it and the rest of the channel's description (all whole);
// the "everyday" ranking hint (CatalogService::search); a time limit an administrator set (ProcedureTimeLimitSet), and
// who set it and when.
constexpr const char *kSchemaV11 = R"sql(
ALTER TABLE procedures ADD COLUMN fee_amount INTEGER;                     -- whole đồng; 0 free; NULL not known
ALTER TABLE procedures ADD COLUMN fee_unit TEXT;                          -- what the amount is per: "trang", ...
ALTER TABLE procedures ADD COLUMN fee_note TEXT;
ALTER TABLE procedures ADD COLUMN notes TEXT;                             -- the in-person channel's description
ALTER TABLE procedures ADD COLUMN everyday INTEGER NOT NULL DEFAULT 0;
ALTER TABLE procedures ADD COLUMN time_set_by TEXT;                       -- the administrator's user id
ALTER TABLE procedures ADD COLUMN time_set_at TEXT;                       -- UTC ISO 8601
)sql";

// Version 12: a dossier received under a provisional code keeps it when the province allots its official one
// (DossierCodeAssigned).
constexpr const char *kSchemaV12 = R"sql(
ALTER TABLE dossiers ADD COLUMN provisional_code TEXT;
CREATE INDEX dossiers_provisional_code ON dossiers(provisional_code) WHERE provisional_code IS NOT NULL;
)sql";

// Version 13: the official document registers (Decree 30/2020). Each document is one record folded from its events;
// `doc` holds the whole folded record as JSON (what the window and the CLI read), the other columns what lists, queues
// and registers select and sort by. An arrival number, or an outgoing number in its series, is held by its first
// claimant in fold order; a later one is kept, marked, and listed in `conflicts` (two counters numbering offline).
constexpr const char *kSchemaV13 = R"sql(
CREATE TABLE incoming_docs (
    id             TEXT PRIMARY KEY,
    year           INTEGER NOT NULL,
    arrival_number INTEGER NOT NULL,
    arrival_conflict INTEGER NOT NULL DEFAULT 0,
    claim_hlc      INTEGER NOT NULL,  -- the IncomingRegistered event, for who claimed the number first
    claim_device   TEXT NOT NULL,
    claim_event    TEXT NOT NULL,
    received_at    TEXT NOT NULL,     -- UTC ISO 8601
    urgency_rank   INTEGER NOT NULL,  -- 0 normal .. 3 flash
    state          TEXT NOT NULL,
    due_on         TEXT,              -- YYYY-MM-DD, the current deadline
    dup_key        TEXT NOT NULL,     -- folded number|symbol|agency, for the duplicate warning
    registered_by  TEXT NOT NULL,
    search_folded  TEXT NOT NULL,
    doc            TEXT NOT NULL,     -- the folded record (JSON)
    updated_hlc    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX incoming_number ON incoming_docs(year, arrival_number);
CREATE INDEX incoming_received ON incoming_docs(received_at DESC, id DESC);
CREATE INDEX incoming_state ON incoming_docs(state, due_on);
CREATE INDEX incoming_dup ON incoming_docs(dup_key);
-- Who the latest direction gave an incoming document to (the "mine to handle" queue).
CREATE TABLE incoming_assignees (
    doc_id     TEXT NOT NULL,
    slot       INTEGER NOT NULL,
    user_id    TEXT NOT NULL,         -- '' for a department without a named person
    department TEXT NOT NULL,
    lead       INTEGER NOT NULL,
    due_on     TEXT,
    PRIMARY KEY (doc_id, slot)
) WITHOUT ROWID;
CREATE INDEX incoming_assignee_user ON incoming_assignees(user_id, doc_id);
CREATE INDEX incoming_assignee_department ON incoming_assignees(department, doc_id);

CREATE TABLE outgoing_docs (
    id             TEXT PRIMARY KEY,
    series         TEXT NOT NULL,
    year           INTEGER NOT NULL,  -- the issue year once numbered, else the year it was drafted
    number         INTEGER NOT NULL,  -- 0 until numbered
    number_conflict INTEGER NOT NULL DEFAULT 0,
    claim_hlc      INTEGER NOT NULL DEFAULT 0, -- the OutgoingNumbered event
    claim_device   TEXT NOT NULL DEFAULT '',
    claim_event    TEXT NOT NULL DEFAULT '',
    symbol         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    urgency_rank   INTEGER NOT NULL,
    state          TEXT NOT NULL,
    related_to     TEXT,
    search_folded  TEXT NOT NULL,
    doc            TEXT NOT NULL,
    updated_hlc    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX outgoing_number ON outgoing_docs(series, year, number);
CREATE INDEX outgoing_created ON outgoing_docs(created_at DESC, id DESC);
CREATE INDEX outgoing_state ON outgoing_docs(state, created_at);
CREATE INDEX outgoing_related ON outgoing_docs(related_to) WHERE related_to IS NOT NULL;

-- The number series and abbreviations of the commune's registers (RegisterConfigSet), shared by its counters.
CREATE TABLE register_config (
    commune TEXT PRIMARY KEY,
    content TEXT NOT NULL             -- JSON
) WITHOUT ROWID;
)sql";

// Version 14 (13 is the document registers'): attachments of dossiers and documents (their bytes are files named by
// their SHA-256 under <data dir>/attachments; these rows are their metadata), and the text read from each blob (OCR or
// a PDF's own text layer), which travels as BlobTextExtracted events so a scan is read once for every counter.
constexpr const char *kSchemaV14 = R"sql(
CREATE TABLE attachments (
    id           TEXT PRIMARY KEY,    -- UUIDv7 of the attachment entity
    owner_entity TEXT NOT NULL,       -- dossier, incoming, outgoing
    owner_id     TEXT NOT NULL,
    sha256       TEXT NOT NULL,       -- the blob: <data dir>/attachments/<first two hex>/<sha256>
    size         INTEGER NOT NULL,
    mime         TEXT NOT NULL,       -- application/pdf, image/png, image/jpeg, image/tiff
    file_name    TEXT NOT NULL,       -- the original name, as text to show; never a path
    added_at     TEXT NOT NULL,       -- UTC ISO 8601
    added_by     TEXT NOT NULL,       -- user id
    removed      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX attachments_owner ON attachments(owner_entity, owner_id, added_at);
CREATE INDEX attachments_sha ON attachments(sha256);
CREATE TABLE blob_texts (
    sha256 TEXT PRIMARY KEY,
    state  TEXT NOT NULL,             -- done, failed
    text   TEXT NOT NULL,
    engine TEXT NOT NULL,             -- tesseract, pdftotext
    pages  INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 15: reports select the dossiers whose processing ended in a period (ReportService).
constexpr const char *kSchemaV15 = R"sql(
CREATE INDEX IF NOT EXISTS dossiers_ended ON dossiers(ended_at);
)sql";

// Version 16: reports and the dashboard. The dossiers still open, with what the report counts of them (a partial index:
// small in an office whose dossiers end, and a covering read when a store holds many open ones); results by the day
// they were handed back; a person's own dossiers ("mine": received by them or held by them).
constexpr const char *kSchemaV16 = R"sql(
CREATE INDEX IF NOT EXISTS dossiers_open ON dossiers(received_at, due_at, paused_at, supplement_count, procedure_code,
    received_by, channel, received_device, ended_at) WHERE ended_at IS NULL;
CREATE INDEX IF NOT EXISTS dossiers_returned ON dossiers(returned_at) WHERE returned_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS dossiers_receiver ON dossiers(received_by, state, due_at);
)sql";

constexpr Migration kMigrations[] = {
    {1, kSchemaV1},   {2, kSchemaV2},   {3, kSchemaV3},   {4, kSchemaV4},   {5, kSchemaV5},
    {6, kSchemaV6},   {7, kSchemaV7},   {10, kSchemaV10}, {11, kSchemaV11}, {12, kSchemaV12},
    {13, kSchemaV13}, {14, kSchemaV14}, {15, kSchemaV15}, {16, kSchemaV16},
};

// The search tables (search_fts, search_docs, search_terms) are not here: SearchIndex::rebuildAll, which every
// replay of the log ends with, re-creates them (dropping the FTS5 table is far quicker than deleting its rows).
constexpr const char *kProjectionTables[] = {"conflicts",
                                             "conflict_resolutions",
                                             "dossiers",
                                             "applicants",
                                             "procedures",
                                             "users",
                                             "calendar_arrangements",
                                             "devices",
                                             "office",
                                             "incoming_docs",
                                             "incoming_assignees",
                                             "outgoing_docs",
                                             "register_config",
                                             "attachments",
                                             "blob_texts"};
} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int lastProjectionChange()
{
    return 14;
}

const char *searchFtsSchema()
{
    return MOTCUA_SEARCH_FTS;
}

std::span<const char *const> projectionTables()
{
    return kProjectionTables;
}

} // namespace MotCua::Db
