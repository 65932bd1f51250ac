// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/document.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QFormLayout;
class QScrollArea;
class QVBoxLayout;

namespace continuity {

class Catalog;
class LiveValidator;
struct PropertySpec;

/// Edits the document's selection: every property of the selected kind with a widget that fits
/// its type (the kinds table drives it; limits that are Azure's come from the catalog), the
/// name, and for connections from a global router their priority and weight. Components of one
/// kind selected together are edited together: values they do not share are shown as mixed,
/// and an edit sets the new value on all of them. With nothing selected it edits the design's
/// own name and deployment model.
///
/// Every edit is one intent on the document, which is one undo entry: text and numbers are
/// committed when editing finishes (Enter, leaving the field, or a pause after the spin arrows),
/// choices when they are made. The editor never writes the design itself, and refreshes its
/// widgets from the document whenever the shown items change (also on undo and redo).
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    /// `catalog` gives regions, VM sizes and limits; `validator` (optional) the findings shown
    /// for the selection.
    PropertyEditor(Document *document, const Catalog *catalog, LiveValidator *validator = nullptr,
                   QWidget *parent = nullptr);
    ~PropertyEditor() override;

    /// The ids whose properties are shown: the selection, read when control returns to the
    /// event loop after it changed; empty for the design page.
    QStringList shownIds() const { return m_ids; }
    /// The widget that edits `key`: a property key ("nodeCount", "zones", "priority"), or
    /// "name", or on the design page "designName" and "deploymentModel". Nullptr when the page
    /// shows no such field.
    QWidget *editorFor(const QString &key) const;

public slots:
    /// Puts the keyboard focus in the name field (the design's name when nothing is selected)
    /// and selects its text.
    void focusName();

private:
    struct Field;
    enum class Page { Design, Components, Connections, Mixed };

    void scheduleRebuild();
    void rebuild();
    void reload();
    void commitPending();
    void onComponentsChanged(const QStringList &ids);

    QWidget *buildDesignPage();
    QWidget *buildComponentPage(ComponentKind kind);
    QWidget *buildConnectionPage();
    QWidget *buildMixedPage();
    QWidget *header(const QIcon &icon, std::function<QString()> title,
                    std::function<QString()> subtitle);
    void addFindingsSection(QVBoxLayout *layout);

    void addPropertyRow(QFormLayout *form, ComponentKind kind, const PropertySpec &spec);
    void addIntegerRow(QFormLayout *form, const QString &label, const std::string &key, int min,
                       int max, const QString &tip,
                       std::function<void(const std::string &, const nlohmann::json &)> set);
    void addAutoscaleRow(QFormLayout *form, const QString &label);
    void addZonesRow(QFormLayout *form, const QString &label);
    void addRegionListRow(QFormLayout *form, const QString &label);
    void addLocationRow(QFormLayout *form, const QString &label);
    void addVmSizeRow(QFormLayout *form, const QString &label);

    std::vector<const Component *> components() const;
    std::vector<const Connection *> connections() const;
    bool regionHasZones(const Component &c) const;
    nlohmann::json valueOf(const Component &c, const std::string &key) const;
    /// The value all shown components share, or a null json when they differ (`mixed` set).
    nlohmann::json sharedValue(const std::string &key, bool *mixed) const;
    /// Sets one value on every shown component: one intent.
    void setOnAll(const std::string &key, const nlohmann::json &value);
    /// Sets a value computed per component: one intent when the values agree, else one macro
    /// (still one undo entry).
    void setEach(const std::string &key, const std::function<nlohmann::json(const Component &)> &f);

    Document *m_document;
    const Catalog *m_catalog;
    LiveValidator *m_validator;
    QScrollArea *m_scroll = nullptr;
    Page m_page = Page::Design;
    ComponentKind m_kind = ComponentKind::Region;
    QStringList m_ids;
    QStringList m_watched;  ///< shown ids and the ids the page names (a connection's ends)
    std::vector<std::unique_ptr<Field>> m_fields;
    std::vector<std::function<void()>> m_findingsLoaders;
    bool m_loading = false;
    bool m_rebuildPending = false;
};

}  // namespace continuity
