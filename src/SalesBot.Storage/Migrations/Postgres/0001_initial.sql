-- SalesBot schema 1 for PostgreSQL: the same tables as SQLite's 0001_initial, in PostgreSQL's own types.
-- Times are timestamptz (UTC, microseconds); enums are lower-case names ('entry', 'open', 'call');
-- completed_steps is an array of step ids; starting_price is numeric, so it stays exact.
-- The application writes with optimistic concurrency: a row's version is compared in the UPDATE itself.

CREATE TABLE conversation_states (
    conversation_key text NOT NULL PRIMARY KEY,
    json             text NOT NULL,
    version          bigint NOT NULL
);

CREATE TABLE deals (
    id              text NOT NULL PRIMARY KEY,
    tenant_id       text NOT NULL,
    user_id         text NOT NULL,
    prospect        text NOT NULL,
    stage           text NOT NULL,
    status          text NOT NULL,
    completed_steps text[] NOT NULL,
    closed_reason   text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL
);

CREATE INDEX ix_deals_owner ON deals (tenant_id, user_id);

-- Append-only: a changed answer is a new version; the key refuses a version taken meanwhile.
-- seq keeps the order of insertion for answers recorded at the same moment.
CREATE TABLE answers (
    deal_id     text NOT NULL REFERENCES deals (id),
    question_id text NOT NULL,
    version     integer NOT NULL,
    step_id     text NOT NULL,
    value       text NOT NULL,
    note        text,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (deal_id, question_id, version)
);

CREATE TABLE touches (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deal_id     text NOT NULL REFERENCES deals (id),
    kind        text NOT NULL,
    outcome     text NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_by text NOT NULL
);

CREATE INDEX ix_touches_deal ON touches (deal_id, occurred_at);

CREATE TABLE deal_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deal_id     text NOT NULL REFERENCES deals (id),
    kind        text NOT NULL,
    detail      text NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_by text NOT NULL
);

CREATE INDEX ix_deal_events_deal ON deal_events (deal_id, occurred_at);

CREATE TABLE user_profiles (
    tenant_id      text NOT NULL,
    user_id        text NOT NULL,
    starting_price numeric NOT NULL,
    currency       text NOT NULL,
    locale         text,
    time_zone      text,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
