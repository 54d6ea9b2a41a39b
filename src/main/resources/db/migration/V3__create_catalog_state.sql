-- One row: the catalog's version, raised in the same transaction as every change to pill, so that
-- every replica can tell cheaply that its in-memory catalog is out of date.
create table catalog_state (
    id         integer     primary key default 1,
    version    bigint      not null,
    changed_at timestamptz not null,
    constraint catalog_state_single_row check (id = 1)
);

insert into catalog_state (id, version, changed_at) values (1, 0, now());
