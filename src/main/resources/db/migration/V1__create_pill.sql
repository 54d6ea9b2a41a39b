-- One row is one physical appearance of one product: a product with two differently coloured
-- strengths is two rows, and each part of a kit is its own row.
-- Ids come from a sequence handed out 50 at a time, so that imports insert in JDBC batches.
create sequence pill_seq increment by 50;

create table pill (
    id                 bigint primary key,
    -- provenance: where the record came from, and its key there (the natural key of an import)
    source             text        not null,
    source_key         text        not null,
    citation           text,
    loaded_at          timestamptz not null default now(),
    -- identity
    ndc9               text,
    ndc11              text,
    part_number        integer,
    spl_set_id         text,
    rxcui              text,
    -- what it is
    -- null when the source does not name the product (a few RxImage photos)
    medicine_name      text,
    strength           text,
    active_ingredients text[]      not null default '{}',
    dosage_form        text,
    labeler            text,
    rx_otc             text,
    dea_schedule       text,
    -- how it looks
    imprint            text,
    colors             text[]      not null default '{}',
    shape              text,
    size_mm            double precision,
    score              integer,
    images             text[]      not null default '{}',
    constraint pill_natural_key unique (source, source_key),
    constraint pill_rx_otc check (rx_otc in ('RX', 'OTC')),
    constraint pill_dea_schedule check (dea_schedule in ('CI', 'CII', 'CIII', 'CIV', 'CV')),
    constraint pill_score check (score between 1 and 4),
    constraint pill_size check (size_mm > 0 and size_mm < 100)
);

create index pill_ndc9 on pill (ndc9);
create index pill_ndc11 on pill (ndc11);
create index pill_spl_set_id on pill (spl_set_id);
