// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/liveestimator.h"
#include "model/io/autosave.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "model/layout.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasaccessibility.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/icons.h"
#include "widgets/export/exportdialog.h"
#include "widgets/panels/assumptionsdialog.h"
#include "widgets/panels/drillpanel.h"
#include "widgets/panels/estimatespanel.h"
#include "widgets/panels/findingspanel.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/loadprogress.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/preferencesdialog.h"
#include "widgets/panels/propertyeditor.h"
#include "widgets/panels/recoverydialog.h"
#include "widgets/panels/templatedialog.h"
#include "widgets/panels/uiicons.h"
#include "widgets/presentation/presentationwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace continuity {

namespace {

constexpr int MaxRecentFiles = 10;
// Bumped when the docks change in a way that makes an older saved state misleading.
constexpr int WindowStateVersion = 2;  // 2: findings beside the properties
constexpr int StatusMessageMs = 5000;

const QString DesignSuffix = QStringLiteral(".continuity.json");

// A file name made from the design's name: letters, digits, dashes and underscores.
QString suggestedBaseName(const QString &name)
{
    QString base = name.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"));
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    base = base.left(80);
    return base.isEmpty() ? QStringLiteral("design") : base.toLower();
}

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    plain.remove(QStringLiteral("…"));
    if (shortcut.isEmpty())
        return plain;
    return QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText));
}

}  // namespace

struct MainWindow::Actions {
    QAction *newDesign = nullptr;
    QAction *newFromTemplate = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *revert = nullptr;
    QAction *clearRecent = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *selectAll = nullptr;
    QAction *connect = nullptr;
    QAction *rename = nullptr;
    QAction *preferences = nullptr;
    std::vector<QAction *> align;

    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *zoomFit = nullptr;
    QAction *snap = nullptr;
    QAction *showFindings = nullptr;
    QAction *fullScreen = nullptr;

    QAction *designProperties = nullptr;
    QAction *assumptions = nullptr;
    QAction *nextFinding = nullptr;
    QAction *previousFinding = nullptr;

    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::make_unique<Document>())
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_validator = new LiveValidator(m_document.get(), &Catalog::builtin(), this);
    m_scene = new CanvasScene(m_document.get(), m_validator, this);
    m_view = new CanvasView(m_scene, this);
    m_view->setObjectName(QStringLiteral("canvas"));
    setCentralWidget(m_view);

    createActions();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectDocument();
    // Screen readers hear what is selected on the canvas, whose items are not widgets.
    trackCanvasDescription(m_view, m_document.get(), m_validator);

    m_autosave = new Autosave(m_document.get(), this);
    m_autosave->setIntervalSeconds(
        QSettings().value(QStringLiteral("autosave/intervalSeconds"),
                          Autosave::DefaultIntervalSeconds).toInt());

    // A first window as large as the canvas and five panels need, within the screen.
    QSize size(1600, 1000);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
    // The panels' first sizes, once the window has its own (a saved layout replaces them).
    // The canvas keeps most of the window; the estimates below it are wide enough for the
    // table and the chart side by side.
    // The palette as wide as its longest label needs (French names run long).
    resizeDocks({m_paletteDock, m_propertiesDock},
                {std::clamp(m_palette->widthForLabels(), 220, 320), 360}, Qt::Horizontal);
    resizeDocks({m_propertiesDock, m_findingsDock},
                {size.height() * 11 / 20, size.height() * 9 / 20}, Qt::Vertical);
    // The bottom area's height takes only once the window is laid out (before, the canvas's
    // size hint wins), so it is set on the first turn of the event loop; a saved layout wins.
    QTimer::singleShot(0, this, [this, size] {
        if (!m_layoutRestored)
            resizeDocks({m_estimatesDock}, {std::clamp(size.height() * 7 / 20, 240, 360)},
                        Qt::Vertical);
    });
    readSettings();

    updateTitle();
    updateActions();
    updateCounts();
    updateFindingsSummary();
    updateDeploymentModel();
    updateZoom(m_view->zoom());
}

MainWindow::~MainWindow()
{
    // Everything that observes the document goes before it; the document is a member and would
    // otherwise die before the child widgets that still point at it.
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    // Destroyed, not closed: the autosave slot stays for the next start to offer.
    delete m_autosave;
    delete m_scene;
    delete m_estimator;
    delete m_validator;
    // Clearing the document's undo stack on its way out signals a clean state: not to us.
    m_document->disconnect(this);
}

// ---- Building the window ----------------------------------------------------------------------

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    auto make = [this](const QString &text, std::optional<ActionIcon> icon,
                       const QList<QKeySequence> &shortcuts, auto slot) {
        auto *action = new QAction(text, this);
        if (icon)
            action->setIcon(actionIcon(*icon));
        action->setShortcuts(shortcuts);
        action->setToolTip(withShortcut(text, shortcuts.value(0)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    a.newDesign = make(tr("&New"), ActionIcon::New, {QKeySequence::New}, [this] { newDesign(); });
    a.newDesign->setStatusTip(tr("Start an empty design"));
    a.newFromTemplate = make(tr("New from &Template…"), ActionIcon::Template,
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] {
                                 const QString name = askTemplate();
                                 if (!name.isEmpty())
                                     newFromTemplate(name);
                             });
    a.newFromTemplate->setStatusTip(tr("Start from a reference architecture"));
    a.open = make(tr("&Open…"), ActionIcon::Open, {QKeySequence::Open}, [this] {
        const QString path = askOpenFileName();
        if (!path.isEmpty())
            openFile(path);
    });
    a.save = make(tr("&Save"), ActionIcon::Save, {QKeySequence::Save}, [this] { save(); });
    // Not every platform binds Save As; the common Ctrl+Shift+S where it has none.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (saveAsKeys.isEmpty())
        saveAsKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    a.saveAs = make(tr("Save &As…"), std::nullopt, saveAsKeys, [this] { saveAs(); });
    a.revert = make(tr("Re&vert to Saved"), std::nullopt, {}, [this] { revert(); });
    a.clearRecent = make(tr("&Clear Recent Files"), std::nullopt, {}, [this] {
        QSettings().remove(QStringLiteral("recentFiles"));
        rebuildRecentMenu();
    });
    a.quit = make(tr("&Quit"), std::nullopt, {QKeySequence::Quit}, [this] { close(); });
    a.quit->setMenuRole(QAction::QuitRole);

    QUndoStack *stack = m_document->undoStack();
    a.undo = stack->createUndoAction(this, tr("&Undo"));
    a.undo->setIcon(actionIcon(ActionIcon::Undo));
    a.undo->setShortcuts(QKeySequence::Undo);
    a.redo = stack->createRedoAction(this, tr("&Redo"));
    a.redo->setIcon(actionIcon(ActionIcon::Redo));
    a.redo->setShortcuts(QKeySequence::Redo);
    // The undo actions rename themselves after the command ("Undo Add AKS cluster"); their
    // tooltips follow, with the shortcut.
    for (QAction *action : {a.undo, a.redo}) {
        connect(action, &QAction::changed, this, [action] {
            const QString tip = withShortcut(action->text(), action->shortcut());
            if (action->toolTip() != tip)
                action->setToolTip(tip);
        });
    }

    a.cut = make(tr("Cu&t"), ActionIcon::Cut, {QKeySequence::Cut},
                 [this] { m_view->cutSelection(); });
    a.copy = make(tr("&Copy"), ActionIcon::Copy, {QKeySequence::Copy},
                  [this] { m_view->copySelection(); });
    a.paste = make(tr("&Paste"), ActionIcon::Paste, {QKeySequence::Paste},
                   [this] { m_view->paste(); });
    a.duplicate = make(tr("D&uplicate"), ActionIcon::Duplicate,
                       {QKeySequence(Qt::CTRL | Qt::Key_D)},
                       [this] { m_view->duplicateSelection(); });
    a.remove = make(tr("&Delete"), ActionIcon::Delete, {QKeySequence::Delete},
                    [this] { m_view->deleteSelection(); });
    a.selectAll = make(tr("Select &All"), std::nullopt, {QKeySequence::SelectAll},
                       [this] { m_view->selectAll(); });
    a.connect = make(tr("Co&nnect Selected"), ActionIcon::Connect,
                     {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_view->connectSelection(); });
    a.connect->setStatusTip(tr("Connect the two selected components"));
    a.rename = make(tr("&Rename"), std::nullopt, {QKeySequence(Qt::Key_F2)}, [this] {
        const QStringList ids = m_document->selectedIds();
        if (ids.size() == 1 && m_document->component(ids.front()))
            m_view->renameInPlace(ids.front());
    });

    // The platform's key where it has one (Ctrl+, on macOS), else the common Ctrl+,.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    a.preferences = make(tr("Pre&ferences…"), std::nullopt, preferencesKeys,
                         [this] { editPreferences(); });
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.preferences->setStatusTip(tr("Language, theme, grid, autosave and other settings"));

    const struct {
        const char *text;
        ActionIcon icon;
        Qt::Alignment alignment;
    } aligns[] = {
        {QT_TR_NOOP("Align &Left Edges"), ActionIcon::AlignLeft, Qt::AlignLeft},
        {QT_TR_NOOP("Align &Centres Horizontally"), ActionIcon::AlignHCenter, Qt::AlignHCenter},
        {QT_TR_NOOP("Align &Right Edges"), ActionIcon::AlignRight, Qt::AlignRight},
        {QT_TR_NOOP("Align &Top Edges"), ActionIcon::AlignTop, Qt::AlignTop},
        {QT_TR_NOOP("Align &Middles Vertically"), ActionIcon::AlignVCenter, Qt::AlignVCenter},
        {QT_TR_NOOP("Align &Bottom Edges"), ActionIcon::AlignBottom, Qt::AlignBottom},
    };
    for (const auto &al : aligns) {
        const Qt::Alignment alignment = al.alignment;
        a.align.push_back(make(tr(al.text), al.icon, {},
                               [this, alignment] { m_view->alignSelection(alignment); }));
    }

    a.zoomIn = make(tr("Zoom &In"), ActionIcon::ZoomIn,
                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                    [this] { m_view->zoomIn(); });
    a.zoomOut = make(tr("Zoom &Out"), ActionIcon::ZoomOut, {QKeySequence::ZoomOut},
                     [this] { m_view->zoomOut(); });
    a.zoomReset = make(tr("&Actual Size"), ActionIcon::ZoomReset,
                       {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->zoomReset(); });
    a.zoomFit = make(tr("&Fit Design"), ActionIcon::ZoomFit,
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                     [this] { m_view->zoomToFit(); });
    a.snap = make(tr("&Snap to Grid"), std::nullopt, {}, [this](bool on) {
        m_scene->setSnapToGrid(on);
    });
    a.snap->setCheckable(true);
    a.showFindings = make(tr("Show Findings on &Canvas"), std::nullopt, {},
                          [this](bool on) { m_scene->setShowFindings(on); });
    a.showFindings->setCheckable(true);
    // F11 rather than the platform's full-screen key, which is Ctrl+Shift+F on some desktops
    // and would take the fit shortcut.
    a.fullScreen = make(tr("F&ull Screen"), std::nullopt, {QKeySequence(Qt::Key_F11)}, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    a.fullScreen->setCheckable(true);

    a.designProperties = make(tr("Design &Properties"), std::nullopt,
                              {QKeySequence(Qt::CTRL | Qt::Key_I)}, [this] {
                                  m_document->setSelection({});
                                  m_propertiesDock->show();
                                  m_propertiesDock->raise();
                                  m_properties->focusName();
                              });
    a.designProperties->setStatusTip(tr("Edit the design's name and deployment model"));
    a.assumptions = make(tr("Estimate &Assumptions…"), std::nullopt, {}, [this] {
        editAssumptions();
    });
    a.assumptions->setStatusTip(
        tr("Override the parameters the estimates assume where the catalog has no figure"));
    a.nextFinding = make(tr("&Next Finding"), std::nullopt, {QKeySequence(Qt::Key_F8)}, [this] {
        m_findingsDock->show();
        m_findings->activateNext();
    });
    a.previousFinding = make(tr("P&revious Finding"), std::nullopt,
                             {QKeySequence(Qt::SHIFT | Qt::Key_F8)}, [this] {
                                 m_findingsDock->show();
                                 m_findings->activatePrevious();
                             });

    a.shortcuts = make(tr("&Keyboard Shortcuts"), std::nullopt, {QKeySequence::HelpContents},
                       [this] { showShortcuts(); });
    a.about = make(tr("&About Continuity"), std::nullopt, {}, [this] { showAbout(); });
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = make(tr("About &Qt"), std::nullopt, {}, [] { QApplication::aboutQt(); });
    a.aboutQt->setMenuRole(QAction::AboutQtRole);

    m_modelActions = new QActionGroup(this);
    m_modelActions->setExclusive(true);
    for (int i = 0; i < DeploymentModelCount; ++i) {
        const auto model = static_cast<DeploymentModel>(i);
        auto *action = new QAction(deploymentModelLabel(model), m_modelActions);
        action->setCheckable(true);
        action->setData(i);
        action->setStatusTip(deploymentModelDescription(model));
        connect(action, &QAction::triggered, this,
                [this, model] { m_document->setDeploymentModel(model); });
    }
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newDesign);
    file->addAction(a.newFromTemplate);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addAction(a.revert);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (const DiagramFormat format :
         {DiagramFormat::Png, DiagramFormat::Svg, DiagramFormat::Pdf}) {
        exportMenu->addAction(tr("Diagram as %1…").arg(diagramFormatSuffix(format).toUpper()),
                              this, [this, format] {
                                  exportDiagramInteractively(this, m_scene, format);
                              });
    }
    file->addAction(tr("Export &Report…"), this,
                    [this] { exportReportInteractively(this, m_scene); });
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.cut);
    edit->addAction(a.copy);
    edit->addAction(a.paste);
    edit->addAction(a.duplicate);
    edit->addAction(a.remove);
    edit->addSeparator();
    edit->addAction(a.selectAll);
    edit->addSeparator();
    edit->addAction(a.connect);
    QMenu *align = edit->addMenu(tr("A&lign"));
    for (std::size_t i = 0; i < a.align.size(); ++i) {
        if (i == 3)
            align->addSeparator();
        align->addAction(a.align[i]);
    }
    edit->addAction(a.rename);
    edit->addSeparator();
    edit->addAction(a.preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addAction(a.zoomFit);
    view->addSeparator();
    view->addAction(a.snap);
    view->addAction(a.showFindings);
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        panels->addAction(dock->toggleViewAction());
    view->addAction(a.fullScreen);
    view->addAction(createPresentAction(this, m_document.get(), m_validator));

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    QMenu *models = design->addMenu(tr("Deployment &Model"));
    models->addActions(m_modelActions->actions());
    design->addAction(a.designProperties);
    design->addAction(a.assumptions);
    design->addSeparator();
    design->addAction(a.nextFinding);
    design->addAction(a.previousFinding);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.shortcuts);
    help->addSeparator();
    help->addAction(a.about);
    help->addAction(a.aboutQt);
}

void MainWindow::createToolBar()
{
    Actions &a = *m_actions;
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(a.newDesign);
    bar->addAction(a.newFromTemplate);
    bar->addAction(a.open);
    bar->addAction(a.save);
    bar->addSeparator();
    bar->addAction(a.undo);
    bar->addAction(a.redo);
    bar->addSeparator();
    bar->addAction(a.cut);
    bar->addAction(a.copy);
    bar->addAction(a.paste);
    bar->addAction(a.duplicate);
    bar->addAction(a.remove);
    bar->addSeparator();
    bar->addAction(a.connect);
    auto *alignButton = new QToolButton(bar);
    alignButton->setIcon(actionIcon(ActionIcon::AlignLeft));
    alignButton->setToolTip(tr("Align the selected components"));
    alignButton->setAccessibleName(tr("Align the selected components"));
    alignButton->setPopupMode(QToolButton::InstantPopup);
    auto *alignMenu = new QMenu(alignButton);
    for (std::size_t i = 0; i < a.align.size(); ++i) {
        if (i == 3)
            alignMenu->addSeparator();
        alignMenu->addAction(a.align[i]);
    }
    alignButton->setMenu(alignMenu);
    alignButton->setObjectName(QStringLiteral("alignButton"));
    bar->addWidget(alignButton);
    bar->addSeparator();
    bar->addAction(a.zoomOut);
    bar->addAction(a.zoomIn);
    bar->addAction(a.zoomFit);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *label = new QLabel(tr("Deployment model:"), bar);
    label->setContentsMargins(0, 0, 6, 0);
    bar->addWidget(label);
    m_modelBox = new QComboBox(bar);
    m_modelBox->setObjectName(QStringLiteral("deploymentModelBox"));
    m_modelBox->setAccessibleName(tr("Deployment model"));
    m_modelBox->setToolTip(tr("The model the design is validated against"));
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < DeploymentModelCount; ++i) {
        const auto model = static_cast<DeploymentModel>(i);
        m_modelBox->addItem(deploymentModelLabel(model), i);
        m_modelBox->setItemData(i, deploymentModelDescription(model), Qt::ToolTipRole);
    }
    label->setBuddy(m_modelBox);
    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingModel || index < 0)
            return;
        m_document->setDeploymentModel(
            static_cast<DeploymentModel>(m_modelBox->itemData(index).toInt()));
    });
    bar->addWidget(m_modelBox);
    auto *trailing = new QWidget(bar);
    trailing->setFixedWidth(6);
    bar->addWidget(trailing);
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const char *name, QWidget *content,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                       | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };

    m_palette = new PaletteWidget(this);
    m_paletteDock = dock(tr("Components"), "paletteDock", m_palette, Qt::LeftDockWidgetArea);

    m_properties = new PropertyEditor(m_document.get(), &Catalog::builtin(), m_validator, this);
    m_propertiesDock = dock(tr("Properties"), "propertiesDock", m_properties,
                            Qt::RightDockWidgetArea);

    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setEmptyLabel(tr("Start"));
    m_history->setCleanIcon(actionIcon(ActionIcon::Save));
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->setAccessibleName(tr("Undo history"));
    // The findings beside the properties, tabbed with the history, so that what the design
    // gets wrong and what it costs (the estimates, below the canvas) are in view together.
    m_findings = new FindingsPanel(m_document.get(), m_validator, this);
    m_findingsDock = dock(tr("Findings"), "findingsDock", m_findings, Qt::RightDockWidgetArea);
    splitDockWidget(m_propertiesDock, m_findingsDock, Qt::Vertical);
    m_historyDock = dock(tr("History"), "historyDock", m_history, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_findingsDock, m_historyDock);
    m_findingsDock->raise();

    m_estimator = new LiveEstimator(m_document.get(), &Catalog::builtin(), nullptr);
    m_estimates = new EstimatesPanel(m_document.get(), m_estimator, this);
    m_estimatesDock = dock(tr("Estimates"), "estimatesDock", m_estimates,
                           Qt::BottomDockWidgetArea);

    // Failure drills: the panel tabbed with the estimates, its state painted over the canvas
    // while the dock is shown.
    auto *drill = new DrillPanel(m_document.get(), &Catalog::builtin(), this);
    drill->setObjectName(QStringLiteral("drillPanel"));
    QDockWidget *drillDock = dock(tr("Drill"), "drillDock", drill, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_estimatesDock, drillDock);
    m_estimatesDock->raise();
    const auto paintDrill = [this, drill, drillDock] {
        const DrillView view = drill->currentView();
        if (drillDock->isVisible() && !(view == DrillView()))
            m_scene->setDrillOverlay(view);
        else
            m_scene->clearDrillOverlay();
    };
    connect(drill, &DrillPanel::viewChanged, this, paintDrill);
    connect(drillDock, &QDockWidget::visibilityChanged, this, paintDrill);


    connect(m_palette, &PaletteWidget::placementRequested, this,
            [this](std::optional<ComponentKind> kind) {
                m_view->setPlacementKind(kind);
                if (kind)
                    statusBar()->showMessage(
                        tr("Click on the canvas to place a new %1; Esc cancels.")
                            .arg(kindLabel(*kind)),
                        StatusMessageMs);
            });
    connect(m_view, &CanvasView::placementFinished, this, [this] {
        m_palette->clearPlacement();
        statusBar()->clearMessage();
    });
    connect(m_palette, &PaletteWidget::addRequested, this, &MainWindow::addAtViewCentre);
    connect(m_findings, &FindingsPanel::subjectsActivated, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            m_view->centerOnItems(ids);
    });
    connect(m_view, &CanvasView::contextMenuRequested, this, &MainWindow::showContextMenu);
}

void MainWindow::createStatusBar()
{
    m_findingsButton = new QToolButton(this);
    m_findingsButton->setObjectName(QStringLiteral("findingsSummary"));
    m_findingsButton->setAutoRaise(true);
    m_findingsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_findingsButton->setToolTip(tr("Show the findings"));
    connect(m_findingsButton, &QToolButton::clicked, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
        m_findings->view()->setFocus();
    });

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_countsLabel->setContentsMargins(8, 0, 8, 0);

    m_zoomButton = new QToolButton(this);
    m_zoomButton->setObjectName(QStringLiteral("zoomButton"));
    m_zoomButton->setAutoRaise(true);
    m_zoomButton->setPopupMode(QToolButton::InstantPopup);
    m_zoomButton->setToolTip(tr("Zoom"));
    auto *zoomMenu = new QMenu(m_zoomButton);
    zoomMenu->addAction(m_actions->zoomIn);
    zoomMenu->addAction(m_actions->zoomOut);
    zoomMenu->addAction(m_actions->zoomFit);
    zoomMenu->addSeparator();
    for (int percent : {25, 50, 75, 100, 150, 200, 400}) {
        QAction *preset = zoomMenu->addAction(QStringLiteral("%1%").arg(percent));
        connect(preset, &QAction::triggered, this,
                [this, percent] { m_view->setZoom(percent / 100.0); });
    }
    m_zoomButton->setMenu(zoomMenu);

    statusBar()->addPermanentWidget(m_findingsButton);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomButton);
    connect(m_view, &CanvasView::zoomChanged, this, &MainWindow::updateZoom);
    connect(m_view, &CanvasView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
}

void MainWindow::connectDocument()
{
    Document *doc = m_document.get();
    connect(doc, &Document::modifiedChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(doc, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::nameChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::selectionChanged, this, &MainWindow::updateActions);
    connect(doc, &Document::deploymentModelChanged, this, &MainWindow::updateDeploymentModel);
    connect(doc, &Document::designReset, this, [this] {
        updateTitle();
        updateActions();
        updateCounts();
        updateDeploymentModel();
    });
    for (auto signal : {&Document::componentsAdded, &Document::componentsRemoved,
                        &Document::connectionsAdded, &Document::connectionsRemoved}) {
        connect(doc, signal, this, [this] {
            updateCounts();
            updateActions();
        });
    }
    connect(m_validator, &LiveValidator::findingsChanged, this, [this] {
        // The validator can publish several times per edit: summarise once per event-loop turn.
        if (m_findingsSummaryPending)
            return;
        m_findingsSummaryPending = true;
        QTimer::singleShot(0, this, [this] {
            m_findingsSummaryPending = false;
            updateFindingsSummary();
        });
    });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);
}

// ---- Files ---------------------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (askToSave()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::replaceDesign(Design design, const QString &fileName)
{
    m_view->setPlacementKind(std::nullopt);
    m_palette->clearPlacement();
    m_document->resetDesign(std::move(design));
    m_document->setFileName(fileName);
    m_fileStamp = FileStamp();
    m_autosave->setOriginalStamp(m_fileStamp);
    updateTitle();
    // The scene has its items now, but the view may not have its final size yet (at start-up):
    // fit once the layout has settled.
    QTimer::singleShot(0, m_view, [this] {
        if (m_document->design().components.empty())
            m_view->zoomReset();
        else
            m_view->zoomToFit();
    });
}

bool MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    FileStamp stamp;
    // A big design takes a moment to read: a progress dialog with Cancel after a short delay.
    std::optional<LoadResult> loaded = loadDesignFileWithProgress(this, absolute, &stamp);
    if (!loaded) {
        statusBar()->showMessage(tr("Opening %1 was cancelled").arg(info.fileName()),
                                 StatusMessageMs);
        return false;
    }
    LoadResult result = std::move(*loaded);
    if (!result.design) {
        const QString where = result.error.pointer.isEmpty()
                                  ? QString()
                                  : tr("Where in the file: %1").arg(result.error.pointer);
        reportError(tr("Cannot open “%1”").arg(info.fileName()), result.error.message, where);
        statusBar()->showMessage(tr("Could not open %1").arg(info.fileName()), StatusMessageMs);
        return false;
    }
    if (!maybeSave())
        return false;
    if (hasMissingPositions(*result.design))
        layoutMissingPositions(*result.design);
    replaceDesign(std::move(*result.design), absolute);
    m_fileStamp = stamp;
    m_autosave->setOriginalStamp(stamp);
    rememberRecent(absolute);
    QSettings().setValue(QStringLiteral("lastDirectory"), info.absolutePath());
    if (result.migratedFrom > 0)
        statusBar()->showMessage(tr("%1 was written in format version %2; saving writes "
                                    "version %3.")
                                     .arg(info.fileName())
                                     .arg(result.migratedFrom)
                                     .arg(CurrentFormatVersion),
                                 2 * StatusMessageMs);
    else
        statusBar()->showMessage(tr("Opened %1").arg(absolute), StatusMessageMs);
    return true;
}

bool MainWindow::newDesign()
{
    if (!maybeSave())
        return false;
    Design design;
    design.deploymentModel = Preferences::load().defaultModel;
    replaceDesign(std::move(design), QString());
    return true;
}

bool MainWindow::newFromTemplate(const QString &name)
{
    LoadResult result = TemplateDialog::loadTemplate(name);
    if (!result.design) {
        reportError(tr("Cannot use the template"), result.error.message, result.error.pointer);
        return false;
    }
    if (!maybeSave())
        return false;
    replaceDesign(std::move(*result.design), QString());
    const QString model = deploymentModelLabel(m_document->deploymentModel()).toLower();
    statusBar()->showMessage(tr("New design from the %1 template").arg(model), StatusMessageMs);
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty()) {
        QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A file dialog given a folder that does not exist loses the path: fall back home.
        if (!QFileInfo(dir).isDir())
            dir = QDir::homePath();
        suggestion = QDir(dir).filePath(suggestedBaseName(m_document->design().name)
                                        + DesignSuffix);
    }
    QString path = askSaveFileName(suggestion);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += DesignSuffix;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_document->fileName() && fileChangedSince(absolute, m_fileStamp)
        && !confirmOverwriteChanged(absolute)) {
        return false;
    }
    QString error;
    SaveOptions options;
    options.keepBackup = QSettings().value(QStringLiteral("files/keepBackup"), true).toBool();
    FileStamp stamp;
    if (!saveDesignFile(absolute, m_document->design(), &error, options, &stamp)) {
        reportError(tr("Cannot save the design"), error);
        return false;
    }
    m_fileStamp = stamp;
    m_autosave->setOriginalStamp(stamp);
    m_document->undoStack()->setClean();
    m_document->setFileName(absolute);
    rememberRecent(absolute);
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(absolute).absolutePath());
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Saved %1").arg(absolute), StatusMessageMs);
    return true;
}

bool MainWindow::revert()
{
    const QString path = m_document->fileName();
    if (path.isEmpty() || !m_document->isModified() || !confirmRevert())
        return false;
    FileStamp stamp;
    LoadResult result = loadDesignFile(path, &stamp);
    if (!result.design) {
        reportError(tr("Cannot revert"), result.error.message, result.error.pointer);
        return false;
    }
    if (hasMissingPositions(*result.design))
        layoutMissingPositions(*result.design);
    replaceDesign(std::move(*result.design), path);
    m_fileStamp = stamp;
    m_autosave->setOriginalStamp(stamp);
    statusBar()->showMessage(tr("Reverted to the saved %1").arg(QFileInfo(path).fileName()),
                             StatusMessageMs);
    return true;
}

int MainWindow::offerRecovery()
{
    const QList<AutosaveEntry> entries = Autosave::pending(m_autosave->directory());
    if (entries.isEmpty())
        return 0;
    RecoveryChoice choice;
    const QByteArray answer = qgetenv("CONTINUITY_RECOVERY_ANSWER");
    if (answer == "restore" || answer == "discard") {
        choice.action = answer == "restore" ? RecoveryChoice::Action::Restore
                                            : RecoveryChoice::Action::Discard;
        choice.entries = entries;
    } else {
        choice = askRecovery(entries);
    }
    if (choice.action == RecoveryChoice::Action::Discard) {
        for (const AutosaveEntry &entry : std::as_const(choice.entries))
            Autosave::remove(entry);
        return 0;
    }
    if (choice.action != RecoveryChoice::Action::Restore)
        return 0;
    int restored = 0;
    for (const AutosaveEntry &entry : std::as_const(choice.entries)) {
        if (!entry.readable)
            continue;
        const bool pristine = restored == 0 && !m_document->isModified()
            && m_document->fileName().isEmpty() && m_document->design().components.empty();
        MainWindow *target = this;
        if (!pristine) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        if (target->restoreAutosave(entry))
            ++restored;
    }
    return restored;
}

bool MainWindow::restoreAutosave(const AutosaveEntry &entry)
{
    LoadResult result = Autosave::load(entry);
    if (!result.design) {
        reportError(tr("Cannot restore “%1”").arg(entry.name), result.error.message,
                    result.error.pointer);
        return false;
    }
    if (hasMissingPositions(*result.design))
        layoutMissingPositions(*result.design);
    replaceDesign(std::move(*result.design), entry.originalPath);
    m_fileStamp = entry.originalStamp;
    m_autosave->setOriginalStamp(entry.originalStamp);
    // The restored design differs from the file (or was never saved): it is unsaved work.
    m_document->undoStack()->resetClean();
    // Only once this window's own slot holds the design is the old one let go.
    if (m_autosave->saveNow())
        Autosave::remove(entry);
    statusBar()->showMessage(
        tr("Restored “%1” as autosaved at %2; it is not saved yet.")
            .arg(m_document->displayName(),
                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        2 * StatusMessageMs);
    return true;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString fileName = QFileInfo(path).fileName();
        const QString label = n < 10 ? QStringLiteral("&%1  %2").arg(n).arg(fileName) : fileName;
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                reportError(tr("Cannot open the recent file"),
                            tr("%1 no longer exists; it is removed from the list.").arg(path));
                QStringList list = recentFiles();
                list.removeAll(path);
                QSettings().setValue(QStringLiteral("recentFiles"), list);
                return;
            }
            openFile(path);
        });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
}

// ---- Questions and reports (overridden by tests) ---------------------------------------------

QMessageBox::StandardButton MainWindow::askToSave()
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsaved changes"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Do you want to save the changes to “%1”?").arg(m_document->displayName()));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QString MainWindow::askOpenFileName()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    return QFileDialog::getOpenFileName(this, tr("Open Design"), dir,
                                        tr("Continuity designs (*.continuity.json);;"
                                           "JSON files (*.json);;All files (*)"));
}

QString MainWindow::askSaveFileName(const QString &suggestion)
{
    QFileDialog dialog(this, tr("Save Design As"), suggestion);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Continuity designs (*.continuity.json)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("continuity.json"));
    dialog.selectFile(suggestion);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString MainWindow::askTemplate()
{
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedTemplate();
}

bool MainWindow::confirmRevert()
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Revert to Saved"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Drop the changes made since “%1” was saved?")
                    .arg(QFileInfo(m_document->fileName()).fileName()));
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *revertButton = box.addButton(tr("Revert"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == revertButton;
}

RecoveryChoice MainWindow::askRecovery(const QList<AutosaveEntry> &entries)
{
    RecoveryDialog dialog(entries, this);
    dialog.exec();
    return dialog.choice();
}

bool MainWindow::confirmOverwriteChanged(const QString &path)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("File Changed on Disk"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("“%1” has been changed by another program since you opened it.")
                    .arg(QFileInfo(path).fileName()));
    box.setInformativeText(tr("Overwrite it with your design? The other changes are lost "
                              "(the file's previous version is kept as a backup when backups "
                              "are on)."));
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}

void MainWindow::reportError(const QString &title, const QString &message, const QString &details)
{
    // The message can quote the file: plain text only.
    QMessageBox box(this);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(message);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

// ---- Events ----------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // Saved or deliberately dropped: nothing is left to recover.
    m_autosave->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Opening can ask questions: leave the drag-and-drop machinery first.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

// ---- Keeping the window in step with the document -------------------------------------------

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Continuity").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    Actions &a = *m_actions;
    const QStringList selected = m_document->selectedIds();
    QStringList components;
    for (const QString &id : selected) {
        if (m_document->component(id))
            components << id;
    }
    const bool any = !selected.isEmpty();
    a.cut->setEnabled(any);
    a.copy->setEnabled(any);
    a.duplicate->setEnabled(!components.isEmpty());
    a.remove->setEnabled(any);
    a.rename->setEnabled(components.size() == 1);
    a.selectAll->setEnabled(!m_document->design().components.empty());
    bool connectable = false;
    if (components.size() == 2 && selected.size() == 2) {
        const Component *x = m_document->component(components[0]);
        const Component *y = m_document->component(components[1]);
        connectable =
            inferConnectionKind(x->kind, y->kind) || inferConnectionKind(y->kind, x->kind);
    }
    a.connect->setEnabled(connectable);
    for (QAction *action : a.align)
        action->setEnabled(components.size() >= 2);
    const QMimeData *clip = QApplication::clipboard()->mimeData();
    a.paste->setEnabled(clip && clip->hasFormat(QLatin1String(FragmentMimeType)));
    a.revert->setEnabled(!m_document->fileName().isEmpty() && m_document->isModified());
}

void MainWindow::updateCounts()
{
    const Design &d = m_document->design();
    const int components = int(d.components.size());
    const int connections = int(d.connections.size());
    m_countsLabel->setText(plural(tr("%n component(s)", nullptr, components), components)
                           + QStringLiteral(" · ")
                           + plural(tr("%n connection(s)", nullptr, connections), connections));
}

void MainWindow::updateFindingsSummary()
{
    const FindingCounts counts = m_validator->counts();
    QStringList parts;
    if (counts.errors > 0)
        parts << plural(tr("%n error(s)", nullptr, counts.errors), counts.errors);
    if (counts.warnings > 0)
        parts << plural(tr("%n warning(s)", nullptr, counts.warnings), counts.warnings);
    if (counts.infos > 0)
        parts << tr("%n info", nullptr, counts.infos);
    const bool any = counts.errors + counts.warnings + counts.infos > 0;
    const Severity worst = counts.errors     ? Severity::Error
                           : counts.warnings ? Severity::Warning
                                             : Severity::Info;
    QPalette pal = m_findingsButton->palette();
    if (any) {
        m_findingsButton->setIcon(severityIcon(worst));
        m_findingsButton->setText(parts.join(QStringLiteral(" · ")));
        pal.setColor(QPalette::ButtonText, severityTextColor(worst));
    } else {
        m_findingsButton->setIcon(QIcon());
        m_findingsButton->setText(tr("✓ No findings"));
        // Green that stays readable on a dark window too.
        const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::ButtonText,
                     dark ? QColor(0x7e, 0xd3, 0x74) : QColor(0x10, 0x7c, 0x10));
    }
    m_findingsButton->setPalette(pal);
}

void MainWindow::updateZoom(double zoom)
{
    m_zoomButton->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
}

void MainWindow::updateDeploymentModel()
{
    const DeploymentModel model = m_document->deploymentModel();
    m_updatingModel = true;
    m_modelBox->setCurrentIndex(m_modelBox->findData(static_cast<int>(model)));
    m_updatingModel = false;
    for (QAction *action : m_modelActions->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(model));
}

// ---- Editing helpers ------------------------------------------------------------------------

void MainWindow::addAtViewCentre(ComponentKind kind)
{
    m_view->setPlacementKind(std::nullopt);
    QPointF where = m_view->mapToScene(m_view->viewport()->rect().center());
    // A regional component added from the keyboard goes into the selected region (or the region
    // of the selected component), else the one in the middle of the view, else the first one.
    if (kindInfo(kind).regional) {
        QString region;
        for (const QString &id : m_document->selectedIds()) {
            const Component *c = m_document->component(id);
            if (c && c->kind == ComponentKind::Region)
                region = id;
            else if (c && region.isEmpty() && m_document->component(c->parent))
                region = c->parent;
        }
        if (region.isEmpty() && !m_scene->regionAt(where).isEmpty())
            region = m_scene->regionAt(where);
        for (auto it = m_document->design().components.cbegin();
             region.isEmpty() && it != m_document->design().components.cend(); ++it) {
            if (it->second.kind == ComponentKind::Region)
                region = it->first;
        }
        const Component *c = m_document->component(region);
        if (c && m_scene->regionAt(where) != region)
            where = layout::regionContentRect(layout::componentRect(*c)).center();
    }
    const QString id = m_view->placeComponent(kind, where);
    if (!id.isEmpty())
        m_view->centerOnItems({id});
    m_view->setFocus();
}

void MainWindow::showContextMenu(const QStringList &ids, const QPoint &globalPos)
{
    Actions &a = *m_actions;
    QMenu menu(this);
    if (!ids.isEmpty()) {
        QSet<QString> wanted(ids.cbegin(), ids.cend());
        if (!m_document->selection().contains(wanted))
            m_document->setSelection(wanted);
        menu.addAction(a.cut);
        menu.addAction(a.copy);
        menu.addAction(a.paste);
        menu.addAction(a.duplicate);
        menu.addAction(a.remove);
        menu.addSeparator();
        if (a.connect->isEnabled())
            menu.addAction(a.connect);
        if (a.align.front()->isEnabled()) {
            QMenu *align = menu.addMenu(tr("Align"));
            for (QAction *action : a.align)
                align->addAction(action);
        }
        menu.addAction(a.rename);
        if (ids.size() == 1)
            addDrillActions(&menu, ids.front());
    } else {
        const QPointF scenePos = m_view->mapToScene(m_view->viewport()->mapFromGlobal(globalPos));
        QMenu *add = menu.addMenu(actionIcon(ActionIcon::New), tr("Add"));
        for (const KindInfo &info : allKinds()) {
            const ComponentKind kind = info.kind;
            QAction *action = add->addAction(kindIcon(kind), kindLabel(kind));
            connect(action, &QAction::triggered, this,
                    [this, kind, scenePos] { m_view->placeComponent(kind, scenePos); });
        }
        menu.addAction(a.paste);
        menu.addSeparator();
        menu.addAction(a.selectAll);
        menu.addAction(a.zoomFit);
        menu.addSeparator();
        menu.addAction(a.designProperties);
    }
    menu.exec(globalPos);
}

void MainWindow::addDrillActions(QMenu *menu, const QString &id)
{
    auto *drill = findChild<DrillPanel *>(QStringLiteral("drillPanel"));
    const Component *c = m_document->design().component(id);
    if (!drill || !c)
        return;
    const auto fail = [this, drill](const QString &target) {
        drill->setTargetChecked(target, true);
        if (auto *dock = qobject_cast<QDockWidget *>(drill->parentWidget())) {
            dock->show();
            dock->raise();
        }
    };
    QMenu *sub = menu->addMenu(tr("Drill"));
    const QString region = c->kind == ComponentKind::Region ? c->id : c->parent;
    const Component *r = m_document->design().component(region);
    const QString location = r && r->properties.is_object()
                                 ? QString::fromStdString(r->properties.value("location", ""))
                                 : QString();
    if (c->kind != ComponentKind::Region)
        connect(sub->addAction(tr("Fail this component")), &QAction::triggered, this,
                [fail, id] { fail(id); });
    if (!location.isEmpty()) {
        connect(sub->addAction(tr("Fail this region (%1)").arg(location)), &QAction::triggered,
                this, [fail, location] { fail(QStringLiteral("region:%1").arg(location)); });
        const RegionInfo *info = Catalog::builtin().region(location);
        for (int zone = 1; info && info->hasZones && zone <= 3; ++zone)
            connect(sub->addAction(tr("Fail zone %1 of %2").arg(zone).arg(location)),
                    &QAction::triggered, this, [fail, location, zone] {
                        fail(QStringLiteral("zone:%1:%2").arg(location).arg(zone));
                    });
    }
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this, [this](const Preferences &p) {
        m_scene->setGridSize(p.gridSize);
        m_scene->setSnapToGrid(p.snapToGrid);
        m_actions->snap->setChecked(p.snapToGrid);
        m_autosave->setIntervalSeconds(p.autosaveSeconds);
        // Colours picked for the theme.
        updateFindingsSummary();
    });
    dialog.exec();
}

void MainWindow::editAssumptions()
{
    AssumptionsDialog dialog(m_document.get(), &Catalog::builtin(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    std::function<void(QMenu *, QTreeWidgetItem *)> collect = [&](QMenu *menu,
                                                                  QTreeWidgetItem *group) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                collect(action->menu(), group);
                continue;
            }
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : action->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
            item->setText(1, keys.join(QStringLiteral(", ")));
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(tree);
        group->setText(0, top->text().remove(QLatin1Char('&')));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        collect(top->menu(), group);
        if (group->childCount() == 0)
            delete group;
    }
    auto addCanvasKeys = [&](const QString &title, const QList<std::pair<QString, QString>> &rows) {
        auto *group = new QTreeWidgetItem(tree);
        group->setText(0, title);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const auto &[what, keys] : rows) {
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, what);
            item->setText(1, keys);
        }
    };
    addCanvasKeys(tr("Canvas"), {{tr("Zoom"), tr("Ctrl+Wheel")},
                                 {tr("Pan"), tr("Middle button drag, or Space+drag")},
                                 {tr("Cancel placing a component"), tr("Esc")},
                                 {tr("Add the palette's entry in the middle"), tr("Enter")}});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(520, 640);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Continuity"),
        tr("<h3>Continuity %1</h3>"
           "<p>A designer for highly available, disaster-recoverable Azure Kubernetes Service "
           "deployments: design the regions, clusters and services, validate them against a "
           "deployment model, and compare cost, recovery time and data loss.</p>"
           "<p>Prices, limits and timings come from the built-in catalog (as of %2); check "
           "them before relying on them.</p>")
            .arg(QStringLiteral(CONTINUITY_VERSION), Catalog::builtin().asOf().toHtmlEscaped()));
}

// ---- Settings --------------------------------------------------------------------------------

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        m_layoutRestored = restoreState(state, WindowStateVersion);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("view"));
    const bool snap = settings.value(QStringLiteral("snapToGrid"), m_scene->snapToGrid()).toBool();
    const bool showFindings =
        settings.value(QStringLiteral("showFindings"), m_scene->showFindings()).toBool();
    settings.endGroup();
    m_scene->setGridSize(Preferences::load().gridSize);
    m_scene->setSnapToGrid(snap);
    m_scene->setShowFindings(showFindings);
    m_actions->snap->setChecked(snap);
    m_actions->showFindings->setChecked(showFindings);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(WindowStateVersion));
    settings.endGroup();
    settings.beginGroup(QStringLiteral("view"));
    settings.setValue(QStringLiteral("snapToGrid"), m_scene->snapToGrid());
    settings.setValue(QStringLiteral("showFindings"), m_scene->showFindings());
    settings.endGroup();
}

}  // namespace continuity
