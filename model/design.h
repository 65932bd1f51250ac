// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace continuity {

/// The component kinds of the design format, version 1 (spec/design-format.md).
enum class ComponentKind {
    Region,
    AksCluster,
    FrontDoor,
    TrafficManager,
    ApplicationGateway,
    ContainerRegistry,
    KeyVault,
    LogAnalytics,
    Firewall,
    FirewallPolicy,
    Database,
    StorageAccount,
    BackupVault,
};
inline constexpr int ComponentKindCount = 13;

/// The connection kinds; a connection's kind is inferred from its ends where the file omits it.
enum class ConnectionKind { Traffic, Uses, Replicates, Protects, Manages, Egress };
inline constexpr int ConnectionKindCount = 6;

enum class DeploymentModel { ActiveActive, ActivePassive, PassiveCold, SingleRegion };
inline constexpr int DeploymentModelCount = 4;

/// One component of a design. `properties` holds only what the file (or an edit) set:
/// absent keys take the kind's default (see kinds.h); unknown keys are kept verbatim.
struct Component {
    QString id;
    ComponentKind kind = ComponentKind::Region;
    QString name;
    QString parent;                   ///< id of a region, empty for none
    std::optional<QPointF> pos;       ///< top-left in scene coordinates; absent: laid out by the editor
    std::optional<QSizeF> size;       ///< regions only; absent: large enough for the children
    nlohmann::json properties = nlohmann::json::object();

    bool operator==(const Component &o) const = default;
};

struct Connection {
    QString id;
    QString from;
    QString to;
    std::optional<ConnectionKind> kind;  ///< as written; absent: inferred from the ends
    nlohmann::json properties = nlohmann::json::object();

    bool operator==(const Connection &o) const = default;
};

/// A whole design: what a file holds. Components and connections are kept in id order, which
/// is also the order they are written in.
struct Design {
    QString name;
    DeploymentModel deploymentModel = DeploymentModel::ActivePassive;
    std::map<QString, Component> components;
    std::map<QString, Connection> connections;
    nlohmann::json assumptions = nlohmann::json::object();  ///< overrides of estimate parameters
    nlohmann::json extra = nlohmann::json::object();        ///< unknown top-level keys, kept

    bool operator==(const Design &o) const = default;

    const Component *component(const QString &id) const;
    const Connection *connection(const QString &id) const;
    bool contains(const QString &id) const { return component(id) || connection(id); }
};

// Names as they appear in files and on the command line.
QString toString(ComponentKind kind);
QString toString(ConnectionKind kind);
QString toString(DeploymentModel model);
std::optional<ComponentKind> componentKindFromString(const QString &s);
std::optional<ConnectionKind> connectionKindFromString(const QString &s);
std::optional<DeploymentModel> deploymentModelFromString(const QString &s);

/// True where `id` is a legal id: 1–64 characters of [A-Za-z0-9_.-].
bool isValidId(const QString &id);

}  // namespace continuity
