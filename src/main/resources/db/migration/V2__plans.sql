-- Saved plans: a profile, its options and its result, readable only through an unguessable token.
CREATE TABLE plan (
    token      VARCHAR(64)     PRIMARY KEY,
    profile    VARCHAR(100000) NOT NULL,
    options    VARCHAR(4000)   NOT NULL,
    result     VARCHAR(1000000) NOT NULL,
    created_at TIMESTAMP       NOT NULL,
    updated_at TIMESTAMP       NOT NULL
);
