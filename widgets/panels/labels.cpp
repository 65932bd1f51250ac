// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/labels.h"

#include <QCoreApplication>
#include <QHash>

namespace continuity {

namespace {

// Translated in the "Labels" context; lupdate reads the qualified calls.
struct LabelsText {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};

}  // namespace

QString deploymentModelLabel(DeploymentModel model)
{
    switch (model) {
    case DeploymentModel::ActiveActive: return LabelsText::tr("Active-active");
    case DeploymentModel::ActivePassive: return LabelsText::tr("Active-passive");
    case DeploymentModel::PassiveCold: return LabelsText::tr("Passive-cold");
    case DeploymentModel::SingleRegion: return LabelsText::tr("Single region");
    }
    return toString(model);
}

QString deploymentModelDescription(DeploymentModel model)
{
    switch (model) {
    case DeploymentModel::ActiveActive:
        return LabelsText::tr("Two or more regions serve traffic at once; when one fails, the others carry "
                  "its load.");
    case DeploymentModel::ActivePassive:
        return LabelsText::tr("One region serves traffic; a smaller, running copy in a second region takes "
                  "over when it fails.");
    case DeploymentModel::PassiveCold:
        return LabelsText::tr("One region serves traffic; the second region's cluster is stopped and is "
                  "started when disaster strikes.");
    case DeploymentModel::SingleRegion:
        return LabelsText::tr("One region spread across availability zones: the baseline the other models "
                  "are measured against.");
    }
    return {};
}

QString kindDescription(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Region:
        return LabelsText::tr("An Azure region: the container of the regional components.");
    case ComponentKind::AksCluster:
        return LabelsText::tr("A managed Kubernetes cluster that runs the workload.");
    case ComponentKind::FrontDoor:
        return LabelsText::tr("Global HTTP entry point with health probes: sends users to healthy regions.");
    case ComponentKind::TrafficManager:
        return LabelsText::tr("DNS-based global routing between regions.");
    case ComponentKind::ApplicationGateway:
        return LabelsText::tr("Regional layer-7 load balancer in front of a cluster, optionally with a web "
                  "application firewall.");
    case ComponentKind::ContainerRegistry:
        return LabelsText::tr("Holds the container images; the Premium tier replicates them to other "
                  "regions.");
    case ComponentKind::KeyVault:
        return LabelsText::tr("Secrets, keys and certificates of the workload.");
    case ComponentKind::LogAnalytics:
        return LabelsText::tr("Collects the logs and metrics of the region's components.");
    case ComponentKind::Firewall:
        return LabelsText::tr("Inspects the clusters' outbound traffic, as the hub of a hub-and-spoke "
                  "network.");
    case ComponentKind::FirewallPolicy:
        return LabelsText::tr("Rules shared by the firewalls of every region (Azure Firewall Manager).");
    case ComponentKind::Database:
        return LabelsText::tr("The application's data: Azure SQL Database, Cosmos DB or PostgreSQL.");
    case ComponentKind::StorageAccount:
        return LabelsText::tr("Blob and file storage, with a choice of redundancy.");
    case ComponentKind::BackupVault:
        return LabelsText::tr("Backs up the clusters, and can restore them in another region.");
    }
    return {};
}

QString connectionKindLabel(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::Traffic: return LabelsText::tr("Traffic");
    case ConnectionKind::Uses: return LabelsText::tr("Uses");
    case ConnectionKind::Replicates: return LabelsText::tr("Replicates");
    case ConnectionKind::Protects: return LabelsText::tr("Protects");
    case ConnectionKind::Manages: return LabelsText::tr("Manages");
    case ConnectionKind::Egress: return LabelsText::tr("Egress");
    }
    return toString(kind);
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return LabelsText::tr("Error");
    case Severity::Warning: return LabelsText::tr("Warning");
    case Severity::Info: return LabelsText::tr("Info");
    }
    return toString(severity);
}

QString choiceLabel(const QString &value)
{
    // Values whose written form is not a word a reader would expect; the rest are shown as
    // written with a capital first letter ("standard" → "Standard"; "GZRS" stays "GZRS").
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("azureSql"), QT_TRANSLATE_NOOP("Labels", "Azure SQL Database")},
        {QStringLiteral("cosmosDb"), QT_TRANSLATE_NOOP("Labels", "Azure Cosmos DB")},
        {QStringLiteral("postgresql"), QT_TRANSLATE_NOOP("Labels", "PostgreSQL")},
        {QStringLiteral("standard_v2"), QT_TRANSLATE_NOOP("Labels", "Standard v2")},
        {QStringLiteral("waf_v2"), QT_TRANSLATE_NOOP("Labels", "WAF v2")},
        {QStringLiteral("async"), QT_TRANSLATE_NOOP("Labels", "Asynchronous")},
        {QStringLiteral("sync"), QT_TRANSLATE_NOOP("Labels", "Synchronous")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Labels", "None")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("Labels", "Manual")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("Labels", "On an event")},
    };
    if (const auto it = labels.constFind(value); it != labels.cend())
        return LabelsText::tr(it.value());
    if (value.isEmpty())
        return value;
    return value.at(0).toUpper() + value.mid(1);
}

QString plural(QString translated, int n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString propertyLabel(const char *label)
{
    return QCoreApplication::translate("Property", label);
}

QString componentDisplayName(const Component &component)
{
    return component.name.isEmpty() ? component.id : component.name;
}

}  // namespace continuity
