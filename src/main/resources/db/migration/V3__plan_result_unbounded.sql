-- A plan's result grows with its list: a 500-application national plan is over a million characters, which the
-- VARCHAR(1000000) of V2 refused (a 500 on save). TEXT has no length limit on PostgreSQL and H2 alike.
ALTER TABLE plan ALTER COLUMN result SET DATA TYPE TEXT;
ALTER TABLE plan ALTER COLUMN result SET NOT NULL;
