// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/commands/commands.h"

#include <QCoreApplication>

namespace continuity {

namespace {

QStringList idsOf(const std::vector<Component> &components)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(components.size()));
    for (const Component &c : components)
        ids << c.id;
    return ids;
}

QStringList idsOf(const std::vector<Connection> &connections)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(connections.size()));
    for (const Connection &c : connections)
        ids << c.id;
    return ids;
}

// The before-state of components about to change, captured when the command is built.
std::vector<Component> currentOf(const Document *document, const std::vector<Component> &after)
{
    std::vector<Component> before;
    before.reserve(after.size());
    for (const Component &c : after) {
        const Component *now = document->component(c.id);
        before.push_back(now ? *now : c);
    }
    return before;
}

}  // namespace

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

AddItemsCommand::AddItemsCommand(Document *document, const QString &text,
                                 std::vector<Component> components,
                                 std::vector<Connection> connections)
    : DocumentCommand(document, text)
    , m_components(std::move(components))
    , m_connections(std::move(connections))
{
}

void AddItemsCommand::redo()
{
    m_document->insertItems(m_components, m_connections);
}

void AddItemsCommand::undo()
{
    m_document->eraseItems(idsOf(m_components), idsOf(m_connections));
}

RemoveItemsCommand::RemoveItemsCommand(Document *document, const QString &text,
                                       std::vector<Component> components,
                                       std::vector<Connection> connections)
    : DocumentCommand(document, text)
    , m_components(std::move(components))
    , m_connections(std::move(connections))
{
}

void RemoveItemsCommand::redo()
{
    m_document->eraseItems(idsOf(m_components), idsOf(m_connections));
}

void RemoveItemsCommand::undo()
{
    m_document->insertItems(m_components, m_connections);
}

ChangeComponentsCommand::ChangeComponentsCommand(Document *document, const QString &text,
                                                 std::vector<Component> after,
                                                 ComponentChanges what)
    : DocumentCommand(document, text)
    , m_before(currentOf(document, after))
    , m_after(std::move(after))
    , m_what(what)
{
}

void ChangeComponentsCommand::redo()
{
    m_document->replaceComponents(m_after, m_what);
}

void ChangeComponentsCommand::undo()
{
    m_document->replaceComponents(m_before, m_what);
}

MoveComponentsCommand::MoveComponentsCommand(Document *document, std::vector<Component> after,
                                             int dragId)
    : ChangeComponentsCommand(document,
                              QCoreApplication::translate("Command", "Move %n component(s)", nullptr,
                                                          static_cast<int>(after.size())),
                              std::move(after), ComponentChange::Geometry)
    , m_dragId(dragId)
{
}

int MoveComponentsCommand::id() const
{
    return m_dragId == 0 ? -1 : static_cast<int>(CommandId::MoveComponents);
}

bool MoveComponentsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveComponentsCommand *>(other);
    if (move->m_dragId != m_dragId)
        return false;
    // Components first moved by the later step join this command with their original state.
    for (std::size_t i = 0; i < move->m_after.size(); ++i) {
        const Component &next = move->m_after[i];
        auto it = std::find_if(m_after.begin(), m_after.end(),
                               [&](const Component &c) { return c.id == next.id; });
        if (it != m_after.end()) {
            *it = next;
        } else {
            m_after.push_back(next);
            m_before.push_back(move->m_before[i]);
        }
    }
    setText(QCoreApplication::translate("Command", "Move %n component(s)", nullptr,
                                        static_cast<int>(m_after.size())));
    setObsolete(m_before == m_after);
    return true;
}

SetGeometryCommand::SetGeometryCommand(Document *document, std::vector<Component> after)
    : ChangeComponentsCommand(document, QCoreApplication::translate("Command", "Resize"),
                              std::move(after), ComponentChange::Geometry)
{
}

SetPropertyCommand::SetPropertyCommand(Document *document, const QString &key,
                                       std::vector<Component> after)
    : ChangeComponentsCommand(document,
                              QCoreApplication::translate("Command", "Set %1").arg(key),
                              std::move(after), ComponentChange::Properties)
{
}

RenameComponentCommand::RenameComponentCommand(Document *document, std::vector<Component> after)
    : ChangeComponentsCommand(document, QCoreApplication::translate("Command", "Rename"),
                              std::move(after), ComponentChange::Name)
{
}

ReparentComponentsCommand::ReparentComponentsCommand(Document *document,
                                                     std::vector<Component> after)
    : ChangeComponentsCommand(document,
                              QCoreApplication::translate("Command", "Move to another region"),
                              std::move(after),
                              ComponentChanges(ComponentChange::Parent) | ComponentChange::Geometry)
{
}

SetConnectionPropertyCommand::SetConnectionPropertyCommand(Document *document, const QString &key,
                                                           std::vector<Connection> after)
    : DocumentCommand(document, QCoreApplication::translate("Command", "Set %1").arg(key))
    , m_after(std::move(after))
{
    m_before.reserve(m_after.size());
    for (const Connection &c : m_after) {
        const Connection *now = document->connection(c.id);
        m_before.push_back(now ? *now : c);
    }
}

void SetConnectionPropertyCommand::redo()
{
    m_document->replaceConnections(m_after);
}

void SetConnectionPropertyCommand::undo()
{
    m_document->replaceConnections(m_before);
}

SetDeploymentModelCommand::SetDeploymentModelCommand(Document *document, DeploymentModel model)
    : DocumentCommand(document, QCoreApplication::translate("Command", "Set deployment model to %1")
                                    .arg(toString(model)))
    , m_before(document->deploymentModel())
    , m_after(model)
{
}

void SetDeploymentModelCommand::redo()
{
    m_document->assignDeploymentModel(m_after);
}

void SetDeploymentModelCommand::undo()
{
    m_document->assignDeploymentModel(m_before);
}

SetDesignNameCommand::SetDesignNameCommand(Document *document, const QString &name)
    : DocumentCommand(document, QCoreApplication::translate("Command", "Rename design"))
    , m_before(document->design().name)
    , m_after(name)
{
}

void SetDesignNameCommand::redo()
{
    m_document->assignName(m_after);
}

void SetDesignNameCommand::undo()
{
    m_document->assignName(m_before);
}

SetAssumptionsCommand::SetAssumptionsCommand(Document *document, const QString &text,
                                             nlohmann::json after)
    : DocumentCommand(document, text)
    , m_before(document->design().assumptions)
    , m_after(std::move(after))
{
}

void SetAssumptionsCommand::redo()
{
    m_document->assignAssumptions(m_after);
}

void SetAssumptionsCommand::undo()
{
    m_document->assignAssumptions(m_before);
}

}  // namespace continuity
