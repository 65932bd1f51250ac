// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/io/designfile.h"

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

class Autosave;
struct AutosaveEntry;
struct RecoveryChoice;
class CanvasScene;
class CanvasView;
class Document;
class EstimatesPanel;
class FindingsPanel;
class LiveEstimator;
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

    /// Keeps the unsaved changes of this window's document in its own autosave slot (interval:
    /// QSettings "autosave/intervalSeconds", default 30; 0 turns it off).
    Autosave *autosave() const { return m_autosave; }
    /// Offers to restore what windows that did not close cleanly left in the autosave folder
    /// (askRecovery): restores the chosen designs, the first into this window when it holds an
    /// empty, unchanged, untitled design, the others into new windows; deletes the discarded
    /// ones; keeps the rest for the next start. Unreadable autosaves never stop it. When the
    /// environment variable CONTINUITY_RECOVERY_ANSWER is "restore" or "discard" (set only by the
    /// tests that drive the real binary), that answer is taken for every listed design without
    /// showing the dialog. Returns how many designs were restored.
    int offerRecovery();
    /// Replaces the design with an autosaved one, unsaved, named after the file it was edited
    /// from, without asking about unsaved changes; the entry's files are removed once this
    /// window's own slot holds the design. Returns false (and reports) when it cannot be read.
    bool restoreAutosave(const AutosaveEntry &entry);

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
    /// Asks what to do with the designs left by a crash (RecoveryDialog).
    virtual RecoveryChoice askRecovery(const QList<AutosaveEntry> &entries);
    /// Asks whether to save over `path`, which changed on disk since it was opened or saved.
    virtual bool confirmOverwriteChanged(const QString &path);
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
    /// The context menu's "Drill" entries for one item: fail it, its region, a zone.
    void addDrillActions(QMenu *menu, const QString &id);
    void showShortcuts();
    void editAssumptions();
    /// Edit ▸ Preferences: applies at once what can change while the window is open.
    void editPreferences();
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
    LiveEstimator *m_estimator = nullptr;
    EstimatesPanel *m_estimates = nullptr;
    QDockWidget *m_estimatesDock = nullptr;
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
    bool m_layoutRestored = false;  ///< the docks were laid out from the saved settings
    Autosave *m_autosave = nullptr;
    // The open file as read or last written here: tells whether someone else changed it since.
    FileStamp m_fileStamp;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

}  // namespace continuity
