// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QToolButton;
class QUndoView;

namespace continuity {

class CanvasScene;
class CanvasView;
class Document;
class FindingsPanel;
class LiveValidator;
class PaletteWidget;
class PropertyEditor;

/// The designer's main window: the canvas in the middle; the palette, the property editor, the
/// findings and the undo history as dock widgets; File, Edit, View, Design and Help menus and a
/// toolbar with the deployment model; a status bar with zoom, counts and the findings summary.
///
/// It owns one document for its lifetime (opening a file replaces the document's design) and
/// one live validator on it, shared by the canvas, the findings panel and the property editor.
/// The window's geometry, its docks and the recent files are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    LiveValidator *validator() const { return m_validator; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *paletteWidget() const { return m_palette; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    /// The toolbar's deployment-model box.
    QComboBox *deploymentModelBox() const { return m_modelBox; }

    /// Opens a design file. A file that cannot be read is reported with the loader's message
    /// (and the place in the file) and leaves the open design as it was; a file that reads well
    /// first asks about unsaved changes (askToSave), then replaces the design. Components
    /// without positions are laid out. Returns whether the file was opened.
    bool openFile(const QString &path);
    /// Replaces the design with a built-in template ("active-passive", see TemplateDialog),
    /// unsaved and without a file name, after asking about unsaved changes.
    bool newFromTemplate(const QString &name);
    /// Replaces the design with an empty one, after asking about unsaved changes.
    bool newDesign();
    /// Saves to the document's file, or asks for one (askSaveFileName) when it has none.
    bool save();
    /// Asks for a file name and saves there.
    bool saveAs();
    /// Writes the design to `path`; on success the document is clean and named after the file,
    /// on failure the error is reported and the document stays modified.
    bool saveTo(const QString &path);
    /// Reloads the design from its file, dropping the changes made since (after confirmRevert).
    bool revert();

    /// The recent files, most recent first (existing or not).
    QStringList recentFiles() const;

protected:
    /// Asks what to do with unsaved changes: Save, Discard or Cancel. Tests override it.
    virtual QMessageBox::StandardButton askToSave();
    /// Asks which file to open; empty: cancelled.
    virtual QString askOpenFileName();
    /// Asks where to save, proposing `suggestion`; empty: cancelled.
    virtual QString askSaveFileName(const QString &suggestion);
    /// Asks which template to start from; empty: cancelled.
    virtual QString askTemplate();
    /// Asks whether to drop the changes and reload the file.
    virtual bool confirmRevert();
    /// Shows an error to the user.
    virtual void reportError(const QString &title, const QString &message,
                             const QString &details = {});

    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// True when there are no unsaved changes left to lose: saved, discarded, or none.
    bool maybeSave();
    void replaceDesign(Design design, const QString &fileName);

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void connectDocument();

    void updateTitle();
    void updateActions();
    void updateCounts();
    void updateFindingsSummary();
    void updateZoom(double zoom);
    void updateDeploymentModel();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void addAtViewCentre(ComponentKind kind);
    void showContextMenu(const QStringList &ids, const QPoint &globalPos);
    void showShortcuts();
    void showAbout();
    void readSettings();
    void writeSettings();

    std::unique_ptr<Document> m_document;
    LiveValidator *m_validator = nullptr;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    PaletteWidget *m_palette = nullptr;
    PropertyEditor *m_properties = nullptr;
    FindingsPanel *m_findings = nullptr;
    QUndoView *m_history = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QComboBox *m_modelBox = nullptr;
    QToolButton *m_zoomButton = nullptr;
    QLabel *m_countsLabel = nullptr;
    QToolButton *m_findingsButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_modelActions = nullptr;
    bool m_updatingModel = false;
    bool m_findingsSummaryPending = false;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

}  // namespace continuity
