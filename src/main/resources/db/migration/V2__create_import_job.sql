-- An import of one file: its state, counts and progress, and the records it rejected.
create table import_job (
    id            uuid        primary key,
    state         text        not null,
    format        text        not null,
    file_name     text        not null,
    file_size     bigint,
    submitted_by  text,
    submitted_at  timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    phase         text,
    done          bigint      not null default 0,
    total         bigint,
    read_count    integer     not null default 0,
    added         integer     not null default 0,
    updated       integer     not null default 0,
    unchanged     integer     not null default 0,
    duplicates    integer     not null default 0,
    rejected      integer     not null default 0,
    error         text,
    rejections    jsonb       not null default '[]',
    constraint import_job_state check (state in ('queued', 'running', 'succeeded', 'failed'))
);

create index import_job_submitted_at on import_job (submitted_at desc);
