#include "schema.h"

namespace crible::store::schema {

// Portable SQL where it can be: plain tables with INTEGER keys, TEXT, BLOB and foreign keys
// (a PostgreSQL backend would use the same shapes). FTS5 is the SQLite-only part.
// Large columns (text, original bytes) come last in their row: SQLite walks overflow pages
// to reach columns after them, which would slow down listings that never read the text.
QList<QByteArray> version1(const QByteArray &tokenizerSpec)
{
    QList<QByteArray> statements = {
        "CREATE TABLE settings (\n"
        "  key TEXT PRIMARY KEY NOT NULL,\n"
        "  value TEXT NOT NULL\n"
        ")",
        "CREATE TABLE annotators (\n"
        "  name TEXT PRIMARY KEY NOT NULL,\n"
        "  first_seen TEXT NOT NULL\n"
        ")",
        "CREATE TABLE taxonomy (\n"
        "  axis TEXT NOT NULL,\n"
        "  position INTEGER NOT NULL,\n"
        "  key TEXT NOT NULL,\n"
        "  label TEXT NOT NULL,\n"
        "  label_fr TEXT NOT NULL,\n"
        "  description TEXT NOT NULL,\n"
        "  description_fr TEXT NOT NULL,\n"
        "  color TEXT NOT NULL,\n"
        "  normalised TEXT NOT NULL,\n"
        "  fever_label TEXT NOT NULL,\n"
        "  rating INTEGER NOT NULL,\n"
        "  group_label TEXT NOT NULL,\n"
        "  group_label_fr TEXT NOT NULL,\n"
        "  PRIMARY KEY (axis, key)\n"
        ")",
        "CREATE TABLE articles (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  uuid TEXT NOT NULL UNIQUE,\n"
        "  title TEXT NOT NULL,\n"
        "  publisher TEXT NOT NULL,\n"
        "  author TEXT NOT NULL,\n"
        "  url TEXT NOT NULL,\n"
        "  published_date TEXT NOT NULL,\n"
        "  language TEXT NOT NULL,\n"
        "  source_encoding TEXT NOT NULL,\n"
        "  source_file_name TEXT NOT NULL,\n"
        "  sha256 TEXT NOT NULL,\n"
        "  imported_at TEXT NOT NULL,\n"
        "  version INTEGER NOT NULL,\n"
        "  supersedes INTEGER REFERENCES articles (id) ON DELETE SET NULL,\n"
        "  length INTEGER NOT NULL,\n"
        "  text TEXT NOT NULL,\n"
        "  original_bytes BLOB\n"
        ")",
        "CREATE INDEX articles_supersedes ON articles (supersedes)",
        // Search units: paragraphs, or sentences/chunks of long paragraphs. Their text is
        // not stored again: the search index reads it from the article through a view.
        "CREATE TABLE text_units (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,\n"
        "  start_offset INTEGER NOT NULL,\n"
        "  end_offset INTEGER NOT NULL,\n"
        // The same span in bytes of the article's UTF-8 text: search snippets read just
        // these bytes (incremental blob I/O) instead of the whole article.
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL\n"
        ")",
        "CREATE INDEX text_units_article ON text_units (article_id, start_offset)",
        "CREATE VIEW text_unit_content AS\n"
        "  SELECT u.id AS id, substr(a.text, u.start_offset + 1, u.end_offset - u.start_offset)"
        " AS body\n"
        "  FROM text_units u JOIN articles a ON a.id = u.article_id",
        "CREATE TABLE sources (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  uuid TEXT NOT NULL UNIQUE,\n"
        "  title TEXT NOT NULL,\n"
        "  original_title TEXT NOT NULL,\n"
        "  publisher TEXT NOT NULL,\n"
        "  url TEXT NOT NULL,\n"
        "  archive_url TEXT NOT NULL,\n"
        "  date TEXT NOT NULL,\n"
        "  accessed_date TEXT NOT NULL,\n"
        "  language TEXT NOT NULL,\n"
        "  document_number TEXT NOT NULL,\n"
        "  translator TEXT NOT NULL,\n"
        "  is_primary INTEGER NOT NULL,\n"
        "  read_via TEXT NOT NULL,\n"
        "  reliability TEXT NOT NULL,\n"
        "  notes TEXT NOT NULL\n"
        ")",
        "CREATE INDEX sources_url ON sources (url)",
        "CREATE TABLE claims (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  uuid TEXT NOT NULL UNIQUE,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,\n"
        "  start_offset INTEGER NOT NULL,\n"
        "  end_offset INTEGER NOT NULL,\n"
        "  quote TEXT NOT NULL,\n"
        "  prefix TEXT NOT NULL,\n"
        "  suffix TEXT NOT NULL,\n"
        "  claimant TEXT NOT NULL,\n"
        "  restatement TEXT NOT NULL,\n"
        "  kind TEXT NOT NULL,\n"
        "  status TEXT NOT NULL,\n"
        "  verdict TEXT NOT NULL,\n"
        "  evidence_level TEXT NOT NULL,\n"
        "  presented_as TEXT NOT NULL,\n"
        "  scope TEXT NOT NULL,\n"
        "  explanation TEXT NOT NULL,\n"
        "  status_as_of TEXT NOT NULL,\n"
        "  annotator TEXT NOT NULL,\n"
        "  created_at TEXT NOT NULL,\n"
        "  modified_at TEXT NOT NULL\n"
        ")",
        "CREATE INDEX claims_article ON claims (article_id, start_offset, end_offset)",
        "CREATE TABLE claim_sources (\n"
        "  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,\n"
        "  position INTEGER NOT NULL,\n"
        "  source_id INTEGER NOT NULL REFERENCES sources (id),\n"
        "  stance TEXT NOT NULL,\n"
        "  passage TEXT NOT NULL,\n"
        "  PRIMARY KEY (claim_id, position)\n"
        ")",
        "CREATE INDEX claim_sources_source ON claim_sources (source_id)",
        // The editor's answers to suggested claims (issue 10), one per span.
        "CREATE TABLE suggestion_decisions (\n"
        "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,\n"
        "  start_offset INTEGER NOT NULL,\n"
        "  end_offset INTEGER NOT NULL,\n"
        "  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),\n"
        "  actor TEXT NOT NULL,\n"
        "  decided_at TEXT NOT NULL,\n"
        "  PRIMARY KEY (article_id, start_offset, end_offset)\n"
        ")",
        "CREATE TABLE change_log (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  at TEXT NOT NULL,\n"
        "  actor TEXT NOT NULL,\n"
        "  action TEXT NOT NULL,\n"
        "  entity TEXT NOT NULL,\n"
        "  entity_uuid TEXT NOT NULL,\n"
        "  details TEXT NOT NULL\n"
        ")",
    };
    // External content: the index keeps no second copy of the text.
    statements.append(
        "CREATE VIRTUAL TABLE article_fts USING fts5(body, content='text_unit_content',"
        " content_rowid='id', tokenize='" +
        tokenizerSpec + "')");
    // A claim is found by the fact-checker's own words. Its quote is the article's text,
    // which article_fts already finds by paragraph: indexing it again would double the cost
    // of every claim added and fill the results with copies of the text hits.
    statements.append("CREATE VIRTUAL TABLE claim_fts USING fts5(restatement, explanation,"
                      " claimant, content='claims', content_rowid='id', tokenize='" +
                      tokenizerSpec + "')");
    return statements;
}

} // namespace crible::store::schema
