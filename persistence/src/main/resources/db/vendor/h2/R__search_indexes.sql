-- H2 only: a whole registration number is looked up as the search key's prefix («тп-1563 | …»), a range on this
-- index (PostgreSQL has its own, with the operator class LIKE needs there).
CREATE INDEX IF NOT EXISTS appeal_search_key_prefix_idx ON appeal (search_key);
-- H2 walks an index in its own direction only: the default order (last change, newest first) and the «Создано»
-- order need descending indexes, else every refresh sorts all cases (and spills to disk with a desktop's heap).
CREATE INDEX IF NOT EXISTS appeal_updated_desc_idx ON appeal (updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS appeal_status_updated_desc_idx ON appeal (status, updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS appeal_created_desc_idx ON appeal (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS registration_registered_desc_idx ON registration (registered_at DESC, id DESC);
