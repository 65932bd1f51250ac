// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/graph.h"

#include "model/catalog/catalog.h"
#include "model/kinds.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>

namespace continuity {

namespace {

using nlohmann::json;

const std::vector<QString> kNoIds;

void sortedInsert(std::vector<QString> &ids, const QString &id)
{
    auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        ids.insert(it, id);
}

void sortedErase(std::vector<QString> &ids, const QString &id)
{
    auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it != ids.end() && *it == id)
        ids.erase(it);
}

const json *findKey(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

}  // namespace

// ---- Value readers --------------------------------------------------------------------------

std::optional<int> wholeNumber(const json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        return v > static_cast<std::uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(v);
    }
    if (value.is_number_integer())
        return static_cast<int>(std::clamp<std::int64_t>(value.get<std::int64_t>(), INT_MIN,
                                                         INT_MAX));
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (!std::isfinite(v) || std::floor(v) != v)
            return std::nullopt;
        return static_cast<int>(std::clamp(v, double(INT_MIN), double(INT_MAX)));
    }
    return std::nullopt;
}

std::optional<unsigned> zoneSet(const json &value)
{
    if (!value.is_array())
        return std::nullopt;
    unsigned zones = 0;
    for (const json &z : value) {
        const std::optional<int> n = wholeNumber(z);
        if (!n || *n < 1 || *n > 3 || (zones & (1u << (*n - 1))))
            return std::nullopt;
        zones |= 1u << (*n - 1);
    }
    return zones;
}

std::optional<std::pair<int, int>> autoscaleRange(const json &value)
{
    const json *minCount = findKey(value, "minCount");
    const json *maxCount = findKey(value, "maxCount");
    if (!minCount || !maxCount)
        return std::nullopt;
    const std::optional<int> lo = wholeNumber(*minCount);
    const std::optional<int> hi = wholeNumber(*maxCount);
    if (!lo || !hi || *lo < 0 || *hi < *lo)
        return std::nullopt;
    return std::make_pair(*lo, *hi);
}

QString enumValue(const Component &c, const char *key)
{
    const PropertySpec *spec = propertySpec(c.kind, key);
    if (!spec)
        return {};
    if (const json *v = findKey(c.properties, key); v && v->is_string()) {
        // Choices are ASCII, so a Latin-1 view of the UTF-8 value matches exactly them.
        const std::string &s = v->get_ref<const std::string &>();
        const QLatin1String value(s.data(), static_cast<qsizetype>(s.size()));
        for (const QString &choice : spec->choices) {
            if (choice == value)
                return choice;
        }
    }
    return spec->defaultValue.is_string()
               ? QString::fromStdString(spec->defaultValue.get<std::string>())
               : QString();
}

int wholeValue(const Component &c, const char *key)
{
    if (const json *v = findKey(c.properties, key)) {
        if (const std::optional<int> n = wholeNumber(*v))
            return *n;
    }
    const PropertySpec *spec = propertySpec(c.kind, key);
    if (spec) {
        if (const std::optional<int> n = wholeNumber(spec->defaultValue))
            return *n;
    }
    return 0;
}

bool boolValue(const Component &c, const char *key)
{
    return boolProperty(c, key);
}

int zoneCount(unsigned zones)
{
    return std::popcount(zones);
}

QString toString(ClusterRole role)
{
    switch (role) {
    case ClusterRole::Active: return QStringLiteral("active");
    case ClusterRole::Passive: return QStringLiteral("passive");
    case ClusterRole::Cold: return QStringLiteral("cold");
    }
    return {};
}

// ---- Building -------------------------------------------------------------------------------

DesignGraph::DesignGraph(const Design &design, const Catalog *catalog, bool trackChanges)
    : m_design(design)
    , m_catalog(catalog ? *catalog : Catalog::builtin())
{
    rebuild();
    if (trackChanges)
        indexEdges();
}

DesignGraph::~DesignGraph() = default;

void DesignGraph::clear()
{
    m_nodes.clear();
    m_freeNodes.clear();
    m_nodeIndex.clear();
    m_edges.clear();
    m_freeEdges.clear();
    m_edgeIndex.clear();
    m_edgesIndexed = false;
    m_dangling.clear();
    for (auto &ids : m_byKind)
        ids.clear();
    m_children.clear();
    m_clusterFacts.clear();
    m_clusterNode.clear();
    m_freeClusters.clear();
    m_clustersInOrder.clear();
    m_clusterListDirty = true;
    m_routers.clear();
    m_routes.clear();
    m_routeCluster.clear();
    m_bestPriority.clear();
    m_honours.clear();
    m_hasRouting = false;
}

void DesignGraph::rebuild()
{
    const bool tracking = m_edgesIndexed;
    clear();
    const auto components = static_cast<qsizetype>(m_design.components.size());
    const auto connections = static_cast<qsizetype>(m_design.connections.size());
    m_nodes.reserve(static_cast<std::size_t>(components));
    m_nodeIndex.reserve(components);
    m_edges.reserve(static_cast<std::size_t>(connections));
    // The design's maps are in id order, so appending keeps every list sorted.
    for (const auto &[id, c] : m_design.components) {
        NodeRec n;
        n.c = &c;
        n.parent = c.parent;
        n.kind = c.kind;
        m_nodeIndex.insert(id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back(std::move(n));
        m_byKind[static_cast<std::size_t>(c.kind)].push_back(id);
        if (!c.parent.isEmpty())
            m_children[c.parent][static_cast<std::size_t>(c.kind)].push_back(id);
    }
    for (NodeRec &n : m_nodes) {
        if (!n.parent.isEmpty())
            n.parentNode = nodeAt(n.parent);
        if (n.kind == ComponentKind::Region)
            n.region = readRegion(*n.c);
    }
    // Resolve the ends first and size each component's list once: most components have a
    // handful of connections, and growing 10,000 small lists one by one costs more than this.
    m_edges.resize(m_design.connections.size());
    std::vector<int> degree(m_nodes.size(), 0);
    std::size_t e = 0;
    for (const auto &[id, c] : m_design.connections) {
        EdgeRec &edge = m_edges[e++];
        edge.c = &c;
        edge.fromNode = nodeAt(c.from);
        edge.toNode = c.to == c.from ? edge.fromNode : nodeAt(c.to);
        if (edge.fromNode >= 0)
            ++degree[static_cast<std::size_t>(edge.fromNode)];
        if (edge.toNode >= 0 && c.to != c.from)
            ++degree[static_cast<std::size_t>(edge.toNode)];
    }
    for (std::size_t n = 0; n < m_nodes.size(); ++n)
        m_nodes[n].edges.reserve(static_cast<std::size_t>(degree[n]));
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        EdgeRec &edge = m_edges[i];
        const int slot = static_cast<int>(i);
        const Connection &c = *edge.c;
        if (edge.fromNode >= 0)
            m_nodes[static_cast<std::size_t>(edge.fromNode)].edges.push_back(slot);
        else
            m_dangling[c.from].push_back(slot);
        if (c.to != c.from) {
            if (edge.toNode >= 0)
                m_nodes[static_cast<std::size_t>(edge.toNode)].edges.push_back(slot);
            else
                m_dangling[c.to].push_back(slot);
        }
        edge.kind = kindOf(edge);
        readRouting(edge);
    }
    for (int n = 0; n < static_cast<int>(m_nodes.size()); ++n) {
        if (m_nodes[static_cast<std::size_t>(n)].kind == ComponentKind::AksCluster)
            refreshCluster(n);
    }
    m_routesDirty = true;
    m_rolesDirty = true;
    refresh();
    if (tracking)
        indexEdges();
}

// Looking connections up by id is what updates need; a read-only view (the estimator's, a
// full validation) reaches connections through their components and skips the index.
void DesignGraph::indexEdges()
{
    if (m_edgesIndexed)
        return;
    m_edgeIndex.reserve(static_cast<qsizetype>(m_edges.size()));
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        EdgeRec &edge = m_edges[e];
        if (!edge.c)
            continue;
        m_edgeIndex.insert(edge.id(), static_cast<int>(e));
        // An update must find a connection under the ends it had, not the ones it has now.
        edge.from = edge.c->from;
        edge.to = edge.c->to;
    }
    m_edgesIndexed = true;
}

int DesignGraph::edgeAt(const QString &id) const
{
    if (m_edgesIndexed)
        return m_edgeIndex.value(id, -1);
    // Without the index, nothing has changed since the build: find it from its first end.
    const Connection *c = m_design.connection(id);
    if (!c)
        return -1;
    const std::vector<int> *edgeSlots = nullptr;
    if (const int n = nodeAt(c->from); n >= 0)
        edgeSlots = &m_nodes[static_cast<std::size_t>(n)].edges;
    else if (auto it = m_dangling.constFind(c->from); it != m_dangling.cend())
        edgeSlots = &*it;
    if (edgeSlots) {
        for (int e : *edgeSlots) {
            if (m_edges[static_cast<std::size_t>(e)].id() == id)
                return e;
        }
    }
    return -1;
}

DesignGraph::RegionFacts DesignGraph::readRegion(const Component &c) const
{
    RegionFacts r;
    if (const json *v = findKey(c.properties, "location"); v && v->is_string()) {
        r.location = QString::fromStdString(v->get<std::string>());
        r.info = m_catalog.region(r.location);
    }
    return r;
}

ClusterFacts DesignGraph::readCluster(const NodeRec &n) const
{
    const Component &c = *n.c;
    ClusterFacts f;
    f.id = c.id;
    bool zonesByDefault = false;
    if (n.parentNode >= 0) {
        const NodeRec &parent = m_nodes[static_cast<std::size_t>(n.parentNode)];
        if (parent.kind == ComponentKind::Region) {
            f.region = parent.id();
            f.location = parent.region.location;
            zonesByDefault = parent.region.info && parent.region.info->hasZones;
        }
    }
    const json *state = findKey(c.properties, "state");
    f.running = !(state && state->is_string()
                  && state->get_ref<const std::string &>() == "stopped");
    f.nodeCount = wholeValue(c, "nodeCount");
    if (const json *v = findKey(c.properties, "autoscale"))
        f.autoscale = autoscaleRange(*v);
    f.capacity = f.autoscale ? f.autoscale->second : f.nodeCount;
    std::optional<unsigned> zones;
    if (const json *v = findKey(c.properties, "zones"))
        zones = zoneSet(*v);
    f.zones = zones ? *zones : (zonesByDefault ? 0b111u : 0u);
    return f;
}

// ---- Queries --------------------------------------------------------------------------------

const DesignGraph::NodeRec *DesignGraph::node(const QString &id) const
{
    const int n = nodeAt(id);
    return n < 0 ? nullptr : &m_nodes[static_cast<std::size_t>(n)];
}

const Component *DesignGraph::component(const QString &id) const
{
    const NodeRec *n = node(id);
    return n ? n->c : nullptr;
}

const Connection *DesignGraph::connection(const QString &id) const
{
    const int e = edgeAt(id);
    return e < 0 ? nullptr : m_edges[static_cast<std::size_t>(e)].c;
}

const std::vector<QString> &DesignGraph::componentsOfKind(ComponentKind kind) const
{
    return m_byKind[static_cast<std::size_t>(kind)];
}

const std::vector<QString> &DesignGraph::childrenOf(const QString &parentId,
                                                    ComponentKind kind) const
{
    auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? kNoIds : (*it)[static_cast<std::size_t>(kind)];
}

std::vector<QString> DesignGraph::childrenOf(const QString &parentId) const
{
    std::vector<QString> ids;
    auto it = m_children.constFind(parentId);
    if (it == m_children.cend())
        return ids;
    for (const auto &list : *it)
        ids.insert(ids.end(), list.begin(), list.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString DesignGraph::regionOf(const QString &id) const
{
    const NodeRec *n = node(id);
    if (!n || n->parentNode < 0 || n->kind == ComponentKind::Region)
        return {};
    const NodeRec &parent = m_nodes[static_cast<std::size_t>(n->parentNode)];
    return parent.kind == ComponentKind::Region ? parent.id() : QString();
}

QString DesignGraph::locationOf(const QString &regionId) const
{
    const NodeRec *n = node(regionId);
    return n && n->kind == ComponentKind::Region ? n->region.location : QString();
}

const RegionInfo *DesignGraph::regionInfo(const QString &regionId) const
{
    const NodeRec *n = node(regionId);
    return n && n->kind == ComponentKind::Region ? n->region.info : nullptr;
}

bool DesignGraph::regionHasZones(const QString &regionId) const
{
    const RegionInfo *info = regionInfo(regionId);
    return info && info->hasZones;
}

std::vector<QString> DesignGraph::clusterRegions() const
{
    std::vector<QString> ids;
    for (const QString &id : componentsOfKind(ComponentKind::Region)) {
        if (!childrenOf(id, ComponentKind::AksCluster).empty())
            ids.push_back(id);
    }
    return ids;
}

std::vector<QString> DesignGraph::connectionsOf(const QString &id) const
{
    const std::vector<int> *edgeSlots = nullptr;
    if (const NodeRec *n = node(id)) {
        edgeSlots = &n->edges;
    } else {
        auto it = m_dangling.constFind(id);
        if (it != m_dangling.cend())
            edgeSlots = &*it;
    }
    std::vector<QString> ids;
    if (edgeSlots) {
        ids.reserve(edgeSlots->size());
        for (int e : *edgeSlots)
            ids.push_back(m_edges[static_cast<std::size_t>(e)].id());
    }
    return ids;
}

DesignGraph::Ends DesignGraph::endsOf(const Connection &c) const
{
    Ends ends;
    ends.from = component(c.from);
    ends.to = c.to == c.from ? ends.from : component(c.to);
    if (c.kind)
        ends.kind = c.kind;
    else if (ends.from && ends.to)
        ends.kind = inferConnectionKind(ends.from->kind, ends.to->kind);
    return ends;
}

std::optional<ConnectionKind> DesignGraph::connectionKind(const QString &connectionId) const
{
    const int e = edgeAt(connectionId);
    return e < 0 ? std::nullopt : m_edges[static_cast<std::size_t>(e)].kind;
}

std::vector<QString> DesignGraph::targetsOf(const QString &id, ConnectionKind kind) const
{
    std::vector<QString> ids;
    const int n = nodeAt(id);
    if (n < 0)
        return ids;
    for (int e : m_nodes[static_cast<std::size_t>(n)].edges) {
        const EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
        if (edge.fromNode == n && edge.kind == kind && edge.toNode >= 0)
            ids.push_back(m_nodes[static_cast<std::size_t>(edge.toNode)].id());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<QString> DesignGraph::sourcesOf(const QString &id, ConnectionKind kind) const
{
    std::vector<QString> ids;
    const int n = nodeAt(id);
    if (n < 0)
        return ids;
    for (int e : m_nodes[static_cast<std::size_t>(n)].edges) {
        const EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
        if (edge.toNode == n && edge.kind == kind && edge.fromNode >= 0)
            ids.push_back(m_nodes[static_cast<std::size_t>(edge.fromNode)].id());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<QString> DesignGraph::usesOf(const QString &cluster) const
{
    return targetsOf(cluster, ConnectionKind::Uses);
}

std::vector<QString> DesignGraph::protectorsOf(const QString &cluster) const
{
    return sourcesOf(cluster, ConnectionKind::Protects);
}

std::vector<QString> DesignGraph::replicasOf(const QString &database) const
{
    std::vector<QString> ids = targetsOf(database, ConnectionKind::Replicates);
    const std::vector<QString> from = sourcesOf(database, ConnectionKind::Replicates);
    ids.insert(ids.end(), from.begin(), from.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.erase(std::remove(ids.begin(), ids.end(), database), ids.end());
    return ids;
}

std::vector<QString> DesignGraph::policiesOf(const QString &firewall) const
{
    return sourcesOf(firewall, ConnectionKind::Manages);
}

std::vector<QString> DesignGraph::egressOf(const QString &cluster) const
{
    return targetsOf(cluster, ConnectionKind::Egress);
}

const ClusterFacts *DesignGraph::cluster(const QString &id) const
{
    const NodeRec *n = node(id);
    return n && n->cluster >= 0 ? &m_clusterFacts[static_cast<std::size_t>(n->cluster)]
                                : nullptr;
}

const std::vector<QString> &DesignGraph::clusterIds() const
{
    return componentsOfKind(ComponentKind::AksCluster);
}

std::vector<const Route *> DesignGraph::routesTo(const QString &cluster) const
{
    std::vector<const Route *> routes;
    if (const NodeRec *n = node(cluster)) {
        for (int i : n->routes)
            routes.push_back(&m_routes[static_cast<std::size_t>(i)]);
    }
    return routes;
}

std::vector<const Route *> DesignGraph::routesFrom(const QString &router) const
{
    std::vector<const Route *> routes;
    auto lo = std::lower_bound(m_routes.begin(), m_routes.end(), router,
                               [](const Route &r, const QString &id) { return r.router < id; });
    for (auto it = lo; it != m_routes.end() && it->router == router; ++it)
        routes.push_back(&*it);
    return routes;
}

bool DesignGraph::honoursPriority(const QString &router) const
{
    return m_honours.value(router, true);
}

std::optional<int> DesignGraph::bestPriority(const QString &router) const
{
    auto it = m_bestPriority.constFind(router);
    return it == m_bestPriority.cend() ? std::nullopt : std::optional<int>(*it);
}

ClusterRole DesignGraph::role(const QString &cluster) const
{
    const ClusterFacts *f = this->cluster(cluster);
    return f ? f->role : ClusterRole::Cold;
}

QString DesignGraph::indexedParent(const QString &id) const
{
    const NodeRec *n = node(id);
    return n ? n->parent : QString();
}

std::pair<QString, QString> DesignGraph::indexedEnds(const QString &connectionId) const
{
    const int e = edgeAt(connectionId);
    if (e < 0)
        return {};
    const EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
    return m_edgesIndexed ? std::make_pair(edge.from, edge.to)
                          : std::make_pair(edge.c->from, edge.c->to);
}

std::optional<ComponentKind> DesignGraph::indexedKind(const QString &id) const
{
    const NodeRec *n = node(id);
    return n ? std::optional<ComponentKind>(n->kind) : std::nullopt;
}

// ---- Incremental maintenance ----------------------------------------------------------------

std::optional<ConnectionKind> DesignGraph::kindOf(const EdgeRec &e) const
{
    if (e.c->kind)
        return e.c->kind;
    if (e.fromNode < 0 || e.toNode < 0)
        return std::nullopt;
    return inferConnectionKind(m_nodes[static_cast<std::size_t>(e.fromNode)].kind,
                               m_nodes[static_cast<std::size_t>(e.toNode)].kind);
}

// Routes are rebuilt after many edits; reading their edges' numbers once spares the JSON.
void DesignGraph::readRouting(EdgeRec &e)
{
    e.priority.reset();
    e.weight.reset();
    if (const json *p = findKey(e.c->properties, "priority"))
        e.priority = wholeNumber(*p);
    if (const json *w = findKey(e.c->properties, "weight"))
        e.weight = wholeNumber(*w);
}

void DesignGraph::attachEnd(int e, const QString &end, int &slot)
{
    slot = nodeAt(end);
    std::vector<int> &edgeSlots = slot >= 0 ? m_nodes[static_cast<std::size_t>(slot)].edges
                                        : m_dangling[end];
    // Kept in connection id order; a whole design arrives in that order already.
    auto before = [this](int a, int b) {
        return m_edges[static_cast<std::size_t>(a)].id()
               < m_edges[static_cast<std::size_t>(b)].id();
    };
    if (edgeSlots.empty() || before(edgeSlots.back(), e))
        edgeSlots.push_back(e);
    else
        edgeSlots.insert(std::lower_bound(edgeSlots.begin(), edgeSlots.end(), e, before), e);
}

void DesignGraph::detachEnd(int e, const QString &end, int slot)
{
    if (slot >= 0) {
        auto &edgeSlots = m_nodes[static_cast<std::size_t>(slot)].edges;
        edgeSlots.erase(std::remove(edgeSlots.begin(), edgeSlots.end(), e), edgeSlots.end());
        return;
    }
    auto it = m_dangling.find(end);
    if (it == m_dangling.end())
        return;
    it->erase(std::remove(it->begin(), it->end(), e), it->end());
    if (it->empty())
        m_dangling.erase(it);
}

void DesignGraph::touchRouting(int n)
{
    const NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
    if (isGlobalRouter(node.kind) || node.kind == ComponentKind::ApplicationGateway
        || node.kind == ComponentKind::AksCluster) {
        m_routesDirty = true;
        return;
    }
    // A traffic edge written by hand may end at any kind; routes only lead to gateways and
    // clusters, but rebuilding is cheap next to missing one.
    for (int e : node.edges) {
        if (m_edges[static_cast<std::size_t>(e)].kind == ConnectionKind::Traffic) {
            m_routesDirty = true;
            return;
        }
    }
}

int DesignGraph::insertNode(const Component &c)
{
    int n;
    if (!m_freeNodes.empty()) {
        n = m_freeNodes.back();
        m_freeNodes.pop_back();
    } else {
        n = static_cast<int>(m_nodes.size());
        m_nodes.emplace_back();
    }
    NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
    node = NodeRec{};
    node.c = &c;
    node.parent = c.parent;
    node.kind = c.kind;
    node.parentNode = c.parent.isEmpty() ? -1 : nodeAt(c.parent);
    m_nodeIndex.insert(c.id, n);
    sortedInsert(m_byKind[static_cast<std::size_t>(c.kind)], c.id);
    if (!c.parent.isEmpty())
        sortedInsert(m_children[c.parent][static_cast<std::size_t>(c.kind)], c.id);
    // Components that name this id as their parent, and connections that name it, find it.
    if (auto ch = m_children.constFind(c.id); ch != m_children.cend()) {
        for (const auto &list : *ch) {
            for (const QString &child : list) {
                if (const int ch2 = nodeAt(child); ch2 >= 0)
                    m_nodes[static_cast<std::size_t>(ch2)].parentNode = n;
            }
        }
    }
    if (auto it = m_dangling.find(c.id); it != m_dangling.end()) {
        const std::vector<int> edgeSlots = std::move(*it);
        m_dangling.erase(it);
        for (int e : edgeSlots) {
            EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
            if (edge.from == c.id)
                edge.fromNode = n;
            if (edge.to == c.id)
                edge.toNode = n;
        }
        m_nodes[static_cast<std::size_t>(n)].edges = edgeSlots;
    }
    if (c.kind == ComponentKind::Region)
        m_nodes[static_cast<std::size_t>(n)].region = readRegion(c);
    return n;
}

void DesignGraph::eraseNode(int n, const QString &id)
{
    NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
    sortedErase(m_byKind[static_cast<std::size_t>(node.kind)], id);
    if (!node.parent.isEmpty()) {
        auto ch = m_children.find(node.parent);
        if (ch != m_children.end()) {
            sortedErase((*ch)[static_cast<std::size_t>(node.kind)], id);
            if (std::all_of(ch->begin(), ch->end(), [](const auto &l) { return l.empty(); }))
                m_children.erase(ch);
        }
    }
    if (auto ch = m_children.constFind(id); ch != m_children.cend()) {
        for (const auto &list : *ch) {
            for (const QString &child : list) {
                if (const int c = nodeAt(child); c >= 0 && c != n)
                    m_nodes[static_cast<std::size_t>(c)].parentNode = -1;
            }
        }
    }
    m_nodeIndex.remove(id);
    // Its connections now name a missing id.
    for (int e : node.edges) {
        EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
        if (edge.fromNode == n)
            edge.fromNode = -1;
        if (edge.toNode == n)
            edge.toNode = -1;
    }
    if (!node.edges.empty())
        m_dangling.insert(id, std::move(node.edges));
    if (node.cluster >= 0) {
        m_clusterNode[static_cast<std::size_t>(node.cluster)] = -1;
        m_freeClusters.push_back(node.cluster);
        m_rolesDirty = true;
        m_clusterListDirty = true;
    }
    node = NodeRec{};
    m_freeNodes.push_back(n);
}

int DesignGraph::insertEdge(const Connection &c)
{
    int e;
    if (!m_freeEdges.empty()) {
        e = m_freeEdges.back();
        m_freeEdges.pop_back();
    } else {
        e = static_cast<int>(m_edges.size());
        m_edges.emplace_back();
    }
    EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
    edge = EdgeRec{};
    edge.c = &c;
    edge.from = c.from;
    edge.to = c.to;
    m_edgeIndex.insert(c.id, e);
    attachEnd(e, c.from, edge.fromNode);
    if (c.to != c.from)
        attachEnd(e, c.to, edge.toNode);
    else
        edge.toNode = edge.fromNode;
    edge.kind = kindOf(edge);
    readRouting(edge);
    if (edge.kind == ConnectionKind::Traffic)
        m_routesDirty = true;
    return e;
}

void DesignGraph::eraseEdge(int e, const QString &id)
{
    EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
    if (edge.kind == ConnectionKind::Traffic)
        m_routesDirty = true;
    detachEnd(e, edge.from, edge.fromNode);
    if (edge.to != edge.from)
        detachEnd(e, edge.to, edge.toNode);
    m_edgeIndex.remove(id);
    edge = EdgeRec{};
    m_freeEdges.push_back(e);
}

void DesignGraph::refreshEdgeKinds(int n)
{
    for (int e : m_nodes[static_cast<std::size_t>(n)].edges) {
        EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
        edge.kind = kindOf(edge);
    }
}

void DesignGraph::refreshRegion(int n)
{
    NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
    node.region = node.kind == ComponentKind::Region ? readRegion(*node.c) : RegionFacts{};
    // The region's location sets its clusters' location and default zones.
    for (const QString &id : childrenOf(node.id(), ComponentKind::AksCluster))
        refreshCluster(nodeAt(id));
}

void DesignGraph::refreshCluster(int n)
{
    if (n < 0)
        return;
    NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
    if (node.kind != ComponentKind::AksCluster)
        return;
    ClusterFacts facts = readCluster(node);
    if (node.cluster < 0) {
        if (!m_freeClusters.empty()) {
            node.cluster = m_freeClusters.back();
            m_freeClusters.pop_back();
            m_clusterFacts[static_cast<std::size_t>(node.cluster)] = std::move(facts);
            m_clusterNode[static_cast<std::size_t>(node.cluster)] = n;
        } else {
            node.cluster = static_cast<int>(m_clusterFacts.size());
            m_clusterFacts.push_back(std::move(facts));
            m_clusterNode.push_back(n);
        }
        m_rolesDirty = true;
        m_clusterListDirty = true;
        return;
    }
    ClusterFacts &current = m_clusterFacts[static_cast<std::size_t>(node.cluster)];
    if (current.running != facts.running)
        m_rolesDirty = true;
    // The derived fields stay until recomputeRoles() runs.
    facts.role = current.role;
    facts.routed = current.routed;
    current = std::move(facts);
}

void DesignGraph::addComponents(const QStringList &ids)
{
    indexEdges();
    for (const QString &id : ids) {
        const Component *c = m_design.component(id);
        if (!c)
            continue;
        if (const int old = nodeAt(id); old >= 0)
            eraseNode(old, id);
        const int n = insertNode(*c);
        refreshEdgeKinds(n);
        refreshRegion(n);
        refreshCluster(n);
        touchRouting(n);
    }
}

void DesignGraph::removeComponents(const QStringList &ids)
{
    indexEdges();
    for (const QString &id : ids) {
        const int n = nodeAt(id);
        if (n < 0)
            continue;
        touchRouting(n);
        const std::vector<int> edges = m_nodes[static_cast<std::size_t>(n)].edges;
        const bool region = m_nodes[static_cast<std::size_t>(n)].kind == ComponentKind::Region;
        eraseNode(n, id);
        for (int e : edges) {
            EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
            edge.kind = kindOf(edge);
        }
        if (region) {
            for (const QString &child : childrenOf(id, ComponentKind::AksCluster))
                refreshCluster(nodeAt(child));
        }
    }
}

void DesignGraph::updateComponents(const QStringList &ids)
{
    indexEdges();
    for (const QString &id : ids) {
        const Component *c = m_design.component(id);
        const int n = nodeAt(id);
        if (!c || n < 0 || m_nodes[static_cast<std::size_t>(n)].kind != c->kind) {
            // Not a plain update: treat it as a removal and an addition.
            if (n >= 0)
                removeComponents({id});
            if (c)
                addComponents({id});
            continue;
        }
        NodeRec &node = m_nodes[static_cast<std::size_t>(n)];
        node.c = c;
        if (node.parent != c->parent) {
            if (!node.parent.isEmpty()) {
                auto ch = m_children.find(node.parent);
                if (ch != m_children.end()) {
                    sortedErase((*ch)[static_cast<std::size_t>(node.kind)], id);
                    if (std::all_of(ch->begin(), ch->end(),
                                    [](const auto &l) { return l.empty(); }))
                        m_children.erase(ch);
                }
            }
            node.parent = c->parent;
            node.parentNode = c->parent.isEmpty() ? -1 : nodeAt(c->parent);
            if (!c->parent.isEmpty())
                sortedInsert(m_children[c->parent][static_cast<std::size_t>(node.kind)], id);
        }
        if (c->kind == ComponentKind::Region)
            refreshRegion(n);
        else if (c->kind == ComponentKind::AksCluster)
            refreshCluster(n);
        else if (c->kind == ComponentKind::TrafficManager)
            m_rolesDirty = true;  // the routing method decides whether priorities count
    }
}

void DesignGraph::addConnections(const QStringList &ids)
{
    indexEdges();
    for (const QString &id : ids) {
        if (const Connection *c = m_design.connection(id)) {
            if (const int old = m_edgeIndex.value(id, -1); old >= 0)
                eraseEdge(old, id);
            insertEdge(*c);
        }
    }
}

void DesignGraph::removeConnections(const QStringList &ids)
{
    indexEdges();
    for (const QString &id : ids) {
        if (const int e = m_edgeIndex.value(id, -1); e >= 0)
            eraseEdge(e, id);
    }
}

void DesignGraph::updateConnections(const QStringList &ids)
{
    removeConnections(ids);
    addConnections(ids);
}

// ---- Routes and roles -----------------------------------------------------------------------

bool DesignGraph::refresh()
{
    if (m_clusterListDirty)
        listClusters();
    if (!m_routesDirty && !m_rolesDirty)
        return false;
    if (m_routesDirty)
        rebuildRoutes();
    recomputeRoles();
    m_routesDirty = false;
    m_rolesDirty = false;
    return true;
}

void DesignGraph::listClusters()
{
    m_clustersInOrder.clear();
    m_clustersInOrder.reserve(clusterIds().size());
    for (const QString &id : clusterIds()) {
        if (const ClusterFacts *f = cluster(id))
            m_clustersInOrder.push_back(f);
    }
    m_clusterListDirty = false;
}

const ClusterFacts *DesignGraph::clusterOf(const Route &route) const
{
    // A route of this graph is found by its place in m_routes; any other by its cluster's id.
    const std::less<const Route *> before;
    if (!m_routes.empty() && !before(&route, m_routes.data())
        && before(&route, m_routes.data() + m_routes.size())) {
        const auto i = static_cast<std::size_t>(&route - m_routes.data());
        const NodeRec &n = m_nodes[static_cast<std::size_t>(m_routeCluster[i])];
        if (n.c && n.cluster >= 0 && n.c->id == route.cluster)
            return &m_clusterFacts[static_cast<std::size_t>(n.cluster)];
    }
    return cluster(route.cluster);
}

void DesignGraph::rebuildRoutes()
{
    for (int n : m_routeCluster)
        m_nodes[static_cast<std::size_t>(n)].routes.clear();
    m_routers.clear();
    std::merge(componentsOfKind(ComponentKind::FrontDoor).begin(),
               componentsOfKind(ComponentKind::FrontDoor).end(),
               componentsOfKind(ComponentKind::TrafficManager).begin(),
               componentsOfKind(ComponentKind::TrafficManager).end(),
               std::back_inserter(m_routers));
    m_routes.clear();
    m_routeCluster.clear();
    // The format's defaults: priority 1, and Front Door's default weight.
    const int defaultWeight =
        static_cast<int>(m_catalog.frontDoorDefaultWeight().value.value_or(1));
    auto add = [&](Route route, int clusterNode) {
        m_nodes[static_cast<std::size_t>(clusterNode)].routes.push_back(
            static_cast<int>(m_routes.size()));
        m_routes.push_back(std::move(route));
        m_routeCluster.push_back(clusterNode);
    };
    for (const QString &router : m_routers) {
        const int r = nodeAt(router);
        // The router's edges are in connection id order; each gateway's too.
        for (int e : m_nodes[static_cast<std::size_t>(r)].edges) {
            const EdgeRec &edge = m_edges[static_cast<std::size_t>(e)];
            if (edge.fromNode != r || edge.kind != ConnectionKind::Traffic || edge.toNode < 0)
                continue;
            const NodeRec &target = m_nodes[static_cast<std::size_t>(edge.toNode)];
            Route route;
            route.router = router;
            route.connection = edge.id();
            route.priority = edge.priority.value_or(1);
            route.weight = edge.weight.value_or(defaultWeight);
            if (target.kind == ComponentKind::AksCluster) {
                route.cluster = target.id();
                add(std::move(route), edge.toNode);
            } else if (target.kind == ComponentKind::ApplicationGateway) {
                for (int g : target.edges) {
                    const EdgeRec &hop = m_edges[static_cast<std::size_t>(g)];
                    if (hop.fromNode != edge.toNode || hop.kind != ConnectionKind::Traffic
                        || hop.toNode < 0
                        || m_nodes[static_cast<std::size_t>(hop.toNode)].kind
                               != ComponentKind::AksCluster)
                        continue;
                    Route via = route;
                    via.gateway = target.id();
                    via.gatewayConnection = hop.id();
                    via.cluster = m_nodes[static_cast<std::size_t>(hop.toNode)].id();
                    add(std::move(via), hop.toNode);
                }
            }
        }
    }
}

void DesignGraph::recomputeRoles()
{
    m_honours.clear();
    for (const QString &router : m_routers) {
        const Component *c = component(router);
        m_honours.insert(router, !c || c->kind == ComponentKind::FrontDoor
                                     || enumValue(*c, "routingMethod")
                                            == QLatin1String("priority"));
    }
    auto factsOf = [&](int clusterNode) -> ClusterFacts & {
        return m_clusterFacts[static_cast<std::size_t>(
            m_nodes[static_cast<std::size_t>(clusterNode)].cluster)];
    };
    // Routes are grouped by router: each group's best priority and whether the router honours
    // priorities are found once per group and noted per route, so that the roles below need no
    // lookups by router id.
    m_bestPriority.clear();
    std::vector<std::optional<int>> routeBest(m_routes.size());
    std::vector<char> routeHonours(m_routes.size(), 1);
    for (std::size_t lo = 0; lo < m_routes.size();) {
        const QString &router = m_routes[lo].router;
        std::size_t hi = lo;
        std::optional<int> best;
        while (hi < m_routes.size() && m_routes[hi].router == router) {
            if (factsOf(m_routeCluster[hi]).running
                && (!best || m_routes[hi].priority < *best))
                best = m_routes[hi].priority;
            ++hi;
        }
        if (best)
            m_bestPriority.insert(router, *best);
        const bool honours = m_honours.value(router, true);
        for (std::size_t i = lo; i < hi; ++i) {
            routeBest[i] = best;
            routeHonours[i] = honours;
        }
        lo = hi;
    }
    m_hasRouting = !m_bestPriority.isEmpty();
    for (std::size_t slot = 0; slot < m_clusterFacts.size(); ++slot) {
        const int n = m_clusterNode[slot];
        if (n < 0)
            continue;
        ClusterFacts &f = m_clusterFacts[slot];
        const std::vector<int> &routes = m_nodes[static_cast<std::size_t>(n)].routes;
        f.routed = !routes.empty();
        if (!f.running) {
            f.role = ClusterRole::Cold;
            continue;
        }
        if (!m_hasRouting) {
            f.role = ClusterRole::Active;
            continue;
        }
        f.role = ClusterRole::Passive;
        for (int i : routes) {
            const auto ri = static_cast<std::size_t>(i);
            // A router with no running cluster has no best priority (the value 0 then).
            if (!routeHonours[ri] || m_routes[ri].priority == routeBest[ri].value_or(0)) {
                f.role = ClusterRole::Active;
                break;
            }
        }
    }
}

}  // namespace continuity
