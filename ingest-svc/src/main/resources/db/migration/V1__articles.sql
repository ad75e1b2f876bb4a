-- ingest-svc owns raw articles and their processing state.
create table article (
    id            text primary key,
    external_id   text,
    source        text,
    url           text,
    published_at  text,
    title         text,
    body          text not null,
    content_hash  text not null unique,
    state         text not null default 'PENDING',   -- PENDING | DONE | FAILED
    attempts      integer not null default 0,
    last_error    text,
    received_at   timestamptz not null default now(),
    queued_at     timestamptz,                         -- null until handed to the stream (the sweeper retries)
    enriched_at   timestamptz
);
create index article_unqueued on article (received_at) where state = 'PENDING' and queued_at is null;

-- Every later submission of content we already have: provenance for "one story, many sources".
create table duplicate_submission (
    id           bigserial primary key,
    duplicate_of text not null references article (id),
    external_id  text,
    source       text,
    url          text,
    received_at  timestamptz not null default now()
);
create index duplicate_submission_of on duplicate_submission (duplicate_of);
