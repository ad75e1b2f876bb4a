-- Contacts across stories: every article event belongs to one cross-story event (a cluster). The merge rule
-- lives in org.newsint.query.events.MergeRule; the columns below are the fold of the cluster's sources
-- (oldest report first) and are recomputed whenever a source joins or leaves.
create table event_cluster (
    id                text collate "C" primary key,  -- 'evc_' + hash of the first article event id
    type              text not null,
    status            text not null,                 -- HAPPENED, PLANNED, NEGATED
    event_date        text,                          -- YYYY-MM-DD or YYYY-MM; null when unknown
    date_key          text collate "C" not null default '',  -- event_date or '': the listing's sort key
    date_start        date,                          -- first and last day the event date covers (filters)
    date_end          date,
    participant_key   text not null,                 -- sorted distinct participant entity ids joined by '|'
    participant_ids   text[] not null,
    location_id       text,
    initiator_id      text,
    first_reported_at text not null,                 -- published_at of the oldest report
    updated_at        timestamptz not null default now()
);
create index event_cluster_match on event_cluster (type, participant_key);
create index event_cluster_participants on event_cluster using gin (participant_ids);
create index event_cluster_order on event_cluster (date_key desc, id);
create index event_cluster_dates on event_cluster (date_start, date_end);
create index event_cluster_type on event_cluster (type, status);
create index event_cluster_initiator on event_cluster (initiator_id);

alter table article_event add column cluster_id text references event_cluster (id);

-- Events stored before this version become one cluster each (they merge with later reports of the same
-- contact, and with each other when their article is analysed again).
create function pg_temp.safe_date(t text) returns date language plpgsql immutable as $$
begin
    return cast(t as date);
exception when others then
    return null;
end $$;

create temporary table v3_event as
select e.id as event_id,
       'evc_' || left(encode(sha256(convert_to(e.id, 'UTF8')), 'hex'), 24) as cluster_id,
       e.type, e.status, e.event_date, e.location_id, e.initiator_id,
       coalesce((select string_agg(p, '|' order by p collate "C")
                 from (select distinct jsonb_array_elements_text(e.participant_ids) as p) x), '') as participant_key,
       array(select distinct jsonb_array_elements_text(e.participant_ids) as p order by 1) as participant_ids,
       coalesce(a.published_at, cast(a.stored_at as text)) as first_reported_at,
       case when e.event_date ~ '^\d{4}-\d{2}-\d{2}$' then pg_temp.safe_date(e.event_date)
            when e.event_date ~ '^\d{4}-\d{2}$' then pg_temp.safe_date(e.event_date || '-01')
            when e.event_date ~ '^\d{4}$' then pg_temp.safe_date(e.event_date || '-01-01') end as date_start,
       case when e.event_date ~ '^\d{4}-\d{2}-\d{2}$' then pg_temp.safe_date(e.event_date)
            when e.event_date ~ '^\d{4}-\d{2}$'
                then cast(pg_temp.safe_date(e.event_date || '-01') + interval '1 month' - interval '1 day' as date)
            when e.event_date ~ '^\d{4}$'
                then cast(pg_temp.safe_date(e.event_date || '-01-01') + interval '1 year' - interval '1 day' as date) end
           as date_end
from article_event e join article_analysis a on a.article_id = e.article_id;

insert into event_cluster (id, type, status, event_date, date_key, date_start, date_end, participant_key,
                           participant_ids, location_id, initiator_id, first_reported_at)
select cluster_id, type, status, event_date, coalesce(event_date, ''), date_start, date_end, participant_key,
       participant_ids, location_id, initiator_id, first_reported_at
from v3_event
on conflict (id) do nothing;

update article_event e set cluster_id = v.cluster_id from v3_event v where v.event_id = e.id;

alter table article_event alter column cluster_id set not null;
create index article_event_cluster on article_event (cluster_id);

drop table v3_event;
drop function pg_temp.safe_date(text);
