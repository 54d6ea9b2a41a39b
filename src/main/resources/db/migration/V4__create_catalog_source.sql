-- What is known of the source of each bundled catalog loaded: its title, the date of its data,
-- its license and where it came from, as the catalog file states them, written in the transaction
-- that loads the catalog, so that the service can say what the catalog holds.
create table catalog_source (
    name        text        primary key,
    title       text        not null,
    -- as the source states it: a day, or a span when it states no day
    source_date text,
    license     text,
    origin      text,
    loaded_at   timestamptz not null
);
