-- SalesBot schema 5 for SQLite: sending_at records that a dispatcher began a send it could not confirm (a crash, a
-- timeout). The next claim asks the channel whether the message arrived before it sends again.

ALTER TABLE nudges ADD COLUMN sending_at INTEGER;
