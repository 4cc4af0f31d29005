#pragma once

#include <QString>

namespace crible::core {

// Per-project settings. The organisation is what ClaimReview names as the review's author.
struct ProjectSettings
{
    QString organisationName;
    QString organisationUrl;
    QString defaultAnnotator;

    bool operator==(const ProjectSettings &) const = default;
};

} // namespace crible::core
