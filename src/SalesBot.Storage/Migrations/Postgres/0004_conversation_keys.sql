-- SalesBot schema 4 for PostgreSQL: conversation keys that cannot collide.
-- Keys were "{tenant}|{channel}|{conversation}|{user}" with nothing escaped, so user "b|c" in conversation "a" and user
-- "c" in conversation "a|b" shared one dialog state. They are now "{tenant}|{user}|{channel}|{conversation}" with "\"
-- written "\\" and "|" written "\|" inside each part (ConversationKey in SalesBot.Core). A key with exactly three "|"
-- is rewritten; one with more cannot be told apart and is dropped: only its open dialog is lost, the answers are kept.

CREATE TABLE conversation_states_v4 (
    conversation_key text NOT NULL PRIMARY KEY,
    json             text NOT NULL,
    version          bigint NOT NULL
);

INSERT INTO conversation_states_v4 (conversation_key, json, version)
SELECT replace(split_part(conversation_key, '|', 1), '\', '\\') || '|' || replace(split_part(conversation_key, '|', 4), '\', '\\') || '|'
    || replace(split_part(conversation_key, '|', 2), '\', '\\') || '|' || replace(split_part(conversation_key, '|', 3), '\', '\\'),
    json, version
FROM conversation_states
WHERE length(conversation_key) - length(replace(conversation_key, '|', '')) = 3;

DROP TABLE conversation_states;
ALTER TABLE conversation_states_v4 RENAME TO conversation_states;
ALTER TABLE conversation_states RENAME CONSTRAINT conversation_states_v4_pkey TO conversation_states_pkey;
