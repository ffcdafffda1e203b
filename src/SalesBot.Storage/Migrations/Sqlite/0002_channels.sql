-- Channel data: how to reach each user proactively, deliveries already handled (retries), and app installs.

CREATE TABLE channel_addresses (
    tenant_id          TEXT NOT NULL,
    user_id            TEXT NOT NULL,
    channel_id         TEXT NOT NULL,
    reference          TEXT NOT NULL,
    locale             TEXT,
    time_zone          TEXT,
    reachable          INTEGER NOT NULL,
    unreachable_reason TEXT,
    updated_at         INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_id, channel_id)
) STRICT;

CREATE TABLE channel_deliveries (
    channel_id  TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (channel_id, delivery_id)
) STRICT;

CREATE INDEX ix_channel_deliveries_received ON channel_deliveries (received_at);

-- protected_token is encrypted by the application before it gets here.
CREATE TABLE channel_installs (
    channel_id      TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    enterprise_id   TEXT,
    protected_token TEXT NOT NULL,
    bot_user_id     TEXT,
    installed_by    TEXT,
    installed_at    INTEGER NOT NULL,
    PRIMARY KEY (channel_id, tenant_id)
) STRICT;
