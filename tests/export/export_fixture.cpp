#include "export_fixture.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crible::testing {

namespace {

QDateTime at(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

qint64 codePointIndexOf(const QString &text, const QString &needle)
{
    const qsizetype utf16 = text.indexOf(needle);
    if (utf16 < 0)
        return -1;
    return text.left(utf16).toUcs4().size();
}

core::Claim claimOf(const core::Article &article, const QString &quote, const char *uuid)
{
    core::Claim c;
    c.uuid = QString::fromLatin1(uuid);
    c.articleId = article.id;
    c.start = codePointIndexOf(article.text, quote);
    c.end = c.start + quote.toUcs4().size();
    c.status = u"graded"_s;
    c.annotator = u"alice"_s;
    c.created = at("2024-03-01T10:00:00Z");
    c.modified = at("2024-03-02T11:30:00Z");
    return c;
}

} // namespace

QString frenchText()
{
    return u"Le crédit social 😀 est généralisé en 2020. Le maximum de points est de 950. "
           u"Si vous êtes sous les 300, vous ne pouvez plus prendre le train.\n\n"
           u"C’est terrifiant."_s;
}

QString chineseText()
{
    return u"社会信用体系在荣成试点。\nالمدينة تختبر النظام الجديد.\n"
           u"Le tableur affiche =HYPERLINK(\"http://x\",\"y\") +cmd -1+1 @SUM(A1) "
           u"<script>alert(1)</script> \"quoted\", a;b|c\td\nnext 🎉 line."_s;
}

core::Result<std::unique_ptr<store::Project>> buildFixtureProject(const QString &path)
{
    auto created = store::Project::create(path, nullptr);
    if (!created)
        return core::fail(created.error());
    std::unique_ptr<store::Project> project = std::move(created).value();
    project->setActor(u"alice"_s);

    core::ProjectSettings settings;
    settings.organisationName = u"Crible Test Desk"_s;
    settings.organisationUrl = u"https://factcheck.example.org/"_s;
    settings.defaultAnnotator = u"alice"_s;
    if (auto r = project->setSettings(settings); !r)
        return core::fail(r.error());

    core::Article fr;
    fr.uuid = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
    fr.title = u"Dictature high-tech : la Chine note ses citoyens"_s;
    fr.publisher = u"Le Blog Exemple"_s;
    fr.author = u"Jean Exemple"_s;
    fr.url = u"https://blog.example.org/dictature-high-tech"_s;
    fr.publishedDate = u"2019-05-01"_s;
    fr.language = u"fr"_s;
    fr.text = frenchText();
    fr.originalBytes = fr.text.toUtf8();
    fr.sourceEncoding = u"UTF-8"_s;
    fr.sourceFileName = u"dictature.txt"_s;
    fr.importedAt = at("2024-03-01T09:00:00Z");
    fr.updateDigest();
    if (auto r = project->addArticle(fr); !r)
        return core::fail(r.error());

    core::Article zh;
    zh.uuid = u"aaaaaaaa-0000-4000-8000-000000000002"_s;
    zh.title = u"荣成试点 <b>&</b> \"tests\""_s;
    zh.publisher = u"示例新闻"_s;
    zh.url = QString(); // no URL: exports fall back to urn:uuid
    zh.publishedDate = u"2021-07"_s;
    zh.language = u"zh"_s;
    zh.text = chineseText();
    zh.originalBytes = zh.text.toUtf8();
    zh.sourceEncoding = u"UTF-8"_s;
    zh.sourceFileName = u"rongcheng.txt"_s;
    zh.importedAt = at("2024-03-01T09:05:00Z");
    zh.updateDigest();
    if (auto r = project->addArticle(zh); !r)
        return core::fail(r.error());

    core::Source law;
    law.uuid = u"guofa-2014-21"_s;
    law.title = u"Planning Outline for the Construction of a Social Credit System (2014-2020)"_s;
    law.originalTitle = u"社会信用体系建设规划纲要（2014—2020年）"_s;
    law.publisher = u"State Council"_s;
    law.url = u"https://www.gov.cn/zhengce/content/2014-06/27/content_8913.htm"_s;
    law.date = u"2014-06-14"_s;
    law.language = u"zh"_s;
    law.documentNumber = u"Guofa [2014] No. 21"_s;
    law.primary = true;
    law.readVia = u"translation"_s;
    law.reliability = u"A"_s;
    if (auto r = project->addSource(law); !r)
        return core::fail(r.error());

    core::Source sesame;
    sesame.uuid = u"sesame-credit-range"_s;
    sesame.title = u"Sesame Credit scores range from 350 to 950"_s;
    sesame.publisher = u"Example Tech Review"_s;
    sesame.url = u"https://tech.example.com/sesame"_s;
    sesame.date = u"2018-02"_s;
    sesame.readVia = u"direct"_s;
    if (auto r = project->addSource(sesame); !r)
        return core::fail(r.error());

    core::Source hostile;
    hostile.uuid = u"hostile-title"_s;
    hostile.title = u"=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script> 信用 | ; , \"t\""_s;
    hostile.publisher = u"@evil"_s;
    hostile.url = u"https://evil.example.net/a?b=1&c=2"_s;
    hostile.date = u"2020"_s;
    if (auto r = project->addSource(hostile); !r)
        return core::fail(r.error());

    // French article.
    core::Claim c1 = claimOf(fr, u"généralisé en 2020"_s, kEmojiClaimUuid);
    c1.claimant = u"Jean Exemple"_s;
    c1.restatement = u"China's social credit system was generalised nationwide in 2020"_s;
    c1.kind = u"date"_s;
    c1.verdict = u"inaccurate"_s;
    c1.evidenceLevel = u"E2"_s;
    c1.presentedAs = u"national-in-force"_s;
    c1.scope = u"national-plan"_s;
    c1.explanation = u"The 2014 plan set 2020 as a target; no single national system went live."_s;
    c1.statusAsOf = u"2024-03-01"_s;
    c1.sources = {{law.id, law.uuid, u"refutes"_s, u"by 2020, the basic laws and regulations …"_s}};

    core::Claim c2 =
        claimOf(fr, u"Le maximum de points est de 950"_s, "00000000-0000-4000-8000-000000000002");
    c2.claimant = u"Jean Exemple"_s;
    c2.restatement = u"The highest possible score is 950 points"_s;
    c2.kind = u"statistic"_s;
    c2.verdict = u"misleading"_s;
    c2.evidenceLevel = u"E3"_s;
    c2.presentedAs = u"national-in-force"_s;
    c2.scope = u"commercial"_s;
    c2.explanation = u"950 is the top of Sesame Credit, a commercial score, not a state score."_s;
    c2.sources = {{sesame.id, sesame.uuid, u"supports"_s, QString()}};

    // Overlaps the end of c2 ("950").
    core::Claim c3 =
        claimOf(fr, u"950. Si vous êtes sous les 300"_s, "00000000-0000-4000-8000-000000000003");
    c3.claimant = u"Jean Exemple"_s;
    c3.restatement = u"Below 300 points, people lose rights"_s;
    c3.kind = u"causal"_s;
    c3.verdict = u"inaccurate"_s;
    c3.evidenceLevel = u"E4"_s;
    c3.presentedAs = u"national-in-force"_s;
    c3.scope = u"none"_s;
    c3.explanation = u"No state score with a 300 threshold exists."_s;
    c3.sources = {{sesame.id, sesame.uuid, u"refutes"_s, QString()},
                  {law.id, law.uuid, u"context"_s, QString()}};

    core::Claim c5 = claimOf(fr, u"C’est terrifiant."_s, kOpinionClaimUuid);
    c5.claimant = u"Jean Exemple"_s;
    c5.restatement = u"The system is terrifying"_s;
    c5.kind = u"opinion"_s;
    c5.verdict = u"opinion"_s;
    c5.evidenceLevel = u"E5"_s;
    c5.presentedAs = u"outside"_s;
    c5.scope = u"outside"_s;
    c5.explanation = u"A judgement, not a checkable fact."_s;

    core::Claim draft = claimOf(fr, u"Le crédit social"_s, kDraftClaimUuid);
    draft.status = u"draft"_s;
    draft.restatement = u"DRAFT-MUST-NOT-APPEAR"_s;

    // Chinese article.
    core::Claim c6 = claimOf(zh, u"社会信用体系在荣成试点"_s, kChineseClaimUuid);
    c6.claimant = u"示例新闻"_s;
    c6.restatement = u"Rongcheng runs a social credit pilot"_s;
    c6.kind = u"attribution"_s;
    c6.verdict = u"accurate"_s;
    c6.evidenceLevel = u"E1"_s;
    c6.presentedAs = u"local-pilot"_s;
    c6.scope = u"local-pilot"_s;
    c6.explanation = u"荣成 has run a municipal points pilot since 2014."_s;
    c6.sources = {{law.id, law.uuid, u"supports"_s, u"信用"_s}};

    core::Claim c7 = claimOf(zh, u"المدينة تختبر النظام الجديد"_s, kArabicClaimUuid);
    c7.claimant = u"示例新闻"_s;
    c7.restatement = u"The city tests the new system"_s;
    c7.kind = u"attribution"_s;
    c7.verdict = u"unverifiable"_s;
    c7.evidenceLevel = u"E5"_s;
    c7.presentedAs = u"local-pilot"_s;
    c7.scope = u"local-pilot"_s;
    c7.explanation = u"لا يوجد مصدر مستقل."_s;
    c7.annotator = u"bob"_s;

    core::Claim c8 = claimOf(zh,
                             u"=HYPERLINK(\"http://x\",\"y\") +cmd -1+1 @SUM(A1) "
                             u"<script>alert(1)</script> \"quoted\", a;b|c\td\nnext 🎉"_s,
                             kHostileClaimUuid);
    c8.claimant = u"@SUM(A1)"_s;
    c8.restatement = u"+cmd <script>alert(1)</script> ',' ';' '|' 🎉"_s;
    c8.kind = u"statistic"_s;
    c8.verdict = u"outdated"_s;
    c8.evidenceLevel = u"E3"_s;
    c8.presentedAs = u"commercial"_s;
    c8.scope = u"national-in-force"_s;
    c8.explanation =
        u"-1+1 @SUM(A1) <script>alert(1)</script> \"q\", ';' '|'\ttab\nnewline 🎉 عربي 中文"_s;
    c8.statusAsOf = u"2023-12-31"_s;
    c8.sources = {{hostile.id, hostile.uuid, u"context"_s, u"=1+2 <img src=x onerror=alert(1)>"_s}};

    for (core::Claim *c : {&c1, &c2, &c3, &c5, &draft, &c6, &c7, &c8}) {
        if (c->start < 0)
            return core::fail(u"fixture: quote not found for "_s + c->uuid);
        if (auto r = project->addClaim(*c); !r)
            return core::fail(u"fixture: "_s + r.error());
    }
    return project;
}

} // namespace crible::testing
