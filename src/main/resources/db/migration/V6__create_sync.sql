-- The DailyMed sync: each run, and each update file a run has taken up, with what became of it.
create table sync_run (
    id             uuid        primary key,
    state          text        not null,
    trigger        text        not null,
    started_by     text,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    phase          text        not null,
    current_file   text,
    import_job_id  uuid,
    done           bigint      not null default 0,
    total          bigint,
    files_listed   integer     not null default 0,
    files_to_apply integer     not null default 0,
    files_applied  integer     not null default 0,
    files_skipped  integer     not null default 0,
    error          text,
    constraint sync_run_state check (state in ('running', 'succeeded', 'failed', 'interrupted'))
);

create index sync_run_started_at on sync_run (started_at desc);

-- One file of one name and checksum: applied once, whichever run or listing offers it again.
create table sync_file (
    id             uuid        primary key,
    name           text        not null,
    kind           text        not null,
    file_date      date,
    md5            text,
    url            text        not null,
    size           bigint,
    state          text        not null,
    error          text,
    run_id         uuid        references sync_run (id),
    import_job_id  uuid,
    attempts       integer     not null default 0,
    first_seen_at  timestamptz not null,
    updated_at     timestamptz not null,
    applied_at     timestamptz,
    constraint sync_file_state check (state in ('downloading', 'importing', 'applied', 'failed'))
);

create unique index sync_file_identity on sync_file (name, coalesce(md5, ''));
create index sync_file_applied on sync_file (applied_at desc) where state = 'applied';
