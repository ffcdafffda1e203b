-- Channel data: how to reach each user proactively, deliveries already handled (retries), and app installs.
-- Plus what SQLite keeps in files and several instances must share: the ASP.NET Core Data Protection key ring.

CREATE TABLE channel_addresses (
    tenant_id          text NOT NULL,
    user_id            text NOT NULL,
    channel_id         text NOT NULL,
    reference          text NOT NULL,
    locale             text,
    time_zone          text,
    reachable          boolean NOT NULL,
    unreachable_reason text,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id, channel_id)
);

CREATE TABLE channel_deliveries (
    channel_id  text NOT NULL,
    delivery_id text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (channel_id, delivery_id)
);

CREATE INDEX ix_channel_deliveries_received ON channel_deliveries (received_at);

-- protected_token is encrypted by the application before it gets here.
CREATE TABLE channel_installs (
    channel_id      text NOT NULL,
    tenant_id       text NOT NULL,
    enterprise_id   text,
    protected_token text NOT NULL,
    bot_user_id     text,
    installed_by    text,
    installed_at    timestamptz NOT NULL,
    PRIMARY KEY (channel_id, tenant_id)
);

-- One row per Data Protection key (the XML element the key manager hands over, named by it).
CREATE TABLE data_protection_keys (
    name       text NOT NULL PRIMARY KEY,
    xml        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
