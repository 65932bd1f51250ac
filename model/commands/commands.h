// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/document.h"

#include <QUndoCommand>

#include <vector>

namespace continuity {

/// Command ids, one enum for all, so that mergeWith only ever sees its own kind.
enum class CommandId {
    MoveComponents = 1,
};

/// Base of every command: keeps the document; effects happen in redo()/undo() only.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(Document *document, const QString &text);

protected:
    Document *m_document;
};

/// Adds components and connections (a new component, a connection, a paste, a duplicate).
/// Undo removes exactly what it added.
class AddItemsCommand : public DocumentCommand
{
public:
    AddItemsCommand(Document *document, const QString &text, std::vector<Component> components,
                    std::vector<Connection> connections);
    void redo() override;
    void undo() override;

private:
    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
};

/// Removes components and connections, kept by value so that undo restores them exactly.
class RemoveItemsCommand : public DocumentCommand
{
public:
    RemoveItemsCommand(Document *document, const QString &text, std::vector<Component> components,
                       std::vector<Connection> connections);
    void redo() override;
    void undo() override;

private:
    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
};

/// Replaces components by new versions; undo and redo swap the before and after states.
/// The base of move, resize, property, rename and reparent commands.
class ChangeComponentsCommand : public DocumentCommand
{
public:
    ChangeComponentsCommand(Document *document, const QString &text,
                            std::vector<Component> after, ComponentChanges what);
    void redo() override;
    void undo() override;

protected:
    std::vector<Component> m_before;
    std::vector<Component> m_after;
    ComponentChanges m_what;
};

/// Moves components. Moves of one drag (the same non-zero drag id) merge into one entry; a
/// merge that returns every component to its start makes the command obsolete.
class MoveComponentsCommand : public ChangeComponentsCommand
{
public:
    MoveComponentsCommand(Document *document, std::vector<Component> after, int dragId);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_dragId;
};

class SetGeometryCommand : public ChangeComponentsCommand
{
public:
    SetGeometryCommand(Document *document, std::vector<Component> after);
};

class SetPropertyCommand : public ChangeComponentsCommand
{
public:
    SetPropertyCommand(Document *document, const QString &key, std::vector<Component> after);
};

class RenameComponentCommand : public ChangeComponentsCommand
{
public:
    RenameComponentCommand(Document *document, std::vector<Component> after);
};

class ReparentComponentsCommand : public ChangeComponentsCommand
{
public:
    ReparentComponentsCommand(Document *document, std::vector<Component> after);
};

/// Replaces connections by new versions (a routing priority or weight edited).
class SetConnectionPropertyCommand : public DocumentCommand
{
public:
    SetConnectionPropertyCommand(Document *document, const QString &key,
                                 std::vector<Connection> after);
    void redo() override;
    void undo() override;

private:
    std::vector<Connection> m_before;
    std::vector<Connection> m_after;
};

class SetDeploymentModelCommand : public DocumentCommand
{
public:
    SetDeploymentModelCommand(Document *document, DeploymentModel model);
    void redo() override;
    void undo() override;

private:
    DeploymentModel m_before;
    DeploymentModel m_after;
};

class SetDesignNameCommand : public DocumentCommand
{
public:
    SetDesignNameCommand(Document *document, const QString &name);
    void redo() override;
    void undo() override;

private:
    QString m_before;
    QString m_after;
};

class SetAssumptionsCommand : public DocumentCommand
{
public:
    SetAssumptionsCommand(Document *document, const QString &text, nlohmann::json after);
    void redo() override;
    void undo() override;

private:
    nlohmann::json m_before;
    nlohmann::json m_after;
};

}  // namespace continuity
