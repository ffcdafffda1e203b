-- SalesBot schema 3 for PostgreSQL: the nudge outbox and the user's nudge preferences (as SQLite's 0003_nudges).
-- id is the idempotency key (deal, kind and the moment that caused the nudge): planning a deal again never adds a
-- second row. A dispatcher claims rows with SELECT ... FOR UPDATE SKIP LOCKED and writes claimed_by and lease_until:
-- dispatchers of several instances skip each other's rows instead of waiting, and an expired lease can be claimed again.

CREATE TABLE nudges (
    id          text NOT NULL PRIMARY KEY,
    tenant_id   text NOT NULL,
    user_id     text NOT NULL,
    deal_id     text NOT NULL REFERENCES deals (id),
    kind        text NOT NULL,
    due_at      timestamptz NOT NULL,
    state       text NOT NULL,
    snoozed     boolean NOT NULL DEFAULT false,
    attempts    integer NOT NULL DEFAULT 0,
    claimed_by  text,
    lease_until timestamptz,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz,
    note        text
);

-- Due-nudge selection reads only pending rows in due order: its cost does not grow with sent history or deal count.
CREATE INDEX ix_nudges_pending_due ON nudges (due_at) WHERE state = 'pending';
CREATE INDEX ix_nudges_owner ON nudges (tenant_id, user_id, deal_id);

-- digest_at is the local time of day as 'HH:mm'.
ALTER TABLE user_profiles
    ADD COLUMN digest_at    text,
    ADD COLUMN paused_from  timestamptz,
    ADD COLUMN paused_until timestamptz;
