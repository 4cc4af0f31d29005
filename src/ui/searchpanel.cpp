#include "searchpanel.h"

#include "articlelistmodel.h"
#include "document.h"
#include "store/project.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace crible::ui {

namespace {

enum Role { ArticleRole = Qt::UserRole + 1, ClaimRole, StartRole, EndRole };

} // namespace

SearchPanel::SearchPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search the project (words; accents optional)"));
    m_query->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(m_results->row(item)); });
    // One click shows the place too: activation alone waits for a double click on most
    // styles.
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(m_results->row(item)); });
}

void SearchPanel::setDocument(Document *document)
{
    m_document = document;
    m_results->clear();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::search(const QString &query)
{
    m_results->clear();
    if (!m_document || query.trimmed().isEmpty())
        return;
    if (m_query->text() != query)
        m_query->setText(query);
    auto hits = m_document->project().search(query, 100);
    if (!hits) {
        m_results->addItem(tr("Search failed: %1").arg(hits.error()));
        return;
    }
    if (hits->isEmpty()) {
        m_results->addItem(tr("Nothing found for “%1”.").arg(query));
        return;
    }
    for (const store::SearchHit &hit : hits.value()) {
        QString snippet = hit.snippet.simplified();
        snippet.replace(QChar(0x02), QStringLiteral("["));
        snippet.replace(QChar(0x03), QStringLiteral("]"));
        const store::ArticleSummary *article = m_document->articleModel()->summary(hit.articleId);
        const QString where = article ? article->title : QString();
        const QString kind = hit.kind == store::SearchHit::Kind::Claim ? tr("claim") : tr("text");
        auto *item = new QListWidgetItem(tr("%1 (%2): %3").arg(where, kind, snippet));
        item->setData(ArticleRole, hit.articleId);
        item->setData(ClaimRole, hit.claimId);
        item->setData(StartRole, hit.start);
        item->setData(EndRole, hit.end);
        m_results->addItem(item);
    }
}

int SearchPanel::resultCount() const
{
    int n = 0;
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(ArticleRole).toLongLong() != 0)
            ++n;
    }
    return n;
}

void SearchPanel::activate(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    if (!item || item->data(ArticleRole).toLongLong() == 0)
        return;
    emit resultActivated(item->data(ArticleRole).toLongLong(), item->data(ClaimRole).toLongLong(),
                         item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong());
}

} // namespace crible::ui
