#include "core/displaynames.h"

#include <QCoreApplication>

namespace Hindsight {

namespace {

constexpr const char *kContext = "Hindsight::DisplayNames";

QString named(const char *source, DisplayLanguage language)
{
    return language == DisplayLanguage::English ? QString::fromUtf8(source)
                                                : documentTr(kContext, source);
}

} // namespace

QString eventKindTitle(EventKind kind, DisplayLanguage language)
{
    switch (kind) {
    case EventKind::Detection:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Detection"), language);
    case EventKind::Investigation:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Investigation"), language);
    case EventKind::Misleading:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Misleading"), language);
    case EventKind::Escalation:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Escalation"), language);
    case EventKind::Mitigation:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Mitigation"), language);
    case EventKind::Resolution:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Resolution"), language);
    case EventKind::Communication:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Communication"), language);
    case EventKind::Other:
        break;
    }
    return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Other"), language);
}

QString statusTitle(Status status, DisplayLanguage language)
{
    switch (status) {
    case Status::Draft:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Draft"), language);
    case Status::InReview:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "In review"), language);
    case Status::Final:
        break;
    }
    return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Final"), language);
}

QString algorithmTitle(BalancingAlgorithm algorithm, DisplayLanguage language)
{
    switch (algorithm) {
    case BalancingAlgorithm::RoundRobin:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Round robin"), language);
    case BalancingAlgorithm::WeightedRoundRobin:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Weighted round robin"),
                     language);
    case BalancingAlgorithm::LeastConnections:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Least connections"), language);
    case BalancingAlgorithm::IpHash:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "IP hash / sticky sessions"),
                     language);
    case BalancingAlgorithm::Random:
        break;
    }
    return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Random"), language);
}

QString healthTitle(BackendHealth health, DisplayLanguage language)
{
    switch (health) {
    case BackendHealth::Healthy:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Healthy"), language);
    case BackendHealth::Degraded:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Degraded"), language);
    case BackendHealth::Down:
        return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Down"), language);
    case BackendHealth::Drained:
        break;
    }
    return named(QT_TRANSLATE_NOOP("Hindsight::DisplayNames", "Drained"), language);
}

} // namespace Hindsight
