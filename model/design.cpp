// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/design.h"

#include <array>

namespace continuity {

namespace {

constexpr std::array<const char *, ComponentKindCount> kComponentKindNames = {
    "region",       "aksCluster",     "frontDoor", "trafficManager", "applicationGateway",
    "containerRegistry", "keyVault", "logAnalytics", "firewall", "firewallPolicy",
    "database",     "storageAccount", "backupVault"};

constexpr std::array<const char *, ConnectionKindCount> kConnectionKindNames = {
    "traffic", "uses", "replicates", "protects", "manages", "egress"};

constexpr std::array<const char *, DeploymentModelCount> kModelNames = {
    "active-active", "active-passive", "passive-cold", "single-region"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &names, const QString &s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

}  // namespace

const Component *Design::component(const QString &id) const
{
    auto it = components.find(id);
    return it == components.end() ? nullptr : &it->second;
}

const Connection *Design::connection(const QString &id) const
{
    auto it = connections.find(id);
    return it == connections.end() ? nullptr : &it->second;
}

QString toString(ComponentKind kind)
{
    return QLatin1String(kComponentKindNames[static_cast<std::size_t>(kind)]);
}

QString toString(ConnectionKind kind)
{
    return QLatin1String(kConnectionKindNames[static_cast<std::size_t>(kind)]);
}

QString toString(DeploymentModel model)
{
    return QLatin1String(kModelNames[static_cast<std::size_t>(model)]);
}

std::optional<ComponentKind> componentKindFromString(const QString &s)
{
    return lookup<ComponentKind>(kComponentKindNames, s);
}

std::optional<ConnectionKind> connectionKindFromString(const QString &s)
{
    return lookup<ConnectionKind>(kConnectionKindNames, s);
}

std::optional<DeploymentModel> deploymentModelFromString(const QString &s)
{
    return lookup<DeploymentModel>(kModelNames, s);
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                        || u == '_' || u == '.' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

}  // namespace continuity
