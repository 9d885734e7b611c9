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

// Version 8: each device's short tag (a projection), as the provisional codes of the dossiers it received show it
// (<commune>.<tag>-YYMMDD-NNNN), so the audit trail names a device the way its dossier codes do.
constexpr const char *kSchemaV8 = R"sql(
CREATE TABLE device_tags (
    device TEXT PRIMARY KEY,
    tag    TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr Migration kMigrations[] = {
    {1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}, {4, kSchemaV4},
    {5, kSchemaV5}, {6, kSchemaV6}, {7, kSchemaV7}, {8, kSchemaV8},
};

// The search tables (search_fts, search_docs, search_terms) are not here: SearchIndex::rebuildAll, which every
// replay of the log ends with, re-creates them (dropping the FTS5 table is far quicker than deleting its rows).
constexpr const char *kProjectionTables[] = {"dossier_conflicts",     "dossiers",   "applicants", "procedures", "users",
                                             "calendar_arrangements", "device_tags"};
} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int lastProjectionChange()
{
    return 8; // device_tags
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
