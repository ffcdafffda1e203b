-- SalesBot schema 6 for SQLite: the durable channel inbox and the live question of each conversation.
-- inbox: work a channel acknowledged before doing it (Slack), written before the ack and deleted when done. seq orders it;
-- only the oldest row of a partition (one user) is claimable, and only while no live lease (claimed_by, lease_until)
-- holds it. dedupe_key (a delivery id) keeps a retry out while the first copy is still waiting.
-- live_questions: the question message with live buttons in each conversation, so that an old button cannot answer the
-- current question after a restart or on another instance; owner columns let "forget me" delete it.

CREATE TABLE inbox (
    seq           INTEGER NOT NULL PRIMARY KEY,
    channel_id    TEXT NOT NULL,
    partition_key TEXT NOT NULL,
    dedupe_key    TEXT,
    payload       TEXT NOT NULL,
    received_at   INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    claimed_by    TEXT,
    lease_until   INTEGER
) STRICT;

CREATE UNIQUE INDEX ux_inbox_dedupe ON inbox (channel_id, dedupe_key);
CREATE INDEX ix_inbox_partition ON inbox (channel_id, partition_key, seq);

CREATE TABLE live_questions (
    channel_id      TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    body            TEXT NOT NULL,
    posted_at       INTEGER NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
) STRICT;

CREATE INDEX ix_live_questions_owner ON live_questions (tenant_id, user_id);
