-- SalesBot schema 3 for SQLite: the nudge outbox and the user's nudge preferences.
-- id is the idempotency key (deal, kind and the moment that caused the nudge): planning a deal again never adds a
-- second row. A dispatcher claims a row by writing claimed_by and lease_until; an expired lease can be claimed again.

CREATE TABLE nudges (
    id          TEXT NOT NULL PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    deal_id     TEXT NOT NULL REFERENCES deals (id),
    kind        TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    state       TEXT NOT NULL,
    snoozed     INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    claimed_by  TEXT,
    lease_until INTEGER,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    note        TEXT
) STRICT;

-- Due-nudge selection reads only pending rows in due order: its cost does not grow with sent history or deal count.
CREATE INDEX ix_nudges_pending_due ON nudges (due_at) WHERE state = 'pending';
CREATE INDEX ix_nudges_owner ON nudges (tenant_id, user_id, deal_id);

ALTER TABLE user_profiles ADD COLUMN digest_at TEXT;
ALTER TABLE user_profiles ADD COLUMN paused_from INTEGER;
ALTER TABLE user_profiles ADD COLUMN paused_until INTEGER;
