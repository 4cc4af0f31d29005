#include "corpus_generator.h"

#include <QDir>
#include <QSaveFile>
#include <array>
#include <random>

namespace crible::bench {

namespace {

// Vocabulary of the press on the subject: accents in most words, so NFC and accent folding
// do real work.
constexpr std::array kNouns = {
    "crédit",     "système",        "société",      "caméra",       "réseau",
    "données",    "citoyen",        "entreprise",   "gouvernement", "règlement",
    "tribunal",   "débiteur",       "liste",        "économie",     "sécurité",
    "expérience", "municipalité",   "province",     "plateforme",   "application",
    "paiement",   "reconnaissance", "surveillance", "notation",     "sanction",
    "récompense", "dossier",        "comportement", "confiance",    "administration",
    "banque",     "assurance",      "école",        "hôtel",        "visa",
    "prêt",       "journaliste",    "documentaire", "algorithme",   "événement",
    "période"};
constexpr std::array kAdjectives = {
    "social",  "national",    "local",        "numérique",  "générale",   "précis",
    "célèbre", "réel",        "expérimental", "commercial", "judiciaire", "fiscal",
    "pénal",   "chinois",     "étranger",     "américain",  "publique",   "privée",
    "élevé",   "défavorable", "intégré",      "contrôlé"};
constexpr std::array kVerbs = {"prévoit",    "généralise", "contrôle",   "réduit",     "améliore",
                               "enregistre", "publie",     "sanctionne", "récompense", "évalue",
                               "développe",  "déploie",    "révèle",     "annonce",    "interdit",
                               "autorise",   "mesure",     "considère",  "modifie",    "précise"};
constexpr std::array kGlue = {"le",     "la",    "les",  "un",    "une",  "des",  "du",    "de",
                              "et",     "ou",    "dans", "pour",  "avec", "sans", "selon", "depuis",
                              "vers",   "chez",  "sur",  "sous",  "à",    "où",   "très",  "déjà",
                              "encore", "aussi", "plus", "moins", "qui",  "que",  "dont"};
constexpr std::array kPlaces = {"Pékin",    "Shanghai", "Rongcheng", "Hangzhou", "Suining",
                                "Shenzhen", "Genève",   "Montréal",  "Québec",   "Bruxelles"};
constexpr std::array kEmoji = {"😀", "📷", "🇨🇳", "👍🏽", "🔍"};

class Writer
{
public:
    Writer(std::uint64_t seed) : m_random(seed) {}

    template <typename Array> const char *pick(const Array &words)
    {
        return words[m_random() % words.size()];
    }
    int below(int n) { return int(m_random() % std::uint64_t(n)); }

    QString sentence(bool withEmoji)
    {
        QString s;
        const int length = 8 + below(18);
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                s += QLatin1Char(' ');
            switch (below(9)) {
            case 0:
            case 1:
                s += QString::fromUtf8(pick(kNouns));
                break;
            case 2:
                s += QString::fromUtf8(pick(kAdjectives));
                break;
            case 3:
                s += QString::fromUtf8(pick(kVerbs));
                break;
            case 4:
                s += QStringLiteral("l’") + QString::fromUtf8(pick(kNouns));
                break;
            case 5:
                s += QStringLiteral("« ") + QString::fromUtf8(pick(kNouns)) + QStringLiteral(" »");
                break;
            case 6:
                s += (below(4) == 0) ? QString::fromUtf8(pick(kPlaces))
                                     : QString::number(below(2030));
                break;
            default:
                s += QString::fromUtf8(pick(kGlue));
                break;
            }
        }
        s[0] = s[0].toUpper();
        if (withEmoji)
            s += QLatin1Char(' ') + QString::fromUtf8(pick(kEmoji));
        s += (below(10) == 0) ? QStringLiteral(" ?") : QStringLiteral(".");
        return s;
    }

private:
    std::mt19937_64 m_random;
};

} // namespace

QString generateArticle(const CorpusSpec &spec, int number)
{
    Writer writer(spec.seed * 1000003ULL + std::uint64_t(number));
    QString text = QStringLiteral("Article %1 : « ").arg(number) +
                   QString::fromUtf8(writer.pick(kNouns)) + QStringLiteral(" ") +
                   QString::fromUtf8(writer.pick(kAdjectives)) + QStringLiteral(" »\n\n");
    qint64 bytes = text.toUtf8().size();
    while (bytes < spec.bytesPerArticle) {
        const bool emoji = writer.below(4) == 0; // an emoji in about a quarter of paragraphs
        QString paragraph;
        const int sentences = 3 + writer.below(6);
        for (int i = 0; i < sentences; ++i) {
            if (i > 0)
                paragraph += QLatin1Char(' ');
            paragraph += writer.sentence(emoji && i == 1);
        }
        paragraph += QStringLiteral("\n\n");
        bytes += paragraph.toUtf8().size();
        text += paragraph;
    }
    return text;
}

core::Result<qint64> writeCorpus(const CorpusSpec &spec, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return core::fail(dir + QStringLiteral(": cannot create the folder"));
    qint64 total = 0;
    for (int i = 0; i < spec.articles; ++i) {
        const QString path = dir + QStringLiteral("/%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        QSaveFile file(path);
        const QByteArray bytes = generateArticle(spec, i).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return core::fail(path + QStringLiteral(": ") + file.errorString());
        total += bytes.size();
    }
    return total;
}

} // namespace crible::bench
