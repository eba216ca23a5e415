-- Versions of laws (issue #9). Numbered 9.1 after the issue, so that migrations written in parallel
-- branches do not claim the same version; Flyway orders them by number.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).

-- Every text a provision has had, the one in force (superseded_on IS NULL) included: when a law's
-- file changes, the text it replaces is only here, so `reindex` puts superseded versions back into
-- Solr from this table. A provision is known by its stable unit id (law id + provision number).
CREATE TABLE provision_version (
    unit_id           VARCHAR(300)  NOT NULL,
    version           INTEGER       NOT NULL,
    law_id            VARCHAR(300)  NOT NULL,
    provision_number  VARCHAR(200),
    heading           VARCHAR(2000),
    body              TEXT          NOT NULL,
    text_hash         VARCHAR(64)   NOT NULL,
    -- The unit's stored index fields as JSON: a superseded version is indexed again from it.
    index_fields      TEXT          NOT NULL,
    first_seen        TIMESTAMP     NOT NULL,
    superseded_on     TIMESTAMP,
    -- changed (a newer text replaced it) or removed (the law no longer has the provision)
    change_kind       VARCHAR(16),
    amended_by        VARCHAR(1000),
    PRIMARY KEY (unit_id, version)
);
CREATE INDEX provision_version_law ON provision_version (law_id);
CREATE INDEX provision_version_superseded ON provision_version (superseded_on);

-- The file behind each law as last compared: only a law whose content hash (or ingest time) moved is read again.
CREATE TABLE law_state (
    law_id        VARCHAR(300)  PRIMARY KEY,
    content_hash  VARCHAR(128)  NOT NULL,
    ingested_at   TIMESTAMP,
    checked_at    TIMESTAMP     NOT NULL
);
