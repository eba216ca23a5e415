-- Directory of competent national authorities (issue #12). Portable SQL (H2 and PostgreSQL).

-- One authority: who it is and where it is in the workflow. visibility 'restricted' hides the
-- whole entry from anyone without the authority role or a curator role.
CREATE TABLE authority_entry (
    id                 VARCHAR(64)   PRIMARY KEY,
    version            INTEGER       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    visibility         VARCHAR(16)   NOT NULL,
    state              VARCHAR(3)    NOT NULL,
    authority_type     VARCHAR(64)   NOT NULL,
    name_en            VARCHAR(500)  NOT NULL,
    name_local         VARCHAR(500),
    -- provenance
    source_kind        VARCHAR(32),
    source_reference   VARCHAR(300),
    source_url         VARCHAR(1000),
    submitted_by       VARCHAR(300),
    received_on        DATE,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    published_at       TIMESTAMP,
    review_comment     VARCHAR(4000)
);
CREATE INDEX authority_entry_state ON authority_entry (state);
CREATE INDEX authority_entry_status ON authority_entry (status, visibility);

-- Contact data and the optional block (address, phone, email, requirements, guidance...), one row
-- per filled field, the fields the State made public...
CREATE TABLE authority_field (
    entry_id    VARCHAR(64)   NOT NULL REFERENCES authority_entry (id) ON DELETE CASCADE,
    name        VARCHAR(64)   NOT NULL,
    field_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (entry_id, name)
);

-- ...and the fields it restricted to authorised users, kept apart so that no query for the index
-- or a public page can read them by mistake.
CREATE TABLE authority_restricted_field (
    entry_id    VARCHAR(64)   NOT NULL REFERENCES authority_entry (id) ON DELETE CASCADE,
    name        VARCHAR(64)   NOT NULL,
    field_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (entry_id, name)
);
