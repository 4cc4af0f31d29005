#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace crible::ui {

class Document;

// Full-text search over the whole project (article text and claims); activating a result
// asks the window to show that place.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Document *document, QWidget *parent = nullptr);

    void setDocument(Document *document);
    void focusQuery();
    void search(const QString &query);
    int resultCount() const;
    void activate(int row);

signals:
    // Code points into the article's text.
    void resultActivated(qint64 articleId, qint64 claimId, qint64 start, qint64 end);

private:
    Document *m_document;
    QLineEdit *m_query;
    QListWidget *m_results;
};

} // namespace crible::ui
