#pragma once

#include "source.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crible::core {

// One checkable statement: a span of one article, graded on three separate axes
// (verdict, evidence level, scope) plus the scope the article presents it as.
struct Claim
{
    qint64 id = 0;
    QString uuid;
    qint64 articleId = 0;
    qint64 start = 0;  // code points, half-open
    qint64 end = 0;
    QString quote;     // exact text at [start, end)
    QString prefix;    // up to 32 code points before start
    QString suffix;    // up to 32 code points after end
    QString claimant;     // who makes the claim
    QString restatement;  // <= 75 characters, no verdict in it (ClaimReview claimReviewed)
    QString kind;         // see claimKinds()
    QString status = QStringLiteral("draft");  // "draft", "graded", "reviewed"
    QString verdict;       // taxonomy key, empty while draft
    QString evidenceLevel; // taxonomy key
    QString presentedAs;   // scope key: what the article presents it as
    QString scope;         // scope key: what the evidence shows
    QString explanation;   // what is actually true
    QString statusAsOf;    // ISO 8601 date
    QString annotator;
    QDateTime created;     // UTC
    QDateTime modified;    // UTC
    QList<ClaimSourceLink> sources;

    bool isDraft() const { return status == QLatin1String("draft"); }
    // True when any grade is set (verdict, evidence level or scope).
    bool hasGrades() const
    {
        return !verdict.isEmpty() || !evidenceLevel.isEmpty() || !scope.isEmpty();
    }
};

inline constexpr int kMaxRestatementLength = 75;
inline constexpr int kAnchorContextLength = 32;

} // namespace crible::core

// Every member is an integer or a relocatable Qt value: lists of claims grow by moving
// bytes, not by moving 5,000 claims one by one.
Q_DECLARE_TYPEINFO(crible::core::Claim, Q_RELOCATABLE_TYPE);
