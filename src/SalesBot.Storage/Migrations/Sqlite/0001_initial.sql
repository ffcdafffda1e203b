-- SalesBot schema 1 for SQLite.
-- Times are INTEGER UTC ticks (100 ns since 0001-01-01): exact round trip of a DateTimeOffset, and they sort.
-- Enums are lower-case names ('entry', 'open', 'call'); completed_steps is a JSON array of step ids;
-- starting_price is decimal text in the invariant culture, so it stays exact.

CREATE TABLE conversation_states (
    conversation_key TEXT NOT NULL PRIMARY KEY,
    json             TEXT NOT NULL,
    version          INTEGER NOT NULL
) STRICT;

CREATE TABLE deals (
    id              TEXT NOT NULL PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    prospect        TEXT NOT NULL,
    stage           TEXT NOT NULL,
    status          TEXT NOT NULL,
    completed_steps TEXT NOT NULL,
    closed_reason   TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_deals_owner ON deals (tenant_id, user_id);

-- Append-only: a changed answer is a new version; the key refuses a version taken meanwhile.
CREATE TABLE answers (
    deal_id     TEXT NOT NULL REFERENCES deals (id),
    question_id TEXT NOT NULL,
    version     INTEGER NOT NULL,
    step_id     TEXT NOT NULL,
    value       TEXT NOT NULL,
    note        TEXT,
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY (deal_id, question_id, version)
) STRICT;

CREATE TABLE touches (
    id          INTEGER PRIMARY KEY,
    deal_id     TEXT NOT NULL REFERENCES deals (id),
    kind        TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;

CREATE INDEX ix_touches_deal ON touches (deal_id, occurred_at);

CREATE TABLE deal_events (
    id          INTEGER PRIMARY KEY,
    deal_id     TEXT NOT NULL REFERENCES deals (id),
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;

CREATE INDEX ix_deal_events_deal ON deal_events (deal_id, occurred_at);

CREATE TABLE user_profiles (
    tenant_id      TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    starting_price TEXT NOT NULL,
    currency       TEXT NOT NULL,
    locale         TEXT,
    time_zone      TEXT,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
) STRICT;
