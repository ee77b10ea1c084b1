// Load-distribution diagrams: how a load balancer spread (or failed to spread) the traffic over
// its backends. Value types, the load model, and the YAML spec shared by the front matter's
// `diagrams:` list and standalone spec files (`hindsight diagram SPEC`). No widgets, no I/O.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hindsight {

/// How the load balancer picks a backend for each request.
enum class BalancingAlgorithm {
    RoundRobin,         ///< one request to each backend in turn; weights ignored
    WeightedRoundRobin, ///< in turn, `weight` requests per backend per cycle
    LeastConnections,   ///< to the backend with the fewest active connections per unit weight
    IpHash,             ///< by a hash of the client address (sticky per client)
    Random              ///< a random backend, chosen with probability proportional to weight
};

/// The state of a backend's service, as it really is (what the load balancer believes is
/// derived from it by computeLoad()).
enum class BackendHealth {
    Healthy,  ///< serves its full capacity
    Degraded, ///< still answers health checks; enter the reduced capacity it actually had
    Down,     ///< the service does not answer; requests sent to it fail
    Drained   ///< taken out of rotation on purpose by an operator
};

/// One server behind the load balancer.
struct Backend
{
    QString name;
    double capacity = 1000; ///< requests per second it serves before it saturates (> 0)
    double weight = 1;      ///< configured weight (>= 0; 0 = receives no weighted traffic)
    BackendHealth health = BackendHealth::Healthy;
    bool inPool = true; ///< false: missing from the load balancer's pool configuration

    bool operator==(const Backend &) const = default;
};

/// One state of the system: the traffic, the balancer's configuration and its backends.
struct LoadScenario
{
    QString label;             ///< heading above the state, e.g. "During the incident"
    double requestRate = 1000; ///< requests per second arriving from the traffic source (>= 0)
    BalancingAlgorithm algorithm = BalancingAlgorithm::RoundRobin;
    /// Session affinity: this fraction (0..1) of the requests belongs to sessions (cookie
    /// stickiness, or clients behind one address with IP hash) pinned to `pinnedBackend`.
    /// 0 = no pinning. Pinning to a backend that is not in rotation re-pins nothing: the
    /// sessions move and the traffic is balanced like the rest.
    double pinnedFraction = 0;
    QString pinnedBackend;
    /// Port the backends serve on and port the balancer's health check probes; 0 = not stated
    /// (the check is taken to probe the service). When both are set and differ, the check
    /// probes some other listener: it passes on every backend when `checkPortAnswers` (a
    /// backend whose service is down stays in rotation and its requests fail) and fails on
    /// every backend otherwise (healthy backends are taken out of rotation).
    int servingPort = 0;
    int healthCheckPort = 0;
    bool checkPortAnswers = false;
    QList<Backend> backends;

    bool operator==(const LoadScenario &) const = default;
};

/// A diagram in a postmortem: the incident state and, optionally, the state after the fix,
/// drawn side by side. `id` is stable: the body links the picture as "![alt](diagram:<id>)".
struct LoadDiagram
{
    QString id; ///< [A-Za-z0-9_-]+, unique within a document
    QString title;
    QString caption; ///< one or two sentences under the picture (plain text)
    LoadScenario incident;
    std::optional<LoadScenario> fixed;

    bool operator==(const LoadDiagram &) const = default;
};

// --- The load model ------------------------------------------------------------------------

/// Utilisation above which a backend is "busy" (drawn in the caution colour): queueing delay
/// grows quickly past ~85 % (an M/M/1 queue's mean wait is rho/(1-rho) service times: 5.7 at
/// 85 %), the usual alerting threshold.
inline constexpr double kBusyUtilisation = 0.85;

/// What the model computes for one backend.
struct BackendLoad
{
    /// The balancer sends it traffic: in the pool, not drained, and its health check passes.
    bool inRotation = false;
    double share = 0;       ///< fraction 0..1 of the source's requests sent to it
    double requestRate = 0; ///< share * requestRate, requests per second
    /// requestRate / capacity (1 = saturated); +inf when it gets traffic with capacity <= 0.
    double utilisation = 0;
    bool overloaded = false; ///< utilisation > 1: it cannot keep up, requests queue and time out
    bool busy = false;       ///< kBusyUtilisation < utilisation <= 1
    bool failing = false;    ///< in rotation while its service is down: every request fails
    /// Random only: one standard deviation of the requests it gets in one second, req/s
    /// (binomial: sqrt(n p (1 - p)) for n unpinned requests and probability p). 0 otherwise.
    double spread = 0;
};

/// What the model computes for one scenario. `backends` has one entry per scenario backend,
/// in the same order.
struct ScenarioLoad
{
    QList<BackendLoad> backends;
    double unservedShare = 0; ///< fraction of requests with no backend to go to (LB answers 503)
    int inRotationCount = 0;
    int overloadedCount = 0;
    /// Requests per second that fail: unserved + sent to failing backends + the excess above
    /// capacity of overloaded backends (requests that queue beyond capacity time out).
    double failedRate = 0;
};

/// Shares and utilisation for `scenario`. Formulas (R = requestRate, w_i = weight,
/// c_i = capacity, over the set E of backends in rotation; p = pinnedFraction, P the pinned
/// backend when it is in E, otherwise p is taken as 0):
/// - in rotation: inPool && health != Drained && check passes, where the check passes for
///   Healthy/Degraded when it probes the service, and per LoadScenario::checkPortAnswers when
///   it probes another port. A Down backend in rotation is `failing`.
/// - the unpinned requests (1 - p) R are split by the algorithm into shares a_i (sum 1 over E):
///   - RoundRobin: a_i = 1 / |E| (each backend gets one request per cycle; weights ignored).
///   - WeightedRoundRobin: a_i = w_i / sum_E w (w requests per backend per cycle; nginx and
///     HAProxy "roundrobin" semantics).
///   - IpHash: a_i = w_i / sum_E w — the expected share when many clients hash uniformly onto
///     weighted buckets; one heavy client is expressed with pinnedFraction.
///   - Random: a_i = w_i / sum_E w (expected value), `spread` as documented in BackendLoad.
///   - LeastConnections (approximation): each backend is an M/M/1 queue with service rate
///     c_i; by Little's law its in-flight requests are rho/(1 - rho), rho = load / c_i. The
///     balancer sends each request to the lowest in-flight / w_i, so in steady state the
///     in-flight count per unit weight levels out at some L: load_i = c_i L w_i / (1 + L w_i)
///     (equal weights: load proportional to capacity, equal utilisation). Above the total
///     capacity (sum_E c <= R) the queues grow, at rates the balancer keeps proportional to
///     weight: load_i = c_i + (R - sum_E c) w_i / sum_E w. Pinned load is fixed and the
///     level is found with it included (water-filling: load_i = max(pinned_i, level_i(L)),
///     solved for sum = R by bisection), so least connections steers unpinned traffic away
///     from a backend swamped by pinned sessions.
/// - share_i = p [i = P] + (1 - p) a_i (all algorithms but least connections, whose load_i
///   already includes the pinned part); requestRate_i = share_i R; utilisation_i =
///   requestRate_i / c_i.
/// - With E empty, or a zero weight sum for a weighted algorithm, every request is unserved.
/// Negative inputs are clamped to 0 and pinnedFraction to 0..1.
ScenarioLoad computeLoad(const LoadScenario &scenario);

/// Lower-case names used in spec files: "round-robin", "weighted-round-robin",
/// "least-connections", "ip-hash", "random"; and "healthy", "degraded", "down", "drained".
QString algorithmName(BalancingAlgorithm a);
std::optional<BalancingAlgorithm> algorithmFromName(const QString &name);
QList<BalancingAlgorithm> allAlgorithms();
QString healthName(BackendHealth h);
std::optional<BackendHealth> healthFromName(const QString &name);
QList<BackendHealth> allHealthStates();

// --- Presets and ids -----------------------------------------------------------------------

/// The editor's starting points. Each returns a complete diagram (both states) with id empty.
enum class LoadDiagramPreset {
    EvenRoundRobin,  ///< four equal backends, round robin: the healthy baseline
    MisweightedPool, ///< one backend weighted 10x by mistake; fixed: equal weights
    MissingFromPool, ///< two of four backends left out of the pool; fixed: all four in it
    StickySessions,  ///< 70 % of sessions pinned to one backend; fixed: least connections
    WrongCheckPort   ///< health check on a port that answers; a dead backend keeps traffic
};
QList<LoadDiagramPreset> allLoadDiagramPresets();
LoadDiagram loadDiagramPreset(LoadDiagramPreset preset);

/// True for a usable diagram id: 1-64 characters of [A-Za-z0-9_-], and not "timeline" (any
/// case; Markdown export names the timeline chart's sidecar files that way).
bool isValidDiagramId(const QString &id);
/// The first of "lb-1", "lb-2", … not in `taken`.
QString uniqueDiagramId(const QList<LoadDiagram> &taken);
/// The diagram with `id` in `diagrams`, or nullptr.
const LoadDiagram *findDiagram(const QList<LoadDiagram> &diagrams, const QString &id);

// --- Links in Markdown text ----------------------------------------------------------------

/// URL scheme of a diagram link in document text: "![Traffic](diagram:lb-1)".
inline constexpr char kDiagramScheme[] = "diagram";

/// "![<alt>](diagram:<id>)" with `]`, `[` and `\` in alt escaped and line breaks folded.
QString diagramLink(const QString &id, const QString &alt);

/// Ids of the diagram image links in `markdown`, in order of appearance (repeats kept).
QStringList diagramLinkIds(const QString &markdown);

/// Replaces the URL of every diagram image link "![alt](diagram:<id>)" in `markdown` by
/// `urlFor(id)`; an empty result leaves that link as it is.
QString rewriteDiagramLinks(const QString &markdown,
                            const std::function<QString(const QString &id)> &urlFor);

/// The inverse of the rewrite Markdown export makes: every image link whose URL is a relative
/// "<folder>.assets/<id>.png" (or .svg, optionally in <…>) with `id` in `ids` becomes
/// "![alt](diagram:<id>)" again, so export -> open -> export gives the same file.
QString restoreDiagramLinks(const QString &markdown, const QStringList &ids);

/// Inserts `block` (e.g. a diagram link) into `text` at character `position` as a paragraph
/// of its own: blank lines are added before and after it where the text around it needs them.
/// A position outside 0..text.size() appends. Returns the new text; `*insertedAt` (optional)
/// gets the position of the block's first character in it.
QString insertParagraph(const QString &text, qsizetype position, const QString &block,
                        qsizetype *insertedAt = nullptr);

// --- Spec files ----------------------------------------------------------------------------

/// A diagram spec as YAML (UTF-8, LF), the same mapping as one item of the front matter's
/// `diagrams:` list:
///
///     id: lb-1
///     title: Traffic to the web tier
///     caption: …
///     incident:
///       label: During the incident
///       requestRate: 12000
///       algorithm: weighted-round-robin
///       pinnedFraction: 0.7          # only when not 0; likewise pinnedBackend, servingPort,
///       pinnedBackend: web-1         # healthCheckPort and checkPortAnswers
///       backends:
///         - {name: web-1, capacity: 4000, weight: 10, health: healthy}
///         - {name: web-4, capacity: 4000, weight: 1, health: healthy, inPool: false}
///     fixed: …                       # same shape; absent when there is no "after" state
///
/// Deterministic: the same diagram gives the same bytes.
QByteArray loadDiagramToYaml(const LoadDiagram &diagram);

struct LoadDiagramReadResult
{
    bool ok = false;
    LoadDiagram diagram;
    QString error;        ///< one-line reason when !ok (with the YAML line for syntax errors)
    QStringList warnings; ///< values that were replaced by defaults
};

/// Parses a spec written by loadDiagramToYaml or by hand. Missing fields take the defaults
/// of the value types; unknown algorithm or health names, and values out of range, are
/// replaced by defaults with a warning. A missing or invalid id becomes "lb-1". Fails on
/// malformed YAML, on a document that is not a mapping, and on a spec without an
/// `incident` mapping.
LoadDiagramReadResult loadDiagramFromYaml(const QString &yaml);

} // namespace Hindsight
