-- MinHash signatures and their LSH bands: articles telling the same story in other words.
alter table article_analysis add column minhash bytea;
create table article_lsh (
    band       text not null,
    article_id text not null references article_analysis (article_id) on delete cascade,
    primary key (band, article_id)
);
create index article_lsh_article on article_lsh (article_id);
