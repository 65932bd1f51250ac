// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The live validator. Findings are kept by scope: per anchor (the component or connection a
// local rule looks from) and per global rule. An edit marks the anchors it can affect (the
// edited item, its connections and their other ends, its region, and for a region its children)
// and the kinds of global facts it touches (regions, cluster set, cluster sizes, routing,
// firewalls, vaults, names). Only those anchors and the global rules that read those facts run
// again; the result is diffed against what was published. A switch of model re-runs only the
// model's own rules, and not even those when the design has not changed since the document was
// last on that model: the findings of the models left are kept until the next edit.
//
// The graph follows every signal at once (removals must be seen before they happen), but the
// checks wait for the end of the command (the undo stack's indexChanged): a command emits a
// handful of signals, and checking once after all of them costs half as much. A read of the
// findings, a reset and a queued call catch changes made outside the undo stack.

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"
#include "model/validation/validator.h"

#include <QPointer>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <map>

namespace continuity {

using rules::Findings;

struct LiveValidator::Private {
    LiveValidator *q = nullptr;
    QPointer<Document> document;
    const Catalog &catalog;
    std::unique_ptr<DesignGraph> graph;

    QHash<QString, Findings> local;    // by anchor id; only non-empty lists
    QSet<QString> modelAnchors;        // anchors with findings of model rules
    std::vector<Findings> global;      // by index in rules::globalRules()
    std::vector<Finding> sorted;       // everything, sorted with findingLess, when sortedValid
    bool sortedValid = false;
    // Per subject: its findings by severity, and the publish in which they last changed (a
    // subject is noted as changed once, by the same lookup that counts it). Subjects whose counts
    // drop to zero are dropped when published.
    struct SubjectCounts {
        std::array<int, 3> bySeverity{0, 0, 0};
        quint64 changedIn = 0;
    };
    QHash<QString, SubjectCounts> bySubject;
    quint64 publishes = 1;  // the number of the next publish
    FindingCounts counts;

    // What a model's own rules found (and the global rules whose findings follow the model),
    // kept for the models the document is not on, so that switching back (an undo, the
    // trade-off chart) publishes the difference without running them again. Any edit of the
    // design empties it: the findings were true of the design as it was.
    struct ModelFindings {
        QHash<QString, Findings> local;  // by anchor: the findings of model rules only
        std::vector<Findings> global;    // by index in rules::globalRules(); followsModel only
    };
    std::map<DeploymentModel, ModelFindings> cache;
    DeploymentModel model = DeploymentModel::ActiveActive;  // the findings' model

    QSet<QString> anchors;  // to re-check
    unsigned touched = 0;   // rules::Dependency bits
    bool everything = false;
    bool modelChanged = false;
    bool queued = false;
    bool changed = false;           // since the last publish
    QStringList changedSubjects;  // since the last publish, each once
    QStringList emptied;          // subjects whose counts dropped to zero since then

    explicit Private(const Catalog &c)
        : catalog(c)
    {
    }

    void mark(const QString &id)
    {
        if (!id.isEmpty())
            anchors.insert(id);
    }

    void markConnectionsOf(const QString &id)
    {
        for (const QString &cid : graph->connectionsOf(id)) {
            mark(cid);
            const auto [from, to] = graph->indexedEnds(cid);
            mark(from);
            mark(to);
        }
    }

    // What an edit of component `id` can affect, as the graph indexes it now. A region's
    // location and name reach its children's own rules, and, through the children, the rules
    // of their neighbours that compare regions: the clusters pulling from a registry (GEN-006),
    // the shared state a cluster uses (GEN-011) and the backups of a cluster (GEN-013).
    void markComponent(const QString &id)
    {
        mark(id);
        mark(graph->indexedParent(id));
        markConnectionsOf(id);
        for (const QString &child : graph->childrenOf(id)) {
            mark(child);
            switch (graph->indexedKind(child).value_or(ComponentKind::Region)) {
            case ComponentKind::AksCluster:
            case ComponentKind::ContainerRegistry:
            case ComponentKind::BackupVault: markConnectionsOf(child); break;
            default: break;
            }
        }
    }

    void touchKind(std::optional<ComponentKind> kind)
    {
        if (!kind)
            return;
        switch (*kind) {
        case ComponentKind::Region: touched |= rules::OnRegions; break;
        case ComponentKind::AksCluster: touched |= rules::OnClusterSet; break;
        case ComponentKind::Firewall:
        case ComponentKind::FirewallPolicy: touched |= rules::OnFirewalls; break;
        case ComponentKind::BackupVault: touched |= rules::OnVaults; break;
        default: break;
        }
    }

    // Global findings name clusters, routers, firewalls, policies and vaults (regions through
    // OnRegions): renaming anything else changes no global message.
    void touchName(std::optional<ComponentKind> kind)
    {
        if (!kind)
            return;
        switch (*kind) {
        case ComponentKind::AksCluster:
        case ComponentKind::FrontDoor:
        case ComponentKind::TrafficManager:
        case ComponentKind::Firewall:
        case ComponentKind::FirewallPolicy:
        case ComponentKind::BackupVault: touched |= rules::OnNames; break;
        case ComponentKind::Region: touched |= rules::OnRegions; break;
        default: break;
        }
    }

    void touchConnection(const QString &cid)
    {
        switch (graph->connectionKind(cid).value_or(ConnectionKind::Uses)) {
        case ConnectionKind::Manages: touched |= rules::OnFirewalls; break;
        case ConnectionKind::Protects: touched |= rules::OnVaults; break;
        default: break;  // traffic reaches the rules through the graph's routes
        }
    }

    // Which regions hold clusters (GEN-010, AA-006) changes only when a region's first cluster
    // comes or its last goes: the parents of the clusters an edit touches are noted before the
    // graph follows the edit, and compared after.
    struct Occupancy {
        QStringList parents;
        std::vector<bool> held;
    };

    void watchParent(Occupancy &o, const QString &parent, std::optional<ComponentKind> kind)
    {
        if (kind != ComponentKind::AksCluster || parent.isEmpty())
            return;
        o.parents << parent;
        o.held.push_back(!graph->childrenOf(parent, ComponentKind::AksCluster).empty());
    }

    void compareOccupancy(const Occupancy &o)
    {
        for (qsizetype i = 0; i < o.parents.size(); ++i) {
            const bool holds =
                !graph->childrenOf(o.parents[i], ComponentKind::AksCluster).empty();
            if (holds != o.held[static_cast<std::size_t>(i)])
                touched |= rules::OnClusterRegions;
        }
    }

    void watchDesigned(Occupancy &o, const QString &id)
    {
        if (const Component *c = document->component(id))
            watchParent(o, c->parent, c->kind);
    }

    void componentsAdded(const QStringList &ids)
    {
        Occupancy occupancy;
        for (const QString &id : ids) {
            watchParent(occupancy, graph->indexedParent(id), graph->indexedKind(id));
            watchDesigned(occupancy, id);
        }
        graph->addComponents(ids);
        compareOccupancy(occupancy);
        for (const QString &id : ids) {
            markComponent(id);
            touchKind(graph->indexedKind(id));
            touchName(graph->indexedKind(id));
        }
        schedule();
    }

    void componentsAboutToBeRemoved(const QStringList &ids)
    {
        Occupancy occupancy;
        for (const QString &id : ids) {
            markComponent(id);
            touchKind(graph->indexedKind(id));
            touchName(graph->indexedKind(id));
            watchParent(occupancy, graph->indexedParent(id), graph->indexedKind(id));
        }
        graph->removeComponents(ids);
        compareOccupancy(occupancy);
        schedule();
    }

    void componentsChanged(const QStringList &ids, ComponentChanges what)
    {
        // Positions and sizes mean nothing to the rules.
        if (!(what & ~ComponentChanges(ComponentChange::Geometry)))
            return;
        std::vector<std::optional<ClusterFacts>> before;
        before.reserve(static_cast<std::size_t>(ids.size()));
        Occupancy occupancy;
        for (const QString &id : ids) {
            watchParent(occupancy, graph->indexedParent(id), graph->indexedKind(id));
            watchDesigned(occupancy, id);
            mark(graph->indexedParent(id));
            const ClusterFacts *f = graph->cluster(id);
            before.push_back(f ? std::optional<ClusterFacts>(*f) : std::nullopt);
        }
        graph->updateComponents(ids);
        compareOccupancy(occupancy);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString &id = ids[i];
            markComponent(id);
            const std::optional<ComponentKind> kind = graph->indexedKind(id);
            if (what & ComponentChange::Name)
                touchName(kind);
            if (kind == ComponentKind::AksCluster) {
                const ClusterFacts *now = graph->cluster(id);
                const auto &was = before[static_cast<std::size_t>(i)];
                if (!was || !now || was->running != now->running || was->region != now->region
                    || was->location != now->location)
                    touched |= rules::OnClusterSet;
                else if (!(*was == *now))
                    touched |= rules::OnClusterSizes;
            } else {
                touchKind(kind);
            }
        }
        schedule();
    }

    void connectionsAdded(const QStringList &ids)
    {
        graph->addConnections(ids);
        for (const QString &id : ids) {
            markConnection(id);
            touchConnection(id);
        }
        schedule();
    }

    void connectionsAboutToBeRemoved(const QStringList &ids)
    {
        for (const QString &id : ids) {
            markConnection(id);
            touchConnection(id);
        }
        graph->removeConnections(ids);
        schedule();
    }

    void connectionsChanged(const QStringList &ids)
    {
        for (const QString &id : ids) {
            markConnection(id);
            touchConnection(id);
        }
        graph->updateConnections(ids);
        for (const QString &id : ids) {
            markConnection(id);
            touchConnection(id);
        }
        schedule();
    }

    void markConnection(const QString &id)
    {
        mark(id);
        const auto [from, to] = graph->indexedEnds(id);
        mark(from);
        mark(to);
    }

    void deploymentModelChanged()
    {
        modelChanged = true;
        schedule();
    }

    void reset()
    {
        graph->rebuild();
        everything = true;
        flush();
    }

    bool pending() const
    {
        return everything || modelChanged || touched || !anchors.isEmpty();
    }

    // The end of the command normally comes first; the queued call covers mutators called
    // outside the undo stack.
    void schedule()
    {
        if (queued)
            return;
        queued = true;
        QMetaObject::invokeMethod(
            q,
            [this] {
                queued = false;
                flush();
            },
            Qt::QueuedConnection);
    }

    void flush()
    {
        if (pending() && document)
            process();
    }

    const std::vector<Finding> &sortedFindings()
    {
        flush();
        if (!sortedValid) {
            sorted.clear();
            for (auto it = local.cbegin(); it != local.cend(); ++it)
                sorted.insert(sorted.end(), it->begin(), it->end());
            for (const Findings &list : global)
                sorted.insert(sorted.end(), list.begin(), list.end());
            std::sort(sorted.begin(), sorted.end(), findingLess);
            sortedValid = true;
        }
        return sorted;
    }

    // ---- Publishing ---------------------------------------------------------------------------

    void countSubject(const QString &subject, std::size_t severity, int delta)
    {
        SubjectCounts &counted = bySubject[subject];
        counted.bySeverity[severity] += delta;
        if (counted.changedIn != publishes) {
            counted.changedIn = publishes;
            changedSubjects << subject;
        }
        if (counted.bySeverity == std::array<int, 3>{0, 0, 0})
            emptied << subject;
    }

    void count(const Finding &f, int delta)
    {
        switch (f.severity) {
        case Severity::Error: counts.errors += delta; break;
        case Severity::Warning: counts.warnings += delta; break;
        case Severity::Info: counts.infos += delta; break;
        }
        const auto s = static_cast<std::size_t>(f.severity);
        for (const QString &subject : f.subjects)
            countSubject(subject, s, delta);
    }

    // Replaces one scope's findings; counts the findings that came or went and notes their
    // subjects.
    void replace(Findings &current, Findings fresh)
    {
        if (!std::is_sorted(fresh.begin(), fresh.end(), findingLess))
            std::sort(fresh.begin(), fresh.end(), findingLess);
        if (fresh == current)
            return;
        std::vector<Finding> gone;
        std::vector<Finding> came;
        std::set_difference(current.begin(), current.end(), fresh.begin(), fresh.end(),
                            std::back_inserter(gone), findingLess);
        std::set_difference(fresh.begin(), fresh.end(), current.begin(), current.end(),
                            std::back_inserter(came), findingLess);
        for (const Finding &f : gone)
            count(f, -1);
        for (const Finding &f : came)
            count(f, +1);
        changed = true;
        current = std::move(fresh);
    }

    void recheck(const rules::Context &ctx, const QString &anchor)
    {
        Findings fresh;
        rules::checkAnchor(ctx, anchor, fresh);
        store(anchor, std::move(fresh));
    }

    void store(const QString &anchor, Findings fresh)
    {
        auto it = local.find(anchor);
        if (it == local.end()) {
            if (fresh.empty())
                return;
            it = local.insert(anchor, {});
        }
        replace(*it, std::move(fresh));
        const bool ofModel = std::any_of(it->begin(), it->end(), [](const Finding &f) {
            return rules::belongsToAModel(f.ruleId);
        });
        if (ofModel)
            modelAnchors.insert(anchor);
        else
            modelAnchors.remove(anchor);
        if (it->empty())
            local.erase(it);
    }

    // Another model: the rules of every model read nothing the model changes, so only the
    // model's own local rules run, over the design as it is, without looking ids up.
    void switchModel(const rules::Context &ctx)
    {
        QHash<QString, Findings> fresh;
        const Design &d = document->design();
        for (const auto &[id, c] : d.components) {
            Findings found;
            rules::checkComponent(ctx, c, found, rules::Part::ThisModel);
            if (!found.empty())
                fresh.insert(id, std::move(found));
        }
        graph->forEachConnection([&](const Connection &c, const DesignGraph::Ends &ends) {
            Findings found;
            rules::checkConnection(ctx, c, ends, found, rules::Part::ThisModel);
            if (!found.empty())
                fresh.insert(c.id, std::move(found));
        });
        QSet<QString> anchorsToUpdate = modelAnchors;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            anchorsToUpdate.insert(it.key());
        for (const QString &anchor : std::as_const(anchorsToUpdate)) {
            Findings merged = fresh.value(anchor);
            if (auto it = local.constFind(anchor); it != local.cend()) {
                for (const Finding &f : *it) {
                    if (!rules::belongsToAModel(f.ruleId))
                        merged.push_back(f);
                }
            }
            store(anchor, std::move(merged));
        }
    }

    static bool modelSeverity(const char *ruleId)
    {
        const RuleInfo *info = ruleInfo(QLatin1String(ruleId));
        return info && info->singleRegionSeverity;
    }

    // A switch of model brings the model's own rules and drops the old ones; of the rules of
    // every model only those whose severity follows the model change (GEN-001).
    static bool followsModel(const rules::GlobalRule &rule)
    {
        return rule.model || modelSeverity(rule.id);
    }

    // Keeps what the current model's rules found, before the switch replaces it.
    void keepModelFindings()
    {
        ModelFindings kept;
        for (const QString &anchor : std::as_const(modelAnchors)) {
            const auto it = local.constFind(anchor);
            if (it == local.cend())
                continue;
            Findings own;
            for (const Finding &f : *it) {
                if (rules::belongsToAModel(f.ruleId))
                    own.push_back(f);
            }
            if (!own.empty())
                kept.local.insert(anchor, std::move(own));
        }
        const auto &table = rules::globalRules();
        kept.global.resize(table.size());
        for (std::size_t i = 0; i < table.size() && i < global.size(); ++i) {
            if (followsModel(table[i]))
                kept.global[i] = global[i];
        }
        cache[model] = std::move(kept);
    }

    // Publishes the findings kept for the model switched to; false when none are kept.
    bool restoreModelFindings(DeploymentModel to)
    {
        const auto cached = cache.find(to);
        if (cached == cache.end())
            return false;
        ModelFindings kept = std::move(cached->second);
        cache.erase(cached);
        QSet<QString> anchorsToUpdate = modelAnchors;
        for (auto it = kept.local.cbegin(); it != kept.local.cend(); ++it)
            anchorsToUpdate.insert(it.key());
        for (const QString &anchor : std::as_const(anchorsToUpdate)) {
            Findings merged = kept.local.take(anchor);
            if (auto it = local.constFind(anchor); it != local.cend()) {
                for (const Finding &f : *it) {
                    if (!rules::belongsToAModel(f.ruleId))
                        merged.push_back(f);
                }
            }
            store(anchor, std::move(merged));
        }
        const auto &table = rules::globalRules();
        global.resize(table.size());
        kept.global.resize(table.size());
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (followsModel(table[i]))
                replace(global[i], std::move(kept.global[i]));
        }
        return true;
    }

    void process()
    {
        if (graph->refresh())
            touched |= rules::OnRouting;
        const rules::Context ctx{*graph, catalog, document->deploymentModel()};
        const bool edited = everything || touched || !anchors.isEmpty();
        if (edited) {
            cache.clear();
        } else if (modelChanged) {
            // Only the model changed: the findings of both models are those of this design.
            keepModelFindings();
            if (restoreModelFindings(ctx.model)) {
                model = ctx.model;
                modelChanged = false;
                publish();
                return;
            }
        }
        model = ctx.model;
        if (everything) {
            const Design &d = document->design();
            for (const auto &[id, c] : d.components)
                recheck(ctx, id);
            for (const auto &[id, c] : d.connections)
                recheck(ctx, id);
            // Anchors the design no longer has lose their findings.
            QStringList stale;
            for (auto it = local.cbegin(); it != local.cend(); ++it) {
                if (!d.components.count(it.key()) && !d.connections.count(it.key()))
                    stale << it.key();
            }
            for (const QString &anchor : std::as_const(stale))
                recheck(ctx, anchor);
            touched = rules::OnEverything;
        } else {
            // An edit in the same command as a model switch is checked in full first.
            for (const QString &anchor : std::as_const(anchors))
                recheck(ctx, anchor);
            if (modelChanged)
                switchModel(ctx);
        }
        const auto &table = rules::globalRules();
        global.resize(table.size());
        for (std::size_t i = 0; i < table.size(); ++i) {
            const rules::GlobalRule &rule = table[i];
            if (!(rule.dependencies & touched) && !(modelChanged && followsModel(rule)))
                continue;
            Findings fresh;
            if (!rule.model || *rule.model == ctx.model)
                rule.run(ctx, fresh);
            replace(global[i], std::move(fresh));
        }
        anchors.clear();
        touched = 0;
        everything = false;
        modelChanged = false;
        publish();
    }

    // The sorted list is rebuilt when next read: a panel reads it once per change, while the
    // canvas only needs the per-subject severities, which are kept up to date.
    void publish()
    {
        if (!changed)
            return;
        changed = false;
        sortedValid = false;
        QStringList list = std::move(changedSubjects);
        changedSubjects.clear();
        ++publishes;
        for (const QString &subject : std::as_const(emptied)) {
            const auto it = bySubject.find(subject);
            if (it != bySubject.end() && it->bySeverity == std::array<int, 3>{0, 0, 0})
                bySubject.erase(it);
        }
        emptied.clear();
        emit q->findingsChanged(list);
    }
};

LiveValidator::LiveValidator(Document *document, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(catalog ? *catalog : Catalog::builtin()))
{
    d->q = this;
    d->document = document;
    d->graph = std::make_unique<DesignGraph>(document->design(), &d->catalog, true);
    d->everything = true;
    d->process();

    connect(document, &Document::componentsAdded, this,
            [this](const QStringList &ids) { d->componentsAdded(ids); });
    connect(document, &Document::componentsAboutToBeRemoved, this,
            [this](const QStringList &ids) { d->componentsAboutToBeRemoved(ids); });
    connect(document, &Document::componentsChanged, this,
            [this](const QStringList &ids, ComponentChanges what) {
                d->componentsChanged(ids, what);
            });
    connect(document, &Document::connectionsAdded, this,
            [this](const QStringList &ids) { d->connectionsAdded(ids); });
    connect(document, &Document::connectionsAboutToBeRemoved, this,
            [this](const QStringList &ids) { d->connectionsAboutToBeRemoved(ids); });
    connect(document, &Document::connectionsChanged, this,
            [this](const QStringList &ids) { d->connectionsChanged(ids); });
    connect(document, &Document::deploymentModelChanged, this,
            [this] { d->deploymentModelChanged(); });
    connect(document, &Document::designReset, this, [this] { d->reset(); });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { d->flush(); });
}

LiveValidator::~LiveValidator() = default;

const std::vector<Finding> &LiveValidator::findings() const
{
    return d->sortedFindings();
}

std::vector<Finding> LiveValidator::findingsFor(const QString &id) const
{
    d->flush();
    std::vector<Finding> result;
    if (!d->bySubject.contains(id))
        return result;
    for (const Finding &f : d->sortedFindings()) {
        if (f.subjects.contains(id))
            result.push_back(f);
    }
    return result;
}

int LiveValidator::findingCount(const QString &id) const
{
    d->flush();
    const auto it = d->bySubject.constFind(id);
    if (it == d->bySubject.cend())
        return 0;
    return it->bySeverity[0] + it->bySeverity[1] + it->bySeverity[2];
}

std::optional<Severity> LiveValidator::worstSeverity(const QString &id) const
{
    d->flush();
    const auto it = d->bySubject.constFind(id);
    if (it == d->bySubject.cend())
        return std::nullopt;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (it->bySeverity[static_cast<std::size_t>(s)] > 0)
            return s;
    }
    return std::nullopt;
}

FindingCounts LiveValidator::counts() const
{
    d->flush();
    return d->counts;
}

}  // namespace continuity
