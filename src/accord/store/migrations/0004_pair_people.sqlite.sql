-- The people a partition's mentions name, and the id each stands for across the partition
-- (accord.relinking): one person met in several scripts is one id, grouped over every actor the
-- partition names, so what a relink decides does not depend on which part of it is relinked.
-- `uses` counts the mentions naming the actor; `person` is NULL until the partition is next linked.
CREATE TABLE pair_people (
    pair TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    person TEXT,
    PRIMARY KEY (pair, actor_id)
);
INSERT INTO pair_people (pair, actor_id, uses)
SELECT m.pair, p.value, count(*) FROM event_mentions m, json_each(m.data, '$.people') p
WHERE m.pair <> '' GROUP BY m.pair, p.value;
