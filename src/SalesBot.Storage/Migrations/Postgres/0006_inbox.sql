-- SalesBot schema 6 for PostgreSQL (as SQLite's 0006_inbox): the durable channel inbox, shared by every instance, and
-- the live question of each conversation. Instances claim inbox rows with FOR UPDATE SKIP LOCKED and a lease that
-- expires: a row whose claimant died is claimed again by any instance once its lease has run out.

CREATE TABLE inbox (
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel_id    text NOT NULL,
    partition_key text NOT NULL,
    dedupe_key    text,
    payload       text NOT NULL,
    received_at   timestamptz NOT NULL,
    attempts      integer NOT NULL DEFAULT 0,
    claimed_by    text,
    lease_until   timestamptz
);

CREATE UNIQUE INDEX ux_inbox_dedupe ON inbox (channel_id, dedupe_key);
CREATE INDEX ix_inbox_partition ON inbox (channel_id, partition_key, seq);

CREATE TABLE live_questions (
    channel_id      text NOT NULL,
    conversation_id text NOT NULL,
    tenant_id       text NOT NULL,
    user_id         text NOT NULL,
    message_id      text NOT NULL,
    body            text NOT NULL,
    posted_at       timestamptz NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);

CREATE INDEX ix_live_questions_owner ON live_questions (tenant_id, user_id);
