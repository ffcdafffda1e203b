-- SalesBot schema 4 for SQLite: conversation keys that cannot collide.
-- Keys were "{tenant}|{channel}|{conversation}|{user}" with nothing escaped, so user "b|c" in conversation "a" and user
-- "c" in conversation "a|b" shared one dialog state. They are now "{tenant}|{user}|{channel}|{conversation}" with "\"
-- written "\\" and "|" written "\|" inside each part (ConversationKey in SalesBot.Core). A key with exactly three "|"
-- is rewritten; one with more cannot be told apart and is dropped: only its open dialog is lost, the answers are kept.

CREATE TABLE conversation_states_v4 (
    conversation_key TEXT NOT NULL PRIMARY KEY,
    json             TEXT NOT NULL,
    version          INTEGER NOT NULL
) STRICT;

INSERT INTO conversation_states_v4 (conversation_key, json, version)
WITH
    old AS (
        SELECT conversation_key AS k, json, version FROM conversation_states
        WHERE length(conversation_key) - length(replace(conversation_key, '|', '')) = 3),
    t AS (SELECT json, version, substr(k, 1, instr(k, '|') - 1) AS tenant, substr(k, instr(k, '|') + 1) AS rest FROM old),
    c AS (SELECT json, version, tenant, substr(rest, 1, instr(rest, '|') - 1) AS channel, substr(rest, instr(rest, '|') + 1) AS rest FROM t),
    v AS (SELECT json, version, tenant, channel, substr(rest, 1, instr(rest, '|') - 1) AS conversation, substr(rest, instr(rest, '|') + 1) AS usr FROM c)
SELECT replace(tenant, '\', '\\') || '|' || replace(usr, '\', '\\') || '|' || replace(channel, '\', '\\') || '|' || replace(conversation, '\', '\\'),
       json, version
FROM v;

DROP TABLE conversation_states;
ALTER TABLE conversation_states_v4 RENAME TO conversation_states;
