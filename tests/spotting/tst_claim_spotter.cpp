// Tests of the claim spotter on texts written for the tests (never the corpus): one named
// row per language and per reason, clause spans, exact code point offsets behind emoji,
// figures with scale words, and sentences that must give nothing.

#include "text/claim_spotter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using crible::text::ClaimCandidate;
using crible::text::ClaimSpotter;

namespace {

ClaimSpotter spotterFor(const QString &language)
{
    auto spotter = ClaimSpotter::forLanguage(language);
    if (!spotter)
        qFatal("no spotter for %s: %s", qPrintable(language), qPrintable(spotter.error()));
    return std::move(spotter).value();
}

// Code point length of a UTF-16 prefix, counted here independently of the spotter.
qint64 codePoints(QStringView text)
{
    return text.toString().toUcs4().size();
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return u"<out of range>"_s;
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

const ClaimCandidate *candidateWithQuote(const QList<ClaimCandidate> &candidates,
                                         const QString &quote)
{
    for (const ClaimCandidate &candidate : candidates) {
        if (candidate.quote == quote)
            return &candidate;
    }
    return nullptr;
}

QString describe(const QList<ClaimCandidate> &candidates)
{
    QStringList lines;
    for (const ClaimCandidate &c : candidates)
        lines.append(u"[%1,%2) \"%3\" {%4}"_s.arg(QString::number(c.start), QString::number(c.end),
                                                  c.quote, c.reasons.join(u',')));
    return lines.join(u" | "_s);
}

} // namespace

class TestClaimSpotter final : public QObject
{
    Q_OBJECT

private slots:
    void reasons_data();
    void reasons();
    void clauseNotParagraph_data();
    void clauseNotParagraph();
    void codePointOffsets_data();
    void codePointOffsets();
    void figures_data();
    void figures();
    void noCandidate_data();
    void noCandidate();
    void languages();
    void rulesAreData();
    void namesAreOpaque();
    void json();
};

void TestClaimSpotter::reasons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("reason");

    const QString calm = u"Il fait doux ce matin au bord du lac. "_s;
    QTest::newRow("fr-quantity") << u"fr"_s
                                 << calm +
                                        u"Le pays compte 170 millions de caméras de surveillance."_s
                                 << u"Le pays compte 170 millions de caméras de surveillance."_s
                                 << u"quantity"_s;
    QTest::newRow("fr-date")
        << u"fr"_s << u"La réforme entrera en vigueur à l’horizon 2030 dans la capitale."_s
        << u"La réforme entrera en vigueur à l’horizon 2030 dans la capitale."_s << u"date"_s;
    QTest::newRow("fr-forecast") << u"fr"_s << u"Le registre devrait couvrir la région entière."_s
                                 << u"Le registre devrait couvrir la région entière."_s
                                 << u"forecast"_s;
    QTest::newRow("fr-absolute") << u"fr"_s
                                 << u"Toutes les entreprises sont notées par la municipalité."_s
                                 << u"Toutes les entreprises sont notées par la municipalité."_s
                                 << u"absolute"_s;
    QTest::newRow("fr-comparison")
        << u"fr"_s << u"Cette ville surveille plus de quartiers que sa voisine."_s
        << u"Cette ville surveille plus de quartiers que sa voisine."_s << u"comparison"_s;
    QTest::newRow("fr-attribution")
        << u"fr"_s << u"Selon le journal local, la mairie a renoncé au projet."_s
        << u"Selon le journal local, la mairie a renoncé au projet."_s << u"attribution"_s;
    QTest::newRow("fr-named-system")
        << u"fr"_s << u"Le Conseil des affaires de l’État a publié un texte."_s
        << u"Le Conseil des affaires de l’État a publié un texte."_s << u"named-system"_s;
    QTest::newRow("en-quantity") << u"en"_s
                                 << u"The city installed 2.5 million cameras in its streets."_s
                                 << u"The city installed 2.5 million cameras in its streets."_s
                                 << u"quantity"_s;
    QTest::newRow("en-date") << u"en"_s << u"The registry opened in March 2019 in the capital."_s
                             << u"The registry opened in March 2019 in the capital."_s << u"date"_s;
    QTest::newRow("en-forecast") << u"en"_s << u"The registry will be extended to the province."_s
                                 << u"The registry will be extended to the province."_s
                                 << u"forecast"_s;
    QTest::newRow("en-forecast-may")
        << u"en"_s << u"The registry may be extended to the province."_s
        << u"The registry may be extended to the province."_s << u"forecast"_s;
    QTest::newRow("en-absolute") << u"en"_s << u"Every citizen receives a score from the bank."_s
                                 << u"Every citizen receives a score from the bank."_s
                                 << u"absolute"_s;
    QTest::newRow("en-comparison")
        << u"en"_s << u"The northern province has the largest network of cameras."_s
        << u"The northern province has the largest network of cameras."_s << u"comparison"_s;
    QTest::newRow("en-attribution")
        << u"en"_s << u"According to the ministry, the registry covers the capital."_s
        << u"According to the ministry, the registry covers the capital."_s << u"attribution"_s;
    QTest::newRow("en-named-system")
        << u"en"_s << u"The State Council published the planning outline."_s
        << u"The State Council published the planning outline."_s << u"named-system"_s;
    QTest::newRow("zh-quantity") << u"zh"_s << u"这个城市有一半的居民使用这个应用。"_s
                                 << u"这个城市有一半的居民使用这个应用。"_s << u"quantity"_s;
    QTest::newRow("zh-date") << u"zh"_s << u"该系统于2014年开始试点。"_s
                             << u"该系统于2014年开始试点。"_s << u"date"_s;
    QTest::newRow("zh-forecast") << u"zh"_s << u"该平台预计明年推广到全省。"_s
                                 << u"该平台预计明年推广到全省。"_s << u"forecast"_s;
    QTest::newRow("zh-absolute") << u"zh"_s << u"所有企业都必须登记。"_s
                                 << u"所有企业都必须登记。"_s << u"absolute"_s;
    QTest::newRow("zh-comparison") << u"zh"_s << u"这座城市的摄像头比首都多。"_s
                                   << u"这座城市的摄像头比首都多。"_s << u"comparison"_s;
    QTest::newRow("zh-attribution") << u"zh"_s << u"据当地媒体报道，该市已经停止试点。"_s
                                    << u"据当地媒体报道，该市已经停止试点。"_s << u"attribution"_s;
    QTest::newRow("zh-named-system") << u"zh"_s << u"国务院发布了规划纲要。"_s
                                     << u"国务院发布了规划纲要。"_s << u"named-system"_s;
}

void TestClaimSpotter::reasons()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, reason);

    const auto candidates = spotterFor(language).spot(text);
    const ClaimCandidate *found = candidateWithQuote(candidates, quote);
    QVERIFY2(found, qPrintable(describe(candidates)));
    QVERIFY2(found->reasons.contains(reason), qPrintable(found->reasons.join(u',')));
    // The reason is backed by a cue whose text lies in the quote, at its own offsets.
    const auto cue = std::find_if(found->cues.cbegin(), found->cues.cend(),
                                  [&](const auto &c) { return c.reason == reason; });
    QVERIFY(cue != found->cues.cend());
    QVERIFY(cue->start >= found->start && cue->end <= found->end);
    QCOMPARE(codePointSlice(text, cue->start, cue->end), cue->text);
    QVERIFY(!found->detail.isEmpty());
    QVERIFY(found->score >= 1.0);
}

void TestClaimSpotter::clauseNotParagraph_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes"); // every candidate, in order

    QTest::newRow("fr-semicolon")
        << u"fr"_s
        << u"La mairie a lancé une consultation; 300 familles ont répondu au questionnaire. "
           u"Le marché ouvre le matin près de la gare."_s
        << QStringList{u"300 familles ont répondu au questionnaire."_s};
    QTest::newRow("fr-dont")
        << u"fr"_s << u"La ville compte 170 millions de caméras, dont 20 millions dans le métro."_s
        << QStringList{u"La ville compte 170 millions de caméras"_s,
                       u"dont 20 millions dans le métro."_s};
    QTest::newRow("fr-bullets")
        << u"fr"_s
        << u"Parmi ces outils, on trouve :\n\n  • 40 millions de comptes bancaires,\n"
           u"  • des écrans dans les gares de la ville.\n"_s
        << QStringList{u"40 millions de comptes bancaires"_s};
    QTest::newRow("en-which")
        << u"en"_s
        << u"The bank lent money to the firms, which received 3 billion dollars last spring."_s
        << QStringList{u"which received 3 billion dollars last spring."_s};
    QTest::newRow("zh-but") << u"zh"_s << u"他们在河边散步，但该市有三千五百个摄像头。"_s
                            << QStringList{u"但该市有三千五百个摄像头。"_s};
    QTest::newRow("zh-semicolon") << u"zh"_s << u"他们在河边散步；该市有三千五百个摄像头。"_s
                                  << QStringList{u"该市有三千五百个摄像头。"_s};
}

void TestClaimSpotter::clauseNotParagraph()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);

    const auto candidates = spotterFor(language).spot(text);
    QStringList got;
    for (const ClaimCandidate &c : candidates) {
        got.append(c.quote);
        QCOMPARE(codePointSlice(text, c.start, c.end), c.quote);
    }
    QCOMPARE(got, quotes);
}

void TestClaimSpotter::codePointOffsets_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");

    QTest::newRow("fr-emoji") << u"fr"_s
                              << u"😀 Rien à signaler ici. 😀😀 Selon la police, 42 personnes "
                                 u"ont été arrêtées."_s
                              << u"Selon la police, 42 personnes ont été arrêtées."_s;
    QTest::newRow("en-emoji-crlf")
        << u"en"_s << u"Hello 🎉 friends.\r\n👍 The agency said 12 towns joined the pilot.\r\n"_s
        << u"The agency said 12 towns joined the pilot."_s;
    QTest::newRow("zh-emoji") << u"zh"_s << u"😀😀我们很高兴。😀据报道，该市有两万名居民。"_s
                              << u"据报道，该市有两万名居民。"_s;
    QTest::newRow("fr-nfd-accent") << u"fr"_s << u"😀 Le re\u0301seau devrait couvrir 12 villes."_s
                                   << u"Le re\u0301seau devrait couvrir 12 villes."_s;
}

void TestClaimSpotter::codePointOffsets()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, quote);

    const auto candidates = spotterFor(language).spot(text);
    QCOMPARE(candidates.size(), 1);
    const qsizetype utf16 = text.indexOf(quote);
    QVERIFY(utf16 >= 0);
    QCOMPARE(candidates.first().start, codePoints(QStringView(text).left(utf16)));
    QCOMPARE(candidates.first().end, codePoints(QStringView(text).left(utf16 + quote.size())));
    QCOMPARE(candidates.first().quote, quote);
}

void TestClaimSpotter::figures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cueText");
    QTest::addColumn<double>("value");

    QTest::newRow("fr-millions") << u"fr"_s << u"On prévoit 680 millions de caméras."_s
                                 << u"680 millions"_s << 680000000.0;
    QTest::newRow("fr-decimal-comma") << u"fr"_s << u"Le prêt atteint 1,5 milliard d’euros."_s
                                      << u"1,5 milliard"_s << 1500000000.0;
    QTest::newRow("fr-grouped-nnbsp")
        << u"fr"_s << u"La ville emploie 170\u202F000 agents."_s << u"170\u202F000"_s << 170000.0;
    QTest::newRow("fr-percent") << u"fr"_s << u"Le taux atteint 80 % des ménages."_s << u"80 %"_s
                                << 80.0;
    QTest::newRow("fr-number-word")
        << u"fr"_s << u"Il y a une caméra pour deux habitants."_s << u"deux"_s << 2.0;
    QTest::newRow("en-grouping-comma")
        << u"en"_s << u"The survey reached 1,500 people."_s << u"1,500"_s << 1500.0;
    QTest::newRow("en-million") << u"en"_s << u"The city installed 2.5 million cameras."_s
                                << u"2.5 million"_s << 2500000.0;
    QTest::newRow("zh-yi") << u"zh"_s << u"全国约有6.8亿台摄像头。"_s << u"6.8亿"_s << 680000000.0;
    QTest::newRow("zh-percent-words")
        << u"zh"_s << u"百分之八十的居民使用手机支付。"_s << u"百分之八十"_s << 0.8;
    QTest::newRow("zh-numerals") << u"zh"_s << u"该市有三千五百个摄像头。"_s << u"三千五百"_s
                                 << 3500.0;
    QTest::newRow("zh-half") << u"zh"_s << u"一半的企业已经登记。"_s << u"一半"_s << 0.5;
}

void TestClaimSpotter::figures()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, cueText);
    QFETCH(double, value);

    const auto candidates = spotterFor(language).spot(text);
    QCOMPARE(candidates.size(), 1);
    const auto &cues = candidates.first().cues;
    const auto cue =
        std::find_if(cues.cbegin(), cues.cend(), [&](const auto &c) { return c.text == cueText; });
    QVERIFY2(cue != cues.cend(), qPrintable(candidates.first().detail));
    QCOMPARE(cue->reason, u"quantity"_s);
    QVERIFY(cue->value.has_value());
    QCOMPARE(*cue->value, value);
    QVERIFY(candidates.first().reasons.contains(u"quantity"_s));
}

void TestClaimSpotter::noCandidate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    QTest::newRow("fr-plain") << u"fr"_s << u"Il fait doux et nous marchons dans le parc."_s;
    QTest::newRow("fr-question") << u"fr"_s << u"Le plus inquiétant ?"_s;
    QTest::newRow("fr-idiom") << u"fr"_s << u"Elle aime avant tout les promenades en forêt."_s;
    QTest::newRow("fr-hyphen-compound") << u"fr"_s << u"Un appareil tout-en-un pour la cuisine."_s;
    QTest::newRow("fr-url-digits")
        << u"fr"_s << u"Voir la page https://exemple.fr/article-98413 en ligne."_s;
    QTest::newRow("en-plain") << u"en"_s << u"The cat sat quietly near the window."_s;
    QTest::newRow("en-idiom") << u"en"_s << u"She did not like the film at all."_s;
    QTest::newRow("zh-plain") << u"zh"_s << u"我们在公园里散步。"_s;
    QTest::newRow("zh-numeral-in-word") << u"zh"_s << u"我们一起去公园散步。"_s;
    QTest::newRow("empty") << u"fr"_s << QString();
}

void TestClaimSpotter::noCandidate()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const auto candidates = spotterFor(language).spot(text);
    QVERIFY2(candidates.isEmpty(), qPrintable(describe(candidates)));
}

void TestClaimSpotter::languages()
{
    QVERIFY(ClaimSpotter::languages().contains(u"fr"_s));
    QVERIFY(ClaimSpotter::languages().contains(u"en"_s));
    QVERIFY(ClaimSpotter::languages().contains(u"zh"_s));
    for (const QString &language : ClaimSpotter::languages()) {
        const auto spotter = ClaimSpotter::forLanguage(language);
        QVERIFY2(spotter.ok(), qPrintable(spotter.error()));
        QCOMPARE(spotter->language(), language);
    }
    const auto regional = ClaimSpotter::forLanguage(u"fr-CA"_s);
    QVERIFY(regional.ok());
    QCOMPARE(regional->language(), u"fr"_s);
    const auto script = ClaimSpotter::forLanguage(u"zh-Hans-CN"_s);
    QVERIFY(script.ok());
    QCOMPARE(script->language(), u"zh"_s);
    const auto unknown = ClaimSpotter::forLanguage(u"xx"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(u"xx"_s));
    QVERIFY(!ClaimSpotter::fromRules("{ not json").ok());
    QVERIFY(!ClaimSpotter::fromRules(R"({"language": "fr", "reasons": {"gossip": {}}})").ok());
}

void TestClaimSpotter::rulesAreData()
{
    // A cue added to a rule file is found with no change in code, and a scale word too.
    const QByteArray rules = R"({
        "language": "fr", "icuLocale": "fr", "wordSpaced": true, "minClauseWords": 2,
        "scales": { "briques": 1000 },
        "reasons": { "named-system": { "strong": ["registre des tortues"] } }
    })";
    const auto spotter = ClaimSpotter::fromRules(rules);
    QVERIFY2(spotter.ok(), qPrintable(spotter.error()));
    const QString text = u"Le Registre des Tortues est ouvert. Il coûte 3 briques."_s;
    const auto candidates = spotter->spot(text);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.at(0).reasons, QStringList{u"named-system"_s});
    QCOMPARE(candidates.at(1).cues.first().value.value_or(0), 3000.0);
    // The stock French rules know neither.
    QVERIFY(spotterFor(u"fr"_s).spot(u"Le Registre des Tortues est ouvert."_s).isEmpty());
}

void TestClaimSpotter::namesAreOpaque()
{
    // "2025" inside the programme's name is no date, "Plus" inside a policy's name no comparison.
    const auto candidates =
        spotterFor(u"fr"_s).spot(u"Le programme Made in China 2025 rejoint Internet Plus."_s);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().reasons, QStringList{u"named-system"_s});
    QCOMPARE(candidates.first().cues.size(), 2);
}

void TestClaimSpotter::json()
{
    const QString text = u"😀 Selon la mairie, 680 millions de caméras seront installées."_s;
    const auto candidates = spotterFor(u"fr"_s).spot(text);
    QCOMPARE(candidates.size(), 1);
    const QJsonArray array = crible::text::candidatesToJson(candidates);
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(u"start"_s).toInteger(), 2);
    QCOMPARE(object.value(u"end"_s).toInteger(), codePoints(text));
    QCOMPARE(object.value(u"quote"_s).toString(),
             u"Selon la mairie, 680 millions de caméras seront installées."_s);
    const QJsonArray reasons = object.value(u"reasons"_s).toArray();
    QVERIFY(reasons.contains(u"attribution"_s));
    QVERIFY(reasons.contains(u"quantity"_s));
    bool sawValue = false;
    for (const QJsonValue &cue : object.value(u"cues"_s).toArray()) {
        if (cue.toObject().value(u"text"_s).toString() == u"680 millions"_s)
            sawValue = cue.toObject().value(u"value"_s).toDouble() == 680000000.0;
    }
    QVERIFY(sawValue);
    QVERIFY(crible::text::candidatesToText(candidates).contains(u"680000000"_s));

    // The one-call form that crible-cli suggest uses gives the same array.
    const auto suggestions = crible::text::suggestionsToJson(u"fr-FR"_s, text);
    QVERIFY(suggestions.ok());
    QCOMPARE(*suggestions, array);
    const auto refused = crible::text::suggestionsToJson(u"tlh"_s, text);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"tlh"_s));
}

QTEST_GUILESS_MAIN(TestClaimSpotter)
#include "tst_claim_spotter.moc"
