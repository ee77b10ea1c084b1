#include "core/loaddiagram.h"

#include "core/loaddiagramyaml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Hindsight {

namespace {

/// Context of this file's user-visible strings (lupdate reads the macro's argument).
struct DiagramText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LoadDiagram)
};

double nonNegative(double v)
{
    return std::isfinite(v) && v > 0 ? v : 0;
}

/// Finds x in [lo, hi] with f(x) = target for a non-decreasing f (bisection, 200 steps: far
/// below a request per second for any rate a diagram shows).
template<typename F>
double solveIncreasing(F f, double target, double lo, double hi)
{
    for (int i = 0; i < 200; ++i) {
        const double mid = lo + (hi - lo) / 2;
        if (f(mid) < target)
            lo = mid;
        else
            hi = mid;
    }
    return lo + (hi - lo) / 2;
}

/// Least-connections loads (req/s) over the backends in rotation; see computeLoad().
/// `pinned` holds each backend's fixed pinned load; `total` is R.
QList<double> leastConnectionsLoads(const QList<double> &capacity, const QList<double> &weight,
                                    const QList<double> &pinned, double total)
{
    const qsizetype n = capacity.size();
    QList<double> load(n, 0);
    double weightSum = 0;
    double saturated = 0; // sum of max(pinned, c) over backends that take unpinned traffic
    double pinnedSum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        weightSum += weight[i];
        saturated += std::max(pinned[i], weight[i] > 0 ? capacity[i] : 0);
        pinnedSum += pinned[i];
    }
    if (weightSum <= 0 || total <= pinnedSum) {
        // Nothing to balance: only the pinned sessions reach a backend.
        return pinned;
    }
    if (saturated >= total) {
        // Below saturation: in-flight per unit weight levels out at L. Parametrise
        // L = u / (1 - u), u in [0, 1), so the bisection runs over a bounded interval.
        const auto levelled = [&](double u) {
            const double level = u / (1 - u);
            double sum = 0;
            for (qsizetype i = 0; i < n; ++i)
                sum += std::max(pinned[i],
                                capacity[i] * level * weight[i] / (1 + level * weight[i]));
            return sum;
        };
        const double u = solveIncreasing(levelled, total, 0, 1 - 1e-15);
        const double level = u / (1 - u);
        for (qsizetype i = 0; i < n; ++i)
            load[i]
                = std::max(pinned[i], capacity[i] * level * weight[i] / (1 + level * weight[i]));
    } else {
        // Overload: queues grow at rates proportional to weight, load_i = c_i + e w_i.
        const auto growing = [&](double e) {
            double sum = 0;
            for (qsizetype i = 0; i < n; ++i)
                sum += std::max(pinned[i], (weight[i] > 0 ? capacity[i] : 0) + e * weight[i]);
            return sum;
        };
        const double e = solveIncreasing(growing, total, 0, total / weightSum);
        for (qsizetype i = 0; i < n; ++i)
            load[i] = std::max(pinned[i], (weight[i] > 0 ? capacity[i] : 0) + e * weight[i]);
    }
    // Remove the bisection's last rounding so the loads add up to the total exactly.
    double sum = 0;
    for (double l : std::as_const(load))
        sum += l;
    if (sum > 0)
        for (double &l : load)
            l *= total / sum;
    return load;
}

bool checkPasses(const LoadScenario &s, const Backend &b)
{
    const bool probesService
        = s.servingPort <= 0 || s.healthCheckPort <= 0 || s.servingPort == s.healthCheckPort;
    if (probesService)
        return b.health == BackendHealth::Healthy || b.health == BackendHealth::Degraded;
    return s.checkPortAnswers;
}

} // namespace

ScenarioLoad computeLoad(const LoadScenario &s)
{
    ScenarioLoad out;
    const qsizetype n = s.backends.size();
    out.backends.resize(n);
    const double rate = nonNegative(s.requestRate);

    QList<qsizetype> rotation; // indexes of the backends in rotation
    for (qsizetype i = 0; i < n; ++i) {
        const Backend &b = s.backends[i];
        BackendLoad &l = out.backends[i];
        l.inRotation = b.inPool && b.health != BackendHealth::Drained && checkPasses(s, b);
        if (l.inRotation)
            rotation.append(i);
    }
    out.inRotationCount = int(rotation.size());

    // The pinned backend: the first in rotation with that name.
    qsizetype pinnedIndex = -1;
    double p = std::clamp(std::isfinite(s.pinnedFraction) ? s.pinnedFraction : 0.0, 0.0, 1.0);
    for (qsizetype i : std::as_const(rotation)) {
        if (s.backends[i].name == s.pinnedBackend && !s.pinnedBackend.isEmpty()) {
            pinnedIndex = i;
            break;
        }
    }
    if (pinnedIndex < 0)
        p = 0;

    if (s.algorithm == BalancingAlgorithm::LeastConnections) {
        QList<double> capacity, weight, pinned;
        for (qsizetype i : std::as_const(rotation)) {
            capacity.append(nonNegative(s.backends[i].capacity));
            weight.append(nonNegative(s.backends[i].weight));
            pinned.append(i == pinnedIndex ? p * rate : 0);
        }
        const QList<double> loads = leastConnectionsLoads(capacity, weight, pinned, rate);
        for (qsizetype k = 0; k < rotation.size(); ++k)
            out.backends[rotation[k]].share = rate > 0 ? loads[k] / rate : 0;
        // With rate 0 the shares the balancer would use: those of an infinitesimal load.
        if (rate <= 0) {
            double weightSum = 0;
            for (qsizetype k = 0; k < rotation.size(); ++k)
                weightSum += weight[k] * capacity[k];
            for (qsizetype k = 0; k < rotation.size() && weightSum > 0; ++k)
                out.backends[rotation[k]].share = weight[k] * capacity[k] / weightSum;
        }
    } else {
        QList<double> a(rotation.size(), 0);
        if (s.algorithm == BalancingAlgorithm::RoundRobin) {
            for (double &v : a)
                v = 1.0 / double(rotation.size());
        } else {
            double weightSum = 0;
            for (qsizetype i : std::as_const(rotation))
                weightSum += nonNegative(s.backends[i].weight);
            for (qsizetype k = 0; k < rotation.size() && weightSum > 0; ++k)
                a[k] = nonNegative(s.backends[rotation[k]].weight) / weightSum;
        }
        for (qsizetype k = 0; k < rotation.size(); ++k) {
            BackendLoad &l = out.backends[rotation[k]];
            l.share = (1 - p) * a[k] + (rotation[k] == pinnedIndex ? p : 0);
            if (s.algorithm == BalancingAlgorithm::Random)
                l.spread = std::sqrt((1 - p) * rate * a[k] * (1 - a[k]));
        }
    }

    double served = 0;
    for (qsizetype i = 0; i < n; ++i) {
        BackendLoad &l = out.backends[i];
        const Backend &b = s.backends[i];
        served += l.share;
        l.requestRate = l.share * rate;
        const double capacity = nonNegative(b.capacity);
        if (l.requestRate <= 0)
            l.utilisation = 0;
        else if (capacity <= 0)
            l.utilisation = std::numeric_limits<double>::infinity();
        else
            l.utilisation = l.requestRate / capacity;
        l.failing = l.inRotation && b.health == BackendHealth::Down;
        l.overloaded = !l.failing && l.utilisation > 1;
        l.busy = !l.failing && !l.overloaded && l.utilisation > kBusyUtilisation;
        if (l.overloaded) {
            ++out.overloadedCount;
            out.failedRate += l.requestRate - capacity;
        }
        if (l.failing)
            out.failedRate += l.requestRate;
    }
    out.unservedShare = std::clamp(1 - served, 0.0, 1.0);
    if (out.unservedShare < 1e-12)
        out.unservedShare = 0;
    out.failedRate += out.unservedShare * rate;
    return out;
}

// --- Names ---------------------------------------------------------------------------------

QString algorithmName(BalancingAlgorithm a)
{
    switch (a) {
    case BalancingAlgorithm::RoundRobin:
        return QStringLiteral("round-robin");
    case BalancingAlgorithm::WeightedRoundRobin:
        return QStringLiteral("weighted-round-robin");
    case BalancingAlgorithm::LeastConnections:
        return QStringLiteral("least-connections");
    case BalancingAlgorithm::IpHash:
        return QStringLiteral("ip-hash");
    case BalancingAlgorithm::Random:
        return QStringLiteral("random");
    }
    return QString();
}

QList<BalancingAlgorithm> allAlgorithms()
{
    return {BalancingAlgorithm::RoundRobin, BalancingAlgorithm::WeightedRoundRobin,
            BalancingAlgorithm::LeastConnections, BalancingAlgorithm::IpHash,
            BalancingAlgorithm::Random};
}

std::optional<BalancingAlgorithm> algorithmFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char('-'));
    key.replace(QLatin1Char(' '), QLatin1Char('-'));
    for (BalancingAlgorithm a : allAlgorithms())
        if (algorithmName(a) == key)
            return a;
    return std::nullopt;
}

QString healthName(BackendHealth h)
{
    switch (h) {
    case BackendHealth::Healthy:
        return QStringLiteral("healthy");
    case BackendHealth::Degraded:
        return QStringLiteral("degraded");
    case BackendHealth::Down:
        return QStringLiteral("down");
    case BackendHealth::Drained:
        return QStringLiteral("drained");
    }
    return QString();
}

QList<BackendHealth> allHealthStates()
{
    return {BackendHealth::Healthy, BackendHealth::Degraded, BackendHealth::Down,
            BackendHealth::Drained};
}

std::optional<BackendHealth> healthFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (BackendHealth h : allHealthStates())
        if (healthName(h) == key)
            return h;
    return std::nullopt;
}

// --- Presets and ids -----------------------------------------------------------------------

QList<LoadDiagramPreset> allLoadDiagramPresets()
{
    return {LoadDiagramPreset::EvenRoundRobin, LoadDiagramPreset::MisweightedPool,
            LoadDiagramPreset::MissingFromPool, LoadDiagramPreset::StickySessions,
            LoadDiagramPreset::WrongCheckPort};
}

namespace {

LoadScenario pool(const QString &label, BalancingAlgorithm algorithm, double rate, int count,
                  double capacity)
{
    LoadScenario s;
    s.label = label;
    s.algorithm = algorithm;
    s.requestRate = rate;
    for (int i = 1; i <= count; ++i)
        s.backends.append(
            {QStringLiteral("web-%1").arg(i), capacity, 1, BackendHealth::Healthy, true});
    return s;
}

} // namespace

LoadDiagram loadDiagramPreset(LoadDiagramPreset preset)
{
    LoadDiagram d;
    const QString during = DiagramText::tr("During the incident");
    const QString after = DiagramText::tr("After the fix");
    switch (preset) {
    case LoadDiagramPreset::EvenRoundRobin:
        d.title = DiagramText::tr("Even round robin");
        d.caption
            = DiagramText::tr("Round robin spreads the requests evenly over four equal backends.");
        d.incident = pool(DiagramText::tr("Normal operation"), BalancingAlgorithm::RoundRobin, 9000,
                          4, 3000);
        break;
    case LoadDiagramPreset::MisweightedPool:
        d.title = DiagramText::tr("Misweighted pool");
        d.caption = DiagramText::tr(
            "A weight of 10 instead of 1 sent three quarters of the traffic to web-1, "
            "which overloaded while the other backends idled. Equal weights spread "
            "the load evenly again.");
        d.incident = pool(during, BalancingAlgorithm::WeightedRoundRobin, 9000, 4, 3000);
        d.incident.backends[0].weight = 10;
        d.fixed = pool(after, BalancingAlgorithm::WeightedRoundRobin, 9000, 4, 3000);
        break;
    case LoadDiagramPreset::MissingFromPool:
        d.title = DiagramText::tr("Backends missing from the pool");
        d.caption
            = DiagramText::tr("Two of four backends were left out of the load balancer's pool; the "
                              "remaining two took all the traffic and overloaded.");
        d.incident = pool(during, BalancingAlgorithm::RoundRobin, 9000, 4, 3000);
        d.incident.backends[2].inPool = false;
        d.incident.backends[3].inPool = false;
        d.fixed = pool(after, BalancingAlgorithm::RoundRobin, 9000, 4, 3000);
        break;
    case LoadDiagramPreset::StickySessions:
        d.title = DiagramText::tr("Sticky sessions");
        d.caption
            = DiagramText::tr("60% of the sessions were pinned to web-1, which took 70% of the "
                              "requests. Without pinning, least connections balances the pool.");
        d.incident = pool(during, BalancingAlgorithm::IpHash, 9000, 4, 3000);
        d.incident.pinnedFraction = 0.6;
        d.incident.pinnedBackend = QStringLiteral("web-1");
        d.fixed = pool(after, BalancingAlgorithm::LeastConnections, 9000, 4, 3000);
        break;
    case LoadDiagramPreset::WrongCheckPort:
        d.title = DiagramText::tr("Health check on the wrong port");
        d.caption = DiagramText::tr(
            "The health check probed port 80, which still answered on web-2 after "
            "its service on 8080 died, so a quarter of the requests failed.");
        d.incident = pool(during, BalancingAlgorithm::RoundRobin, 9000, 4, 4000);
        d.incident.servingPort = 8080;
        d.incident.healthCheckPort = 80;
        d.incident.checkPortAnswers = true;
        d.incident.backends[1].health = BackendHealth::Down;
        d.fixed = d.incident;
        d.fixed->label = after;
        d.fixed->healthCheckPort = 8080;
        d.fixed->checkPortAnswers = false;
        break;
    }
    return d;
}

bool isValidDiagramId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch() && id.compare(QLatin1String("timeline"), Qt::CaseInsensitive);
}

QString uniqueDiagramId(const QList<LoadDiagram> &taken)
{
    QSet<QString> ids;
    for (const LoadDiagram &d : taken)
        ids.insert(d.id);
    for (int i = 1;; ++i) {
        const QString id = QStringLiteral("lb-%1").arg(i);
        if (!ids.contains(id))
            return id;
    }
}

const LoadDiagram *findDiagram(const QList<LoadDiagram> &diagrams, const QString &id)
{
    for (const LoadDiagram &d : diagrams)
        if (d.id == id)
            return &d;
    return nullptr;
}

// --- Links ---------------------------------------------------------------------------------

namespace {

/// "![alt](diagram:id)": alt may hold escaped characters; the URL may sit in <…>.
const QRegularExpression &diagramLinkPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(!\\[(?:[^\\]\\\\]|\\\\.)*\\]\\()[ \\t]*<?%1:([A-Za-z0-9_-]{1,64})>?[ "
                       "\\t]*(\\))")
            .arg(QLatin1String(kDiagramScheme)));
    return re;
}

} // namespace

QString diagramLink(const QString &id, const QString &alt)
{
    QString text = alt.simplified();
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('['), QLatin1String("\\["));
    text.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return QStringLiteral("![%1](%2:%3)").arg(text, QLatin1String(kDiagramScheme), id);
}

QStringList diagramLinkIds(const QString &markdown)
{
    QStringList ids;
    auto it = diagramLinkPattern().globalMatch(markdown);
    while (it.hasNext())
        ids.append(it.next().captured(2));
    return ids;
}

QString rewriteDiagramLinks(const QString &markdown,
                            const std::function<QString(const QString &id)> &urlFor)
{
    QString out;
    qsizetype last = 0;
    auto it = diagramLinkPattern().globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString url = urlFor(m.captured(2));
        if (url.isEmpty())
            continue;
        out += QStringView(markdown).mid(last, m.capturedStart() - last);
        out += m.captured(1) + url + m.captured(3);
        last = m.capturedEnd();
    }
    if (last == 0)
        return markdown;
    out += QStringView(markdown).mid(last);
    return out;
}

QString restoreDiagramLinks(const QString &markdown, const QStringList &ids)
{
    if (ids.isEmpty())
        return markdown;
    static const QRegularExpression re(
        QStringLiteral("(!\\[(?:[^\\]\\\\]|\\\\.)*\\]\\()<?(?:[^()<>\\s:/]+/)*[^()<>\\s:/]+"
                       "\\.assets/([A-Za-z0-9_-]{1,64})\\.(?:png|svg)>?(\\))"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!ids.contains(m.captured(2)))
            continue;
        out += QStringView(markdown).mid(last, m.capturedStart() - last);
        out += m.captured(1) + QLatin1String(kDiagramScheme) + QLatin1Char(':') + m.captured(2)
               + m.captured(3);
        last = m.capturedEnd();
    }
    if (last == 0)
        return markdown;
    out += QStringView(markdown).mid(last);
    return out;
}

QString insertParagraph(const QString &text, qsizetype position, const QString &block,
                        qsizetype *insertedAt)
{
    if (position < 0 || position > text.size())
        position = text.size();
    const QString before = text.left(position);
    const QString after = text.mid(position);
    QString prefix;
    if (!before.isEmpty() && !before.endsWith(QLatin1String("\n\n")))
        prefix = before.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    QString suffix;
    if (!after.isEmpty() && !after.startsWith(QLatin1String("\n\n")))
        suffix
            = after.startsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    if (insertedAt)
        *insertedAt = before.size() + prefix.size();
    return before + prefix + block + suffix + after;
}

// --- YAML ----------------------------------------------------------------------------------

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

std::string numberText(double v)
{
    return QString::number(v, 'g', 12).toStdString();
}

void emitScenario(YAML::Emitter &y, const LoadScenario &s)
{
    y << YAML::BeginMap;
    y << YAML::Key << "label" << YAML::Value << toStd(s.label);
    y << YAML::Key << "requestRate" << YAML::Value << numberText(s.requestRate);
    y << YAML::Key << "algorithm" << YAML::Value << toStd(algorithmName(s.algorithm));
    if (s.pinnedFraction != 0)
        y << YAML::Key << "pinnedFraction" << YAML::Value << numberText(s.pinnedFraction);
    if (!s.pinnedBackend.isEmpty())
        y << YAML::Key << "pinnedBackend" << YAML::Value << toStd(s.pinnedBackend);
    if (s.servingPort != 0)
        y << YAML::Key << "servingPort" << YAML::Value << s.servingPort;
    if (s.healthCheckPort != 0)
        y << YAML::Key << "healthCheckPort" << YAML::Value << s.healthCheckPort;
    if (s.checkPortAnswers)
        y << YAML::Key << "checkPortAnswers" << YAML::Value << true;
    y << YAML::Key << "backends" << YAML::Value << YAML::BeginSeq;
    for (const Backend &b : s.backends) {
        y << YAML::Flow << YAML::BeginMap;
        y << YAML::Key << "name" << YAML::Value << toStd(b.name);
        y << YAML::Key << "capacity" << YAML::Value << numberText(b.capacity);
        y << YAML::Key << "weight" << YAML::Value << numberText(b.weight);
        y << YAML::Key << "health" << YAML::Value << toStd(healthName(b.health));
        if (!b.inPool)
            y << YAML::Key << "inPool" << YAML::Value << false;
        y << YAML::EndMap;
    }
    y << YAML::EndSeq;
    y << YAML::EndMap;
}

QString scalar(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}

/// Reads number `key` of `map` into *value when present; a non-number or a value below `min`
/// keeps the default and warns.
void readNumber(const YAML::Node &map, const char *key, double *value, double min,
                const QString &context, QStringList *warnings, double max = 1e15)
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return;
    bool ok = false;
    const double v = scalar(n).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        warnings->append(QStringLiteral("%1%2 '%3' is not a number from %4 to %5; using %6")
                             .arg(context, QLatin1String(key), scalar(n))
                             .arg(min)
                             .arg(max)
                             .arg(*value));
        return;
    }
    *value = v;
}

void readPort(const YAML::Node &map, const char *key, int *port, const QString &context,
              QStringList *warnings)
{
    double v = *port;
    readNumber(map, key, &v, 0, context, warnings, 65535);
    *port = int(v);
}

bool readBool(const YAML::Node &map, const char *key, bool fallback, const QString &context,
              QStringList *warnings)
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return fallback;
    const QString v = scalar(n).toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no"))
        return false;
    warnings->append(
        QStringLiteral("%1%2 '%3' is not true or false").arg(context, QLatin1String(key), v));
    return fallback;
}

LoadScenario readScenario(const YAML::Node &m, const QString &context, QStringList *warnings)
{
    LoadScenario s;
    s.label = scalar(m["label"]);
    readNumber(m, "requestRate", &s.requestRate, 0, context, warnings);
    if (const QString a = scalar(m["algorithm"]); !a.isEmpty()) {
        if (const auto algorithm = algorithmFromName(a))
            s.algorithm = *algorithm;
        else
            warnings->append(
                QStringLiteral("%1unknown algorithm '%2'; using round-robin").arg(context, a));
    }
    readNumber(m, "pinnedFraction", &s.pinnedFraction, 0, context, warnings, 1);
    s.pinnedBackend = scalar(m["pinnedBackend"]);
    readPort(m, "servingPort", &s.servingPort, context, warnings);
    readPort(m, "healthCheckPort", &s.healthCheckPort, context, warnings);
    s.checkPortAnswers = readBool(m, "checkPortAnswers", false, context, warnings);
    if (const YAML::Node list = m["backends"]; list && list.IsSequence()) {
        int index = 0;
        for (const YAML::Node &item : list) {
            ++index;
            const QString where = QStringLiteral("%1backend %2: ").arg(context).arg(index);
            if (!item.IsMap()) {
                warnings->append(where + QStringLiteral("not a mapping; left out"));
                continue;
            }
            Backend b;
            b.name = scalar(item["name"]);
            readNumber(item, "capacity", &b.capacity, 0, where, warnings);
            readNumber(item, "weight", &b.weight, 0, where, warnings);
            if (const QString h = scalar(item["health"]); !h.isEmpty()) {
                if (const auto health = healthFromName(h))
                    b.health = *health;
                else
                    warnings->append(
                        QStringLiteral("%1unknown health '%2'; using healthy").arg(where, h));
            }
            b.inPool = readBool(item, "inPool", true, where, warnings);
            s.backends.append(b);
        }
    }
    return s;
}

} // namespace

void emitLoadDiagram(YAML::Emitter &y, const LoadDiagram &d)
{
    y << YAML::BeginMap;
    y << YAML::Key << "id" << YAML::Value << toStd(d.id);
    y << YAML::Key << "title" << YAML::Value << toStd(d.title);
    y << YAML::Key << "caption" << YAML::Value << toStd(d.caption);
    y << YAML::Key << "incident" << YAML::Value;
    emitScenario(y, d.incident);
    if (d.fixed) {
        y << YAML::Key << "fixed" << YAML::Value;
        emitScenario(y, *d.fixed);
    }
    y << YAML::EndMap;
}

std::optional<LoadDiagram> loadDiagramFromNode(const YAML::Node &node, const QString &context,
                                               QStringList *warnings)
{
    if (!node.IsMap()) {
        warnings->append(context + QStringLiteral("not a mapping; left out"));
        return std::nullopt;
    }
    const YAML::Node incident = node["incident"];
    if (!incident || !incident.IsMap()) {
        warnings->append(context + QStringLiteral("no 'incident' mapping; left out"));
        return std::nullopt;
    }
    LoadDiagram d;
    d.id = scalar(node["id"]);
    d.title = scalar(node["title"]);
    d.caption = scalar(node["caption"]);
    d.incident = readScenario(incident, context + QStringLiteral("incident: "), warnings);
    if (const YAML::Node fixed = node["fixed"]; fixed && fixed.IsMap())
        d.fixed = readScenario(fixed, context + QStringLiteral("fixed: "), warnings);
    return d;
}

QByteArray loadDiagramToYaml(const LoadDiagram &diagram)
{
    YAML::Emitter y;
    emitLoadDiagram(y, diagram);
    return QByteArray(y.c_str()) + '\n';
}

LoadDiagramReadResult loadDiagramFromYaml(const QString &yaml)
{
    LoadDiagramReadResult r;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap()) {
            r.error = DiagramText::tr("the diagram spec is not a YAML mapping");
            return r;
        }
        QStringList warnings;
        const auto d = loadDiagramFromNode(root, QString(), &warnings);
        if (!d) {
            r.error = DiagramText::tr("the diagram spec has no 'incident' mapping");
            return r;
        }
        r.diagram = *d;
        r.warnings = warnings;
    } catch (const YAML::ParserException &e) {
        r.error = DiagramText::tr("malformed YAML at line %1: %2")
                      .arg(e.mark.line + 1)
                      .arg(QString::fromStdString(e.msg));
        return r;
    } catch (const YAML::Exception &e) {
        r.error = DiagramText::tr("unexpected value in the diagram spec: %1")
                      .arg(QString::fromStdString(e.msg));
        return r;
    }
    if (!isValidDiagramId(r.diagram.id)) {
        if (!r.diagram.id.isEmpty())
            r.warnings.append(
                DiagramText::tr("id '%1' is not [A-Za-z0-9_-]; using lb-1").arg(r.diagram.id));
        r.diagram.id = QStringLiteral("lb-1");
    }
    r.ok = true;
    return r;
}

} // namespace Hindsight
