// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"

#include "model/catalog/catalog.h"
#include "model/commands/commands.h"
#include "model/kinds.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>

namespace continuity {

namespace {

// Readable id prefixes for new components: "aks", "agw", …
QString idPrefix(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Region: return QStringLiteral("region");
    case ComponentKind::AksCluster: return QStringLiteral("aks");
    case ComponentKind::FrontDoor: return QStringLiteral("afd");
    case ComponentKind::TrafficManager: return QStringLiteral("tm");
    case ComponentKind::ApplicationGateway: return QStringLiteral("agw");
    case ComponentKind::ContainerRegistry: return QStringLiteral("acr");
    case ComponentKind::KeyVault: return QStringLiteral("kv");
    case ComponentKind::LogAnalytics: return QStringLiteral("log");
    case ComponentKind::Firewall: return QStringLiteral("fw");
    case ComponentKind::FirewallPolicy: return QStringLiteral("fwpolicy");
    case ComponentKind::Database: return QStringLiteral("db");
    case ComponentKind::StorageAccount: return QStringLiteral("st");
    case ComponentKind::BackupVault: return QStringLiteral("bv");
    }
    return QStringLiteral("c");
}

}  // namespace

Document::Document(QObject *parent)
    : Document(Design{}, parent)
{
}

Document::Document(Design design, QObject *parent)
    : QObject(parent)
    , m_design(std::move(design))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    rebuildIndex();
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands refer to the document: clear them while it is still whole.
    m_undoStack->clear();
}

QStringList Document::connectionsOf(const QString &componentId) const
{
    return m_connectionsOf.value(componentId);
}

QStringList Document::childrenOf(const QString &regionId) const
{
    return m_childrenOf.value(regionId);
}

QString Document::uniqueId(const QString &prefix) const
{
    QString base = prefix.isEmpty() ? QStringLiteral("c") : prefix;
    if (!m_design.contains(base) && isValidId(base))
        return base;
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!m_design.contains(id))
            return id;
    }
}

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(m_fileName);
}

QString Document::displayName() const
{
    if (!m_design.name.isEmpty())
        return m_design.name;
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return tr("Untitled");
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

QStringList Document::selectedIds() const
{
    QStringList ids(m_selection.cbegin(), m_selection.cend());
    ids.sort();
    return ids;
}

void Document::setSelection(const QSet<QString> &ids)
{
    QSet<QString> valid;
    for (const QString &id : ids) {
        if (m_design.contains(id))
            valid.insert(id);
    }
    if (valid == m_selection)
        return;
    m_selection = std::move(valid);
    emit selectionChanged();
}

void Document::resetDesign(Design design)
{
    m_undoStack->clear();
    m_design = std::move(design);
    rebuildIndex();
    m_selection.clear();
    m_undoStack->setClean();
    emit designReset();
    emit selectionChanged();
    emit modifiedChanged(false);
}

// ---- Intents ---------------------------------------------------------------------------------

QString Document::nextRegionLocation() const
{
    // A new region is the pair of one already drawn (the usual secondary of a DR design), or
    // else the next region with availability zones not drawn yet; East US 2 starts a design.
    const Catalog &catalog = Catalog::builtin();
    QSet<QString> used;
    QStringList drawn;
    for (const auto &[id, c] : m_design.components) {
        if (c.kind != ComponentKind::Region)
            continue;
        const auto it = c.properties.find("location");
        if (it != c.properties.end() && it->is_string()) {
            const QString loc = QString::fromStdString(it->get<std::string>());
            used.insert(loc);
            drawn.append(loc);
        }
    }
    const QString first = QStringLiteral("eastus2");
    if (!used.contains(first) && drawn.isEmpty())
        return first;
    for (const QString &loc : std::as_const(drawn)) {
        const RegionInfo *info = catalog.region(loc);
        if (info && !info->pair.isEmpty() && !used.contains(info->pair))
            return info->pair;
    }
    for (const RegionInfo &info : catalog.regions()) {
        if (info.hasZones && !info.restricted && !used.contains(info.name))
            return info.name;
    }
    return first;
}

QString Document::defaultName(ComponentKind kind, const QString &parent) const
{
    // Named after the region, as architects label their diagrams ("AKS East US 2"), so that
    // findings about two clusters tell them apart; a number where that name is taken.
    const Component *region = parent.isEmpty() ? nullptr : m_design.component(parent);
    const QString base = region && region->kind == ComponentKind::Region && !region->name.isEmpty()
                             ? tr("%1 %2", "a new component's name: its kind, then its region")
                                   .arg(kindShortLabel(kind), region->name)
                             : kindLabel(kind);
    QSet<QString> taken;
    for (const auto &[id, c] : m_design.components) {
        if (c.name.startsWith(base))
            taken.insert(c.name);
    }
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1 %2").arg(base).arg(n);
    return candidate;
}

QString Document::addComponent(ComponentKind kind, QPointF pos, const QString &parent,
                               const QString &name)
{
    Component c;
    c.kind = kind;
    c.id = uniqueId(idPrefix(kind));
    c.name = name.isEmpty() ? defaultName(kind, parent) : name;
    c.parent = parent;
    c.pos = pos;
    if (kind == ComponentKind::Region) {
        c.size = QSizeF(560, 400);
        const QString location = nextRegionLocation();
        c.properties["location"] = location.toStdString();
        if (name.isEmpty()) {
            if (const RegionInfo *info = Catalog::builtin().region(location))
                c.name = info->displayName;
        }
    }
    m_undoStack->push(new AddItemsCommand(this, tr("Add %1").arg(kindLabel(kind)), {c}, {}));
    return c.id;
}

void Document::removeItems(const QStringList &ids)
{
    // A removed region takes its children along; every removed component takes its
    // connections along.
    QSet<QString> componentIds;
    QSet<QString> connectionIds;
    QStringList pending = ids;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (m_design.connection(id)) {
            connectionIds.insert(id);
        } else if (m_design.component(id) && !componentIds.contains(id)) {
            componentIds.insert(id);
            pending += childrenOf(id);
            for (const QString &cid : connectionsOf(id))
                connectionIds.insert(cid);
        }
    }
    if (componentIds.isEmpty() && connectionIds.isEmpty())
        return;
    std::vector<Component> components;
    for (const QString &id : componentIds)
        components.push_back(*m_design.component(id));
    std::vector<Connection> connections;
    for (const QString &id : connectionIds)
        connections.push_back(*m_design.connection(id));
    std::sort(components.begin(), components.end(),
              [](const Component &a, const Component &b) { return a.id < b.id; });
    std::sort(connections.begin(), connections.end(),
              [](const Connection &a, const Connection &b) { return a.id < b.id; });
    const int n = static_cast<int>(components.size() + connections.size());
    m_undoStack->push(new RemoveItemsCommand(this, tr("Delete %n item(s)", nullptr, n),
                                             std::move(components), std::move(connections)));
}

void Document::removeSelection()
{
    removeItems(selectedIds());
}

void Document::moveComponents(const QHash<QString, QPointF> &positions, int dragId)
{
    std::vector<Component> after;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Component *c = m_design.component(it.key());
        if (!c || (c->pos && *c->pos == it.value()))
            continue;
        Component moved = *c;
        moved.pos = it.value();
        after.push_back(std::move(moved));
    }
    if (after.empty())
        return;
    std::sort(after.begin(), after.end(),
              [](const Component &a, const Component &b) { return a.id < b.id; });
    m_undoStack->push(new MoveComponentsCommand(this, std::move(after), dragId));
}

void Document::setGeometry(const QString &id, const QRectF &rect)
{
    const Component *c = m_design.component(id);
    if (!c)
        return;
    Component changed = *c;
    changed.pos = rect.topLeft();
    changed.size = rect.size();
    if (changed == *c)
        return;
    m_undoStack->push(new SetGeometryCommand(this, {changed}));
}

void Document::setComponentProperty(const QStringList &ids, const std::string &key,
                                    const nlohmann::json &value)
{
    std::vector<Component> after;
    for (const QString &id : ids) {
        const Component *c = m_design.component(id);
        if (!c)
            continue;
        Component changed = *c;
        if (value.is_null())
            changed.properties.erase(key);
        else
            changed.properties[key] = value;
        if (!(changed == *c))
            after.push_back(std::move(changed));
    }
    if (after.empty())
        return;
    m_undoStack->push(new SetPropertyCommand(this, QString::fromStdString(key), std::move(after)));
}

void Document::renameComponent(const QString &id, const QString &name)
{
    const Component *c = m_design.component(id);
    if (!c || c->name == name)
        return;
    Component changed = *c;
    changed.name = name;
    m_undoStack->push(new RenameComponentCommand(this, {changed}));
}

void Document::reparentComponents(const QStringList &ids, const QString &parent,
                                  const QHash<QString, QPointF> &positions)
{
    std::vector<Component> after;
    for (const QString &id : ids) {
        const Component *c = m_design.component(id);
        if (!c || id == parent)
            continue;
        Component changed = *c;
        changed.parent = parent;
        if (positions.contains(id))
            changed.pos = positions.value(id);
        if (!(changed == *c))
            after.push_back(std::move(changed));
    }
    if (after.empty())
        return;
    m_undoStack->push(new ReparentComponentsCommand(this, std::move(after)));
}

QString Document::connectComponents(const QString &from, const QString &to,
                                    std::optional<ConnectionKind> kind,
                                    const nlohmann::json &properties)
{
    const Component *a = m_design.component(from);
    const Component *b = m_design.component(to);
    if (!a || !b || from == to)
        return {};
    const std::optional<ConnectionKind> inferred = inferConnectionKind(a->kind, b->kind);
    if (kind ? !connectionAllows(*kind, a->kind, b->kind) : !inferred)
        return {};
    Connection c;
    c.id = uniqueId(QStringLiteral("c-%1-%2").arg(from, to).left(60));
    c.from = from;
    c.to = to;
    // The kind is written only when it differs from what the ends imply.
    if (kind && kind != inferred)
        c.kind = kind;
    c.properties = properties.is_object() ? properties : nlohmann::json::object();
    m_undoStack->push(new AddItemsCommand(this, tr("Connect %1 to %2").arg(a->name, b->name), {},
                                          {c}));
    return c.id;
}

void Document::setConnectionProperty(const QStringList &ids, const std::string &key,
                                     const nlohmann::json &value)
{
    std::vector<Connection> after;
    for (const QString &id : ids) {
        const Connection *c = m_design.connection(id);
        if (!c)
            continue;
        Connection changed = *c;
        if (value.is_null())
            changed.properties.erase(key);
        else
            changed.properties[key] = value;
        if (!(changed == *c))
            after.push_back(std::move(changed));
    }
    if (after.empty())
        return;
    m_undoStack->push(
        new SetConnectionPropertyCommand(this, QString::fromStdString(key), std::move(after)));
}

void Document::setDeploymentModel(DeploymentModel model)
{
    if (model == m_design.deploymentModel)
        return;
    m_undoStack->push(new SetDeploymentModelCommand(this, model));
}

void Document::setDesignName(const QString &name)
{
    if (name == m_design.name)
        return;
    m_undoStack->push(new SetDesignNameCommand(this, name));
}

void Document::setAssumption(const std::string &key, const nlohmann::json &value)
{
    nlohmann::json after = m_design.assumptions.is_object() ? m_design.assumptions
                                                             : nlohmann::json::object();
    if (value.is_null())
        after.erase(key);
    else
        after[key] = value;
    if (after == m_design.assumptions)
        return;
    m_undoStack->push(new SetAssumptionsCommand(
        this, tr("Set assumption %1").arg(QString::fromStdString(key)), std::move(after)));
}

void Document::setAssumptions(const nlohmann::json &assumptions)
{
    nlohmann::json after = assumptions.is_object() ? assumptions : nlohmann::json::object();
    const nlohmann::json before = m_design.assumptions.is_object() ? m_design.assumptions
                                                                    : nlohmann::json::object();
    if (after == before)
        return;
    m_undoStack->push(
        new SetAssumptionsCommand(this, tr("Change estimate assumptions"), std::move(after)));
}

QStringList Document::pasteFragment(const Design &fragment, QPointF offset)
{
    QHash<QString, QString> newIds;
    QSet<QString> taken;
    auto freshId = [&](const QString &old) {
        QString base = old;
        // Strip a previous paste's numeric suffix so that copies of copies stay readable.
        static const QRegularExpression suffix(QStringLiteral("-\\d+$"));
        base.remove(suffix);
        QString id = base;
        for (int n = 1; m_design.contains(id) || taken.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        taken.insert(id);
        return id;
    };
    for (const auto &[id, c] : fragment.components)
        newIds.insert(id, freshId(id));
    for (const auto &[id, c] : fragment.connections)
        newIds.insert(id, freshId(id));

    std::vector<Component> components;
    for (const auto &[id, c] : fragment.components) {
        Component copy = c;
        copy.id = newIds.value(id);
        if (newIds.contains(c.parent))
            copy.parent = newIds.value(c.parent);
        else if (!c.parent.isEmpty() && !m_design.component(c.parent))
            copy.parent.clear();
        // Positions are scene coordinates: children of a pasted region move with it.
        if (copy.pos)
            copy.pos = *copy.pos + offset;
        components.push_back(std::move(copy));
    }
    std::vector<Connection> connections;
    for (const auto &[id, c] : fragment.connections) {
        // A connection is pasted only with both of its ends.
        if (!newIds.contains(c.from) || !newIds.contains(c.to))
            continue;
        Connection copy = c;
        copy.id = newIds.value(id);
        copy.from = newIds.value(c.from);
        copy.to = newIds.value(c.to);
        connections.push_back(std::move(copy));
    }
    if (components.empty() && connections.empty())
        return {};
    QStringList added;
    QSet<QString> selection;
    for (const Component &c : components) {
        added << c.id;
        selection.insert(c.id);
    }
    for (const Connection &c : connections)
        added << c.id;
    const int n = static_cast<int>(components.size());
    m_undoStack->push(new AddItemsCommand(this, tr("Paste %n component(s)", nullptr, n),
                                          std::move(components), std::move(connections)));
    setSelection(selection);
    return added;
}

// ---- Notifying mutators ------------------------------------------------------------------

void Document::insertItems(const std::vector<Component> &components,
                           const std::vector<Connection> &connections)
{
    QStringList componentIds;
    for (const Component &c : components) {
        m_design.components[c.id] = c;
        indexComponent(c);
        componentIds << c.id;
    }
    QStringList connectionIds;
    for (const Connection &c : connections) {
        m_design.connections[c.id] = c;
        indexConnection(c);
        connectionIds << c.id;
    }
    if (!componentIds.isEmpty())
        emit componentsAdded(componentIds);
    if (!connectionIds.isEmpty())
        emit connectionsAdded(connectionIds);
}

void Document::eraseItems(const QStringList &componentIds, const QStringList &connectionIds)
{
    if (!connectionIds.isEmpty()) {
        emit connectionsAboutToBeRemoved(connectionIds);
        for (const QString &id : connectionIds) {
            auto it = m_design.connections.find(id);
            if (it == m_design.connections.end())
                continue;
            unindexConnection(it->second);
            m_design.connections.erase(it);
        }
        emit connectionsRemoved(connectionIds);
    }
    if (!componentIds.isEmpty()) {
        emit componentsAboutToBeRemoved(componentIds);
        for (const QString &id : componentIds) {
            auto it = m_design.components.find(id);
            if (it == m_design.components.end())
                continue;
            unindexComponent(it->second);
            m_design.components.erase(it);
        }
        emit componentsRemoved(componentIds);
    }
    pruneSelection();
}

void Document::replaceComponents(const std::vector<Component> &components, ComponentChanges what)
{
    QStringList ids;
    for (const Component &c : components) {
        auto it = m_design.components.find(c.id);
        if (it == m_design.components.end())
            continue;
        unindexComponent(it->second);
        it->second = c;
        indexComponent(c);
        ids << c.id;
    }
    if (!ids.isEmpty())
        emit componentsChanged(ids, what);
}

void Document::replaceConnections(const std::vector<Connection> &connections)
{
    QStringList ids;
    for (const Connection &c : connections) {
        auto it = m_design.connections.find(c.id);
        if (it == m_design.connections.end())
            continue;
        unindexConnection(it->second);
        it->second = c;
        indexConnection(c);
        ids << c.id;
    }
    if (!ids.isEmpty())
        emit connectionsChanged(ids);
}

void Document::assignDeploymentModel(DeploymentModel model)
{
    m_design.deploymentModel = model;
    emit deploymentModelChanged(model);
}

void Document::assignName(const QString &name)
{
    m_design.name = name;
    emit nameChanged(name);
}

void Document::assignAssumptions(const nlohmann::json &assumptions)
{
    m_design.assumptions = assumptions;
    emit assumptionsChanged();
}

// ---- Index -------------------------------------------------------------------------------

namespace {

// The index keeps each list of ids sorted: a few ids cost a few pointers, where a set costs a
// hash table of 128 slots. Built from the design's sorted maps, each insert is an append.
void insertSorted(QStringList &ids, const QString &id)
{
    const auto at = std::lower_bound(ids.begin(), ids.end(), id);
    if (at == ids.end() || *at != id)
        ids.insert(at, id);
}

void removeFrom(QHash<QString, QStringList> &index, const QString &key, const QString &id)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    const auto at = std::lower_bound(it->begin(), it->end(), id);
    if (at != it->end() && *at == id)
        it->erase(at);
    if (it->isEmpty())
        index.erase(it);
}

}  // namespace

void Document::indexComponent(const Component &c)
{
    if (!c.parent.isEmpty())
        insertSorted(m_childrenOf[c.parent], c.id);
}

void Document::unindexComponent(const Component &c)
{
    if (!c.parent.isEmpty())
        removeFrom(m_childrenOf, c.parent, c.id);
}

void Document::indexConnection(const Connection &c)
{
    insertSorted(m_connectionsOf[c.from], c.id);
    if (c.to != c.from)
        insertSorted(m_connectionsOf[c.to], c.id);
}

void Document::unindexConnection(const Connection &c)
{
    removeFrom(m_connectionsOf, c.from, c.id);
    if (c.to != c.from)
        removeFrom(m_connectionsOf, c.to, c.id);
}

void Document::rebuildIndex()
{
    m_connectionsOf.clear();
    m_childrenOf.clear();
    for (const auto &[id, c] : m_design.components)
        indexComponent(c);
    for (const auto &[id, c] : m_design.connections)
        indexConnection(c);
}

void Document::pruneSelection()
{
    QSet<QString> kept;
    for (const QString &id : std::as_const(m_selection)) {
        if (m_design.contains(id))
            kept.insert(id);
    }
    if (kept.size() != m_selection.size()) {
        m_selection = std::move(kept);
        emit selectionChanged();
    }
}

}  // namespace continuity
