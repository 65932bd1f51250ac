// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace continuity {

/// What changed on a component, for observers that update only what they must.
enum class ComponentChange {
    Geometry = 0x1,    ///< position or size
    Properties = 0x2,
    Name = 0x4,
    Parent = 0x8,
};
Q_DECLARE_FLAGS(ComponentChanges, ComponentChange)

/// The open design: owns the design data, its undo stack, the selection, the file name and the
/// clean state.
///
/// Widgets change the design through the intent methods, each of which pushes exactly one undo
/// command (or nothing, when the intent changes nothing). Commands change the design through
/// the notifying mutators only. Observers listen to the batched, id-based signals and pull what
/// they need through the const queries.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Design design, QObject *parent = nullptr);
    ~Document() override;

    // ---- Queries ---------------------------------------------------------------------------
    const Design &design() const { return m_design; }
    const Component *component(const QString &id) const { return m_design.component(id); }
    const Connection *connection(const QString &id) const { return m_design.connection(id); }
    DeploymentModel deploymentModel() const { return m_design.deploymentModel; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    /// Ids of the connections that start or end at a component (also dangling ones).
    QStringList connectionsOf(const QString &componentId) const;
    /// Ids of the components whose parent is `regionId`.
    QStringList childrenOf(const QString &regionId) const;
    /// An id not used by any component or connection, built from `prefix`.
    QString uniqueId(const QString &prefix) const;

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// The name to show: the design's name, else the file's, else "Untitled".
    QString displayName() const;
    bool isModified() const;

    const QSet<QString> &selection() const { return m_selection; }
    QStringList selectedIds() const;
    /// Replaces the selection; ids that name nothing are dropped. Emits selectionChanged.
    void setSelection(const QSet<QString> &ids);

    /// Replaces the whole design (a file was opened, a template chosen): clears the undo
    /// stack and the selection, marks the document clean. Emits designReset.
    void resetDesign(Design design);

    // ---- Intents (for widgets): each is one undo entry, or none when nothing changes ------
    /// Adds a component at `pos` in `parent` (a region id, or empty for a global component).
    /// Returns the new id.
    QString addComponent(ComponentKind kind, QPointF pos, const QString &parent = {},
                         const QString &name = {});
    /// Removes components (with their connections; a region with its children) and
    /// connections.
    void removeItems(const QStringList &ids);
    void removeSelection();
    /// Moves components to new top-left positions. Calls sharing a non-zero `dragId` merge into
    /// one undo entry (one drag); a drag that returns to its start leaves none.
    void moveComponents(const QHash<QString, QPointF> &positions, int dragId = 0);
    /// Sets a region's (or any component's) position and size in one entry.
    void setGeometry(const QString &id, const QRectF &rect);
    /// Sets a property on several components of the same kind; a null value removes the key so
    /// that the default applies.
    void setComponentProperty(const QStringList &ids, const std::string &key,
                              const nlohmann::json &value);
    void renameComponent(const QString &id, const QString &name);
    /// Moves components into another region (or out of regions with an empty parent), at new
    /// positions where given.
    void reparentComponents(const QStringList &ids, const QString &parent,
                            const QHash<QString, QPointF> &positions = {});
    /// Connects two components; the kind is inferred from the ends when not given. Returns the
    /// new connection's id, or an empty string when the two kinds cannot be connected.
    QString connectComponents(const QString &from, const QString &to,
                              std::optional<ConnectionKind> kind = std::nullopt,
                              const nlohmann::json &properties = nlohmann::json::object());
    void setConnectionProperty(const QStringList &ids, const std::string &key,
                               const nlohmann::json &value);
    void setDeploymentModel(DeploymentModel model);
    void setDesignName(const QString &name);
    /// Overrides an estimate parameter (a catalog fact id); a null value removes the override.
    void setAssumption(const std::string &key, const nlohmann::json &value);
    /// Replaces every override at once (an object of parameter ids to numbers), one undo step.
    void setAssumptions(const nlohmann::json &assumptions);
    /// The location a region added now gets: the catalog's pair of a region already drawn
    /// when that pair is not drawn yet, else the next zoned region not drawn, East US 2 first.
    QString nextRegionLocation() const;
    /// Inserts a fragment (copied components and connections) with fresh ids, moved by
    /// `offset`; parents not in the fragment are kept when they exist in this design, else
    /// cleared. Selects and returns the new ids.
    QStringList pasteFragment(const Design &fragment, QPointF offset);

    // ---- Notifying mutators (for commands only) -------------------------------------------
    void insertItems(const std::vector<Component> &components,
                     const std::vector<Connection> &connections);
    void eraseItems(const QStringList &componentIds, const QStringList &connectionIds);
    void replaceComponents(const std::vector<Component> &components, ComponentChanges what);
    void replaceConnections(const std::vector<Connection> &connections);
    void assignDeploymentModel(DeploymentModel model);
    void assignName(const QString &name);
    void assignAssumptions(const nlohmann::json &assumptions);

signals:
    void componentsAdded(const QStringList &ids);
    void componentsAboutToBeRemoved(const QStringList &ids);
    void componentsRemoved(const QStringList &ids);
    void componentsChanged(const QStringList &ids, continuity::ComponentChanges what);
    void connectionsAdded(const QStringList &ids);
    void connectionsAboutToBeRemoved(const QStringList &ids);
    void connectionsRemoved(const QStringList &ids);
    void connectionsChanged(const QStringList &ids);
    void deploymentModelChanged(continuity::DeploymentModel model);
    void nameChanged(const QString &name);
    void assumptionsChanged();
    /// The whole design was replaced; observers rebuild.
    void designReset();
    void selectionChanged();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    /// A new component's name: its kind and its region ("AKS East US 2"), numbered when taken.
    QString defaultName(ComponentKind kind, const QString &parent) const;
    void indexComponent(const Component &c);
    void unindexComponent(const Component &c);
    void indexConnection(const Connection &c);
    void unindexConnection(const Connection &c);
    void rebuildIndex();
    void pruneSelection();

    Design m_design;
    std::unique_ptr<QUndoStack> m_undoStack;
    QSet<QString> m_selection;
    QString m_fileName;
    // Adjacency and containment, kept in step by the mutators so that removal and the
    // validator's neighbourhood queries don't scan the whole design.
    QHash<QString, QStringList> m_connectionsOf;  ///< sorted ids
    QHash<QString, QStringList> m_childrenOf;     ///< sorted ids
};

}  // namespace continuity

Q_DECLARE_OPERATORS_FOR_FLAGS(continuity::ComponentChanges)
