-- SalesBot schema 7 for PostgreSQL: the deal a conversation's dialog works on, written with its stack, so that a turn
-- reads that deal's answers and touches in the same round trip as the stack (no foreign key: the read joins deals by owner).
ALTER TABLE conversation_states ADD COLUMN deal_id text;
