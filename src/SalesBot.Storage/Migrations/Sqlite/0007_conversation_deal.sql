-- SalesBot schema 7 for SQLite: the deal a conversation's dialog works on, written with its stack, so that a turn reads
-- that deal's answers and touches in the same read as the stack (no foreign key: the read joins deals by owner anyway).
ALTER TABLE conversation_states ADD COLUMN deal_id TEXT;
