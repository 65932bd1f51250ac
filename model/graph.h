// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace continuity {

class Catalog;
struct RegionInfo;

/// The role a cluster plays. Roles are derived, never stored (spec/design-format.md):
/// - cold: a stopped cluster;
/// - active: a running cluster that a global router sends traffic to at the best (lowest)
///   priority that router uses among running clusters; a router that ignores priorities
///   (Traffic Manager with weighted, performance or geographic routing) makes every running
///   cluster it reaches active; in a design where no global router reaches any running cluster
///   (none placed, or none connected yet), every running cluster is active;
/// - passive: any other running cluster: one the routers reach only at a worse priority, and
///   also one that no router reaches while some router does reach other clusters (it runs and
///   costs like a standby but cannot take traffic until it is routed; see ClusterFacts::routed).
enum class ClusterRole { Active, Passive, Cold };
QString toString(ClusterRole role);  ///< "active", "passive", "cold"

/// One way a global router sends traffic to a cluster: straight from the router's edge, or
/// through the Application Gateway the edge ends at (a gateway → cluster traffic edge).
struct Route {
    QString router;             ///< a Front Door or Traffic Manager
    QString connection;         ///< the edge that leaves the router
    QString gateway;            ///< the Application Gateway in between; empty when direct
    QString gatewayConnection;  ///< the gateway → cluster edge; empty when direct
    QString cluster;
    int priority = 1;  ///< the router edge's priority when it is a whole number, else 1
    int weight = 50;   ///< the router edge's weight when it is a whole number, else the default

    bool operator==(const Route &o) const = default;
};

/// What the rules, the estimator and the simulator read about one cluster, read once from its
/// properties. Values that are missing or of the wrong type read as the format's defaults
/// (the validator reports them); whole numbers out of range are kept as written.
struct ClusterFacts {
    QString id;
    QString region;    ///< the region component it sits in; empty when none
    QString location;  ///< that region's `location` as written; empty when none
    bool running = true;
    int nodeCount = 3;                            ///< the steady node count
    std::optional<std::pair<int, int>> autoscale;  ///< {minCount, maxCount} when well-formed
    int capacity = 3;   ///< what it can grow to: autoscale maxCount, else nodeCount
    unsigned zones = 0; ///< bit n-1 set for zone n (the value, or the region's default)
    ClusterRole role = ClusterRole::Active;
    bool routed = false;  ///< some global router reaches it (any priority)

    bool operator==(const ClusterFacts &o) const = default;
};

/// A read-only view of a design for the validator, the estimator and the drill simulator:
/// components by kind, containment, adjacency, the region of each component, the facts of each
/// cluster, the routes from the global routers and the derived cluster roles.
///
/// Built in one linear pass over the design (a 10,000-component design takes a few
/// milliseconds). The design must outlive the graph and must not change while the graph is in
/// use, except through the update functions below, which keep the graph in step with a design
/// that a Document changes (that is how the LiveValidator and the LiveEstimator use it).
///
/// Lists of ids are sorted. Queries never fail: an unknown id gives an empty answer. Queries
/// never change the graph, so a graph nobody updates can be read from several threads.
class DesignGraph
{
public:
    /// Builds the view. `catalog` (regions, zones) defaults to Catalog::builtin(). Pass
    /// `trackChanges` when the graph will follow a changing design through the update
    /// functions below: it then also indexes the connections by id from the start, which the
    /// updates need (a read-only view does without).
    explicit DesignGraph(const Design &design, const Catalog *catalog = nullptr,
                         bool trackChanges = false);
    ~DesignGraph();
    DesignGraph(const DesignGraph &) = delete;
    DesignGraph &operator=(const DesignGraph &) = delete;

    const Design &design() const { return m_design; }
    const Catalog &catalog() const { return m_catalog; }

    // ---- Components --------------------------------------------------------------------------
    const Component *component(const QString &id) const;
    const Connection *connection(const QString &id) const;
    bool contains(const QString &id) const { return component(id) || connection(id); }
    /// Every component of a kind.
    const std::vector<QString> &componentsOfKind(ComponentKind kind) const;
    /// The components whose `parent` is `parentId` (any id, existing or not), of one kind.
    const std::vector<QString> &childrenOf(const QString &parentId, ComponentKind kind) const;
    /// The components whose `parent` is `parentId`, every kind.
    std::vector<QString> childrenOf(const QString &parentId) const;
    /// The region a component sits in: its parent when that is a region, else empty. For a
    /// region, empty.
    QString regionOf(const QString &id) const;
    /// A region's `location` when it is a string, else empty.
    QString locationOf(const QString &regionId) const;
    /// The catalog's entry for a region's location, or nullptr (unknown or missing location).
    const RegionInfo *regionInfo(const QString &regionId) const;
    /// Whether a region's location has availability zones (false when unknown).
    bool regionHasZones(const QString &regionId) const;
    /// Region ids that hold at least one cluster.
    std::vector<QString> clusterRegions() const;

    // ---- Connections ------------------------------------------------------------------------
    /// The connections that start or end at `id`, including those whose other end is missing
    /// (and, for an id that names no component, those that name it).
    std::vector<QString> connectionsOf(const QString &id) const;
    /// A connection's ends as components (nullptr where an end names none) and its kind.
    struct Ends {
        const Component *from = nullptr;
        const Component *to = nullptr;
        std::optional<ConnectionKind> kind;
    };
    Ends endsOf(const Connection &c) const;
    /// Calls `visit(const Connection &, const Ends &)` for every connection (in id order for a
    /// freshly built graph), without looking the ends up again.
    template <typename Visit>
    void forEachConnection(Visit &&visit) const
    {
        for (const EdgeRec &e : m_edges) {
            if (!e.c)
                continue;
            Ends ends;
            ends.from = e.fromNode >= 0 ? m_nodes[static_cast<std::size_t>(e.fromNode)].c
                                        : nullptr;
            ends.to = e.toNode >= 0 ? m_nodes[static_cast<std::size_t>(e.toNode)].c : nullptr;
            ends.kind = e.kind;
            visit(*e.c, ends);
        }
    }
    /// A connection's kind as written, else inferred from its ends; nullopt when neither works.
    std::optional<ConnectionKind> connectionKind(const QString &connectionId) const;
    /// The existing components `id` connects to with connections of `kind` that start at `id`.
    std::vector<QString> targetsOf(const QString &id, ConnectionKind kind) const;
    /// The existing components that connect to `id` with connections of `kind`.
    std::vector<QString> sourcesOf(const QString &id, ConnectionKind kind) const;
    /// What a cluster uses (registries, vaults, workspaces, databases, storage).
    std::vector<QString> usesOf(const QString &cluster) const;
    /// The backup vaults that protect a cluster.
    std::vector<QString> protectorsOf(const QString &cluster) const;
    /// The databases a database replicates to or from.
    std::vector<QString> replicasOf(const QString &database) const;
    /// The firewall policies that manage a firewall.
    std::vector<QString> policiesOf(const QString &firewall) const;
    /// The firewalls a cluster sends its egress through.
    std::vector<QString> egressOf(const QString &cluster) const;

    // ---- Clusters and routing ---------------------------------------------------------------
    /// The facts of a cluster, or nullptr when `id` is not a cluster.
    const ClusterFacts *cluster(const QString &id) const;
    /// Every cluster id (same as componentsOfKind(AksCluster)).
    const std::vector<QString> &clusterIds() const;
    /// The facts of every cluster, in id order (clusterIds()), without looking ids up: what
    /// rules over all clusters walk. Valid until the graph next changes.
    const std::vector<const ClusterFacts *> &allClusterFacts() const { return m_clustersInOrder; }
    /// Front Doors and Traffic Managers.
    const std::vector<QString> &globalRouters() const { return m_routers; }
    /// Every route, sorted by router, then router edge, then cluster.
    const std::vector<Route> &routes() const { return m_routes; }
    /// The routes that reach a cluster.
    std::vector<const Route *> routesTo(const QString &cluster) const;
    /// The routes of one router.
    std::vector<const Route *> routesFrom(const QString &router) const;
    /// The facts of the cluster a route reaches, for a route of routes(), routesTo() or
    /// routesFrom(), without looking its id up; nullptr when the cluster is gone.
    const ClusterFacts *clusterOf(const Route &route) const;
    /// Whether the router's routing honours priorities: Front Door always, Traffic Manager with
    /// the priority routing method.
    bool honoursPriority(const QString &router) const;
    /// The best (lowest) priority among a router's routes to running clusters.
    std::optional<int> bestPriority(const QString &router) const;
    /// True when some global router reaches a running cluster (roles then follow the routes).
    bool hasRouting() const { return m_hasRouting; }
    ClusterRole role(const QString &cluster) const;

    // ---- Keeping in step with a changing design (for observers of a Document) ----------------
    // For a graph made with trackChanges. Call each with the ids of the matching Document
    // signal: added/changed after the design changed, removed *before* (from the
    // …AboutToBeRemoved signals), then refresh() before reading routes, roles or cluster facts.
    // rebuild() starts over (the design was replaced).
    void rebuild();
    void addComponents(const QStringList &ids);
    void removeComponents(const QStringList &ids);
    void updateComponents(const QStringList &ids);
    void addConnections(const QStringList &ids);
    void removeConnections(const QStringList &ids);
    void updateConnections(const QStringList &ids);
    /// Brings routes and roles up to date; returns true when they had to be recomputed (they
    /// may have changed).
    bool refresh();
    /// The parent the graph has indexed for a component (before an update: the old one).
    QString indexedParent(const QString &id) const;
    /// The ends the graph has indexed for a connection (before an update: the old ones).
    std::pair<QString, QString> indexedEnds(const QString &connectionId) const;
    /// The kind the graph has indexed for a component.
    std::optional<ComponentKind> indexedKind(const QString &id) const;

private:
    struct RegionFacts {
        QString location;
        const RegionInfo *info = nullptr;
    };
    // Components and connections live in slots addressed by index, so that walking the
    // connections of a component needs no lookups by id. Freed slots are reused.
    struct NodeRec {
        const Component *c = nullptr;  ///< nullptr: a free slot
        QString parent;                ///< as indexed (a changed component had another)
        int parentNode = -1;           ///< the parent's slot when it exists
        ComponentKind kind = ComponentKind::Region;
        std::vector<int> edges;        ///< connection slots, in connection id order
        int cluster = -1;              ///< slot in m_clusterFacts (clusters)
        RegionFacts region;            ///< regions
        std::vector<int> routes;       ///< indices in m_routes (clusters)
        const QString &id() const { return c->id; }
    };
    struct EdgeRec {
        const Connection *c = nullptr;  ///< nullptr: a free slot
        QString from;  ///< the ends as indexed, kept when tracking changes
        QString to;
        int fromNode = -1;
        int toNode = -1;
        std::optional<ConnectionKind> kind;
        std::optional<int> priority;  ///< the `priority` property when a whole number
        std::optional<int> weight;    ///< the `weight` property when a whole number
        const QString &id() const { return c->id; }
    };
    using KindLists = std::array<std::vector<QString>, ComponentKindCount>;

    int nodeAt(const QString &id) const { return m_nodeIndex.value(id, -1); }
    int edgeAt(const QString &id) const;
    void indexEdges();
    const NodeRec *node(const QString &id) const;
    void clear();
    int insertNode(const Component &c);
    void eraseNode(int n, const QString &id);
    int insertEdge(const Connection &c);
    void eraseEdge(int e, const QString &id);
    void attachEnd(int e, const QString &end, int &slot);
    void detachEnd(int e, const QString &end, int slot);
    std::optional<ConnectionKind> kindOf(const EdgeRec &e) const;
    static void readRouting(EdgeRec &e);
    void refreshEdgeKinds(int n);
    void refreshRegion(int n);
    void refreshCluster(int n);
    void touchRouting(int n);
    RegionFacts readRegion(const Component &c) const;
    ClusterFacts readCluster(const NodeRec &n) const;
    void rebuildRoutes();
    void recomputeRoles();
    void listClusters();

    const Design &m_design;
    const Catalog &m_catalog;
    std::vector<NodeRec> m_nodes;
    std::vector<int> m_freeNodes;
    QHash<QString, int> m_nodeIndex;
    std::vector<EdgeRec> m_edges;
    std::vector<int> m_freeEdges;
    QHash<QString, int> m_edgeIndex;
    bool m_edgesIndexed = false;  ///< m_edgeIndex is built and kept
    QHash<QString, std::vector<int>> m_dangling;  ///< connection slots by the missing id they name
    KindLists m_byKind;
    QHash<QString, KindLists> m_children;
    std::vector<ClusterFacts> m_clusterFacts;
    std::vector<int> m_clusterNode;  ///< the node slot of each cluster slot; -1: free
    std::vector<int> m_freeClusters;
    std::vector<const ClusterFacts *> m_clustersInOrder;  ///< refreshed by refresh()
    bool m_clusterListDirty = true;  ///< a cluster came or went, or m_clusterFacts moved
    std::vector<QString> m_routers;
    std::vector<Route> m_routes;
    std::vector<int> m_routeCluster;  ///< the cluster's node slot of each route
    QHash<QString, int> m_bestPriority;
    QHash<QString, bool> m_honours;
    bool m_hasRouting = false;
    bool m_routesDirty = true;
    bool m_rolesDirty = true;
};

// ---- Reading property values the way the rules do ------------------------------------------

/// A JSON number that is a whole number (an integer, or a float with no fraction), clamped to
/// int; nullopt for anything else.
std::optional<int> wholeNumber(const nlohmann::json &value);
/// Zones as a bit set (bit n-1 for zone n) when `value` is an array of distinct whole numbers
/// 1–3; nullopt otherwise.
std::optional<unsigned> zoneSet(const nlohmann::json &value);
/// {minCount, maxCount} when `value` is an object with whole numbers min ≥ 0 and max ≥ min.
std::optional<std::pair<int, int>> autoscaleRange(const nlohmann::json &value);
/// An enum property's value when it is one of the kind's choices, else its default.
QString enumValue(const Component &c, const char *key);
/// A property's whole-number value, else its default (0 when the kind has none).
int wholeValue(const Component &c, const char *key);
/// A boolean property's value, else its default (as kinds.h's boolProperty).
bool boolValue(const Component &c, const char *key);
/// The number of zones in a zone set.
int zoneCount(unsigned zones);

}  // namespace continuity
