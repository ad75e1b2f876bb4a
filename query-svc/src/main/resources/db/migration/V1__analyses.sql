-- query-svc owns everything derived from articles. ingest-svc's tables live in another schema and are never read here.
create table article_analysis (
    article_id        text primary key,
    external_id       text,
    source            text,
    url               text,
    published_at      text,
    published_date    date,
    title             text,
    content_hash      text not null,
    pipeline_version  text not null,
    clean_text        text not null,
    clean_text_folded text not null,
    analysis          bytea not null,          -- newsint.nlp.v1.Analysis, the authoritative stored form
    near_duplicate_of text,
    stored_at         timestamptz not null default now()
);
create index article_analysis_stored_at on article_analysis (stored_at desc, article_id desc);
create index article_analysis_published on article_analysis (published_date);

create table entity (
    id             text primary key,
    canonical_name text not null,
    type           text not null,
    wikidata_id    text,
    first_seen_at  timestamptz not null default now()
);

create table article_entity (
    article_id text not null references article_analysis (article_id) on delete cascade,
    entity_id  text not null references entity (id),
    mentions   jsonb not null,
    primary key (article_id, entity_id)
);
create index article_entity_entity on article_entity (entity_id);

create table article_event (
    id                 text primary key,
    article_id         text not null references article_analysis (article_id) on delete cascade,
    type               text not null,
    status             text not null,
    event_date         text,
    location_id        text,
    initiator_id       text,
    participant_ids    jsonb not null
);
create index article_event_article on article_event (article_id);

create table article_quote (
    id         bigserial primary key,
    article_id text not null references article_analysis (article_id) on delete cascade,
    speaker_id text,
    text       text not null,
    indirect   boolean not null default false
);
create index article_quote_article on article_quote (article_id);
