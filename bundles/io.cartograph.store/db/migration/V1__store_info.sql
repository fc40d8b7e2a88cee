-- V1: the bookkeeping every store has.
-- H2 commits DDL statements implicitly, so a migration that dies half-way can leave some of
-- its tables behind. Write migrations so that running them again is harmless (IF NOT EXISTS).
-- Statements end with a semicolon at the end of a line.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Facts about the store itself (created_at, created_by_version, ...).
-- KEY and VALUE are reserved words in H2, hence the prefixed column names.
CREATE TABLE IF NOT EXISTS store_info (
    info_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    info_value VARCHAR(4000) NOT NULL
);
