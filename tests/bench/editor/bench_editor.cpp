// Opens a long article carrying many claims in the real editor window and times it until
// the first paint of the viewport with its highlights, next to the same text without
// claims; then scrolls through the whole article a page at a time, painting each page.
#include "core/article.h"
#include "core/claim.h"
#include "store/project.h"
#include "ui/articleview.h"
#include "ui/claimlistmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/suggestions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace crible;

namespace {

const char *const kSentences[] = {
    "Le crédit social devrait être généralisé en 2020 dans tout le pays. ",
    "Les villes pilotes comme Rongcheng attribuent des points aux habitants. ",
    "Le maximum de points est de 950 selon les documents de Sesame Credit. ",
    "Si vous êtes sous les 300 points, vous ne pouvez plus prendre le train. ",
    "Les listes des débiteurs défaillants sont publiées par la Cour suprême. ",
    "« Un modèle » pour l’argent liquide qui disparaît au profit des applis mobiles. ",
    "Le plan de 2014 annonçait un système national, pas une note unique. ",
    "Environ 170 millions de caméras de surveillance équipent les rues, 😀 dit-on. ",
};

QString makeText(qint64 targetBytes)
{
    QString text;
    QByteArray size;
    qint64 bytes = 0;
    int i = 0;
    while (bytes < targetBytes) {
        QString paragraph;
        for (int s = 0; s < 6; ++s, ++i)
            paragraph += QString::fromUtf8(kSentences[(i * 5 + s) % 8]);
        paragraph += QStringLiteral("\n\n");
        bytes += paragraph.toUtf8().size();
        text += paragraph;
    }
    return text;
}

struct Timing
{
    double openMs = 0;
    int painted = 0;
};

// From asking for the article until its first paint has completed.
Timing openAndPaint(ui::MainWindow &window, qint64 articleId)
{
    ui::ArticleView *view = window.articleView();
    bool done = false;
    auto connection = QObject::connect(view, &ui::ArticleView::painted, [&] { done = true; });
    QElapsedTimer timer;
    timer.start();
    (void)window.document()->setCurrentArticle(articleId);
    view->viewport()->update(); // also when the article was already shown
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    Timing t;
    t.openMs = double(timer.nsecsElapsed()) / 1e6;
    t.painted = view->lastPaintedCount();
    QObject::disconnect(connection);
    return t;
}

struct ScrollTiming
{
    double totalMs = 0;
    double worstFrameMs = 0;
    int frames = 0;
};

ScrollTiming scrollThrough(ui::ArticleView *view)
{
    ScrollTiming s;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    view->viewport()->repaint();
    QElapsedTimer total;
    total.start();
    while (true) {
        QElapsedTimer frame;
        frame.start();
        const int before = bar->value();
        bar->setValue(before + bar->pageStep());
        view->viewport()->repaint(); // synchronous: the frame is painted when it returns
        s.worstFrameMs = std::max(s.worstFrameMs, double(frame.nsecsElapsed()) / 1e6);
        ++s.frames;
        if (bar->value() == before || bar->value() >= bar->maximum())
            break;
    }
    s.totalMs = double(total.nsecsElapsed()) / 1e6;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const qint64 bytes = smoke ? 100 * 1024 : 1024 * 1024;
    const int claimCount = smoke ? 500 : 5000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.crible"));
    qint64 blankId = 0;
    qint64 plainId = 0;
    qint64 claimedId = 0;
    {
        auto project = store::Project::create(path, nullptr);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error()));
            return 1;
        }
        const QString text = makeText(bytes);
        core::Article plain;
        plain.title = QStringLiteral("plain");
        plain.language = QStringLiteral("fr");
        plain.text = text;
        plain.originalBytes = text.toUtf8();
        plain.sourceEncoding = QStringLiteral("UTF-8");
        plain.updateDigest();
        core::Article claimed = plain;
        claimed.title = QStringLiteral("claimed");
        claimed.uuid.clear();
        // Each measured open starts from this one, so neither pays for dropping the other.
        core::Article blank = plain;
        blank.title = QStringLiteral("blank");
        blank.uuid.clear();
        blank.text = QStringLiteral("Rien.");
        blank.originalBytes = blank.text.toUtf8();
        blank.updateDigest();
        store::Project::Batch batch(*project.value());
        blankId = project.value()->addArticle(blank).value();
        plainId = project.value()->addArticle(plain).value();
        claimedId = project.value()->addArticle(claimed).value();
        // Claims evenly spread, every tenth overlapping its neighbour; spans on code points.
        const QList<uint> cps = text.toUcs4();
        const qint64 length = cps.size();
        const qint64 step = length / claimCount;
        const auto taxonomy = project.value()->taxonomy().value();
        const auto &scopes = taxonomy.entries(core::TaxonomyAxis::Scope);
        const auto &levels = taxonomy.entries(core::TaxonomyAxis::EvidenceLevel);
        for (int i = 0; i < claimCount; ++i) {
            core::Claim c;
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.articleId = claimedId;
            c.start = i * step;
            c.end = std::min(length, c.start + (i % 10 == 0 ? step + 40 : step / 2 + 10));
            if (i % 3 != 0) {
                c.scope = scopes.at(i % scopes.size()).key;
                c.evidenceLevel = levels.at(i % levels.size()).key;
            }
            auto added = project.value()->addClaim(c);
            if (!added) {
                std::fprintf(stderr, "claim %d: %s\n", i, qPrintable(added.error()));
                return 1;
            }
        }
        if (auto committed = batch.commit(); !committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error()));
            return 1;
        }
    }

    // Suggested claims (issue 10) are spotted on a worker thread for long articles; they are
    // measured apart (--suggestions) so this figure stays the highlights' own cost.
    const bool suggestions = app.arguments().contains(QStringLiteral("--suggestions"));
    QSettings().setValue(QStringLiteral("view/suggestedClaims"), suggestions);

    auto document = ui::Document::open(path);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error()));
        return 1;
    }
    ui::MainWindow window;
    window.resize(1400, 900);
    window.setDocument(std::move(document).value());
    window.show();
    QCoreApplication::processEvents();

    // Warm both paths once (fonts, glyph caches), then measure each several times.
    openAndPaint(window, plainId);
    openAndPaint(window, claimedId);
    const int runs = qEnvironmentVariableIsSet("PROFILE_RUNS")
                         ? qEnvironmentVariableIntValue("PROFILE_RUNS")
                     : smoke ? 2
                             : 5;
    QList<double> plain, claimed;
    int painted = 0;
    for (int r = 0; r < runs; ++r) {
        openAndPaint(window, blankId);
        plain.append(openAndPaint(window, plainId).openMs);
        openAndPaint(window, blankId);
        const Timing t = openAndPaint(window, claimedId);
        claimed.append(t.openMs);
        painted = t.painted;
    }
    std::sort(plain.begin(), plain.end());
    std::sort(claimed.begin(), claimed.end());
    const double plainMs = plain.at(plain.size() / 2);
    const double claimedMs = claimed.at(claimed.size() / 2);
    // Where the difference goes, each step alone on this thread (the open overlaps the
    // claims read with the text layout): reading the claims, building the highlight list,
    // sorting it into lanes, and the whole claims-list reset with everything listening.
    QElapsedTimer step;
    step.start();
    store::ClaimFilter filter;
    filter.articleId = claimedId;
    const QList<core::Claim> loaded = window.document()->project().claims(filter).value();
    const double readMs = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    const auto highlights = ui::ArticleView::highlightsFor(
        loaded, window.document()->currentIndex(), window.document()->taxonomy());
    const double buildMs = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    window.articleView()->setHighlights(highlights);
    const double sortMs = double(step.nsecsElapsed()) / 1e6;
    window.document()->claimModel()->setClaims(claimedId, {});
    step.restart();
    (void)window.document()->claimModel()->setArticle(claimedId);
    const double resetMs = double(step.nsecsElapsed()) / 1e6;
    // With suggested claims on, how long until their marks are shown (idle-priority worker).
    double suggestionsMs = -1;
    qsizetype suggestionCount = 0;
    if (suggestions) {
        openAndPaint(window, blankId);
        QElapsedTimer ready;
        ready.start();
        (void)window.document()->setCurrentArticle(claimedId);
        ui::Suggestions *spotted = window.document()->suggestions();
        while (spotted->isComputing())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        suggestionsMs = double(ready.nsecsElapsed()) / 1e6;
        suggestionCount = spotted->open().size();
    }
    const ScrollTiming scrollClaimed = scrollThrough(window.articleView());
    openAndPaint(window, plainId);
    const ScrollTiming scrollPlain = scrollThrough(window.articleView());

    std::printf("editor open, %lld KB article (UTF-8), %d claims, median of %d runs\n",
                bytes / 1024, claimCount, runs);
    std::printf("  open to first paint, with highlights:   %8.1f ms (%d claims painted)\n",
                claimedMs, painted);
    std::printf("  open to first paint, plain text:        %8.1f ms\n", plainMs);
    std::printf("  ratio highlights / plain:               %8.2f (aim: <= 2, and < 200 ms)\n",
                claimedMs / plainMs);
    std::printf("    steps alone: reading %d claims %.1f ms (on a worker during the open), "
                "highlight list %.1f ms,\n      sorting and lanes %.1f ms, claims list reset "
                "with its listeners, read included, %.1f ms\n",
                int(loaded.size()), readMs, buildMs, sortMs, resetMs);
    if (suggestions)
        std::printf("  suggestion marks shown after:           %8.1f ms (%lld suggestions)\n",
                    suggestionsMs, qint64(suggestionCount));
    std::printf(
        "  scroll through, with highlights:        %8.1f ms, %d pages, worst page %.1f ms\n",
        scrollClaimed.totalMs, scrollClaimed.frames, scrollClaimed.worstFrameMs);
    std::printf(
        "  scroll through, plain text:             %8.1f ms, %d pages, worst page %.1f ms\n",
        scrollPlain.totalMs, scrollPlain.frames, scrollPlain.worstFrameMs);
    // The smoke run only checks that it all works: some highlights were painted.
    return painted > 0 ? 0 : 1;
}
