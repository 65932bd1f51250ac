// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/findingspanel.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/templatedialog.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace continuity;

namespace {

// Answers the window's questions without dialogs, and records what it reported.
class TestWindow : public MainWindow
{
public:
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int questions = 0;
    QString saveFileName;
    QStringList errors;
    QStringList errorDetails;

protected:
    QMessageBox::StandardButton askToSave() override
    {
        ++questions;
        return answer;
    }
    QString askSaveFileName(const QString &) override { return saveFileName; }
    QString askOpenFileName() override { return {}; }
    QString askTemplate() override { return {}; }
    bool confirmRevert() override { return true; }
    void reportError(const QString &, const QString &message, const QString &details) override
    {
        errors << message;
        errorDetails << details;
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

// Makes the document differ from what was opened, as a user's edit would.
void makeAnEdit(MainWindow &w)
{
    w.document()->addComponent(ComponentKind::FrontDoor, QPointF(40, -200));
    QVERIFY(w.document()->isModified());
}

}  // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openingATemplateFillsTheScene();
    void openingAFileLaysOutComponentsWithoutPositions();
    void openingABrokenFileKeepsTheOpenDesignAndReports();
    void droppingAFileOnTheWindowOpensIt();
    void closingWithUnsavedChangesAsks();
    void cancellingTheQuestionKeepsTheDesign_data();
    void cancellingTheQuestionKeepsTheDesign();
    void closingAnUnchangedDesignDoesNotAsk();
    void savingWritesTheFileAndMarksTheDesignClean();
    void saveAsAddsTheDesignSuffix();
    void aFailedSaveIsReportedAndTheDesignStaysModified();
    void revertReloadsTheSavedFile();
    void titleShowsTheNameAndUnsavedState();
    void deploymentModelComboPushesAnUndoableCommand();
    void findingsPanelListsTheValidatorsFindings();
    void clickingAFindingSelectsItsSubjects();
    void severityButtonsFilterTheFindings();
    void statusBarSummarisesTheFindings();
    void enterOnAPaletteEntryAddsItInTheView();
    void templateDialogShowsEveryTemplateWithAPreview();
    void windowGeometryIsRemembered();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("continuity-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::openingATemplateFillsTheScene()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("active-passive")));
    QVERIFY(w.scene()->componentItem(QStringLiteral("aks-eastus2")));
    QVERIFY(w.scene()->componentItem(QStringLiteral("r-centralus")));
    QCOMPARE(toString(w.document()->deploymentModel()), toString(DeploymentModel::ActivePassive));
    QCOMPARE(w.deploymentModelBox()->currentIndex(), int(DeploymentModel::ActivePassive));
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.document()->fileName().isEmpty());  // a template is a new, unsaved design
    QCOMPARE(w.questions, 0);
}

void TestMainWindow::openingAFileLaysOutComponentsWithoutPositions()
{
    TestWindow w;
    const QString path = QStringLiteral(CONTINUITY_SOURCE_DIR)
                         + QStringLiteral("/tests/data/spec-example.continuity.json");
    QVERIFY(w.openFile(path));
    QVERIFY(w.errors.isEmpty());
    QCOMPARE(w.document()->fileName(), QFileInfo(path).absoluteFilePath());
    for (const auto &[id, c] : w.document()->design().components) {
        QVERIFY2(c.pos.has_value(), qPrintable(id));
        QVERIFY(w.scene()->componentItem(id));
    }
    QCOMPARE(w.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::openingABrokenFileKeepsTheOpenDesignAndReports()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("active-active")));
    makeAnEdit(w);
    const Design before = w.document()->design();
    const int undoCount = w.document()->undoStack()->count();

    const QString path = writeFile(m_dir, QStringLiteral("broken.continuity.json"), R"({
  "format": "continuity-design", "version": 1, "deploymentModel": "active-passive",
  "components": [{"id": "x", "kind": "spaceship"}], "connections": []
})");
    QVERIFY(!w.openFile(path));

    QCOMPARE(w.errors.size(), 1);
    QVERIFY(!w.errors.front().isEmpty());
    QVERIFY2(w.errorDetails.front().contains(QLatin1String("/components/0/kind")),
             qPrintable(w.errorDetails.front()));
    QCOMPARE(w.questions, 0);  // nothing to decide: the open design stays
    QVERIFY(w.document()->design() == before);
    QCOMPARE(w.document()->undoStack()->count(), undoCount);
    QVERIFY(w.document()->isModified());
    QVERIFY(w.document()->fileName().isEmpty());
}

void TestMainWindow::droppingAFileOnTheWindowOpensIt()
{
    TestWindow w;
    const QString path = QStringLiteral(CONTINUITY_SOURCE_DIR)
                         + QStringLiteral("/tests/data/spec-example.continuity.json");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_COMPARE(w.document()->fileName(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w.document()->design().name, QStringLiteral("Storefront, active-passive"));
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    TestWindow w;
    w.show();
    makeAnEdit(w);
    w.answer = QMessageBox::Cancel;
    QVERIFY(!w.close());
    QCOMPARE(w.questions, 1);
    QVERIFY(w.isVisible());

    w.answer = QMessageBox::Discard;
    QVERIFY(w.close());
    QCOMPARE(w.questions, 2);
}

void TestMainWindow::cancellingTheQuestionKeepsTheDesign_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("new") << "new";
    QTest::newRow("template") << "template";
    QTest::newRow("open") << "open";
}

void TestMainWindow::cancellingTheQuestionKeepsTheDesign()
{
    QFETCH(QString, action);
    TestWindow w;
    makeAnEdit(w);
    const Design before = w.document()->design();
    w.answer = QMessageBox::Cancel;
    bool done = true;
    if (action == QLatin1String("new"))
        done = w.newDesign();
    else if (action == QLatin1String("template"))
        done = w.newFromTemplate(QStringLiteral("single-region"));
    else
        done = w.openFile(QStringLiteral(CONTINUITY_SOURCE_DIR)
                          + QStringLiteral("/tests/data/spec-example.continuity.json"));
    QVERIFY(!done);
    QCOMPARE(w.questions, 1);
    QVERIFY(w.document()->design() == before);
    QVERIFY(w.document()->isModified());

    w.answer = QMessageBox::Discard;
    QVERIFY(w.newDesign());
    QVERIFY(w.document()->design().components.empty());
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::closingAnUnchangedDesignDoesNotAsk()
{
    TestWindow w;
    w.show();
    QVERIFY(w.newFromTemplate(QStringLiteral("passive-cold")));
    QVERIFY(w.close());
    QCOMPARE(w.questions, 0);
}

void TestMainWindow::savingWritesTheFileAndMarksTheDesignClean()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("active-passive")));
    makeAnEdit(w);
    const QString path = m_dir.filePath(QStringLiteral("saved.continuity.json"));
    w.saveFileName = path;
    QVERIFY(w.save());  // no file yet: asks where
    QVERIFY(!w.document()->isModified());
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.document()->fileName(), path);

    const LoadResult back = loadDesignFile(path);
    QVERIFY(back.ok());
    QVERIFY(*back.design == w.document()->design());

    // Closing a saved design asks nothing.
    w.show();
    QVERIFY(w.close());
    QCOMPARE(w.questions, 0);
}

void TestMainWindow::saveAsAddsTheDesignSuffix()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("single-region")));
    w.saveFileName = m_dir.filePath(QStringLiteral("plain-name"));
    QVERIFY(w.saveAs());
    QCOMPARE(w.document()->fileName(),
             m_dir.filePath(QStringLiteral("plain-name.continuity.json")));
    QVERIFY(QFile::exists(w.document()->fileName()));
}

void TestMainWindow::aFailedSaveIsReportedAndTheDesignStaysModified()
{
    TestWindow w;
    makeAnEdit(w);
    QVERIFY(!w.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/x.continuity.json"))));
    QCOMPARE(w.errors.size(), 1);
    QVERIFY(w.document()->isModified());
    QVERIFY(w.document()->fileName().isEmpty());

    // Closing then offers to save again; a save that fails keeps the window open.
    w.show();
    w.answer = QMessageBox::Save;
    w.saveFileName = m_dir.filePath(QStringLiteral("no/such/folder/y.continuity.json"));
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QCOMPARE(w.errors.size(), 2);
}

void TestMainWindow::revertReloadsTheSavedFile()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("single-region")));
    const QString path = m_dir.filePath(QStringLiteral("revert.continuity.json"));
    QVERIFY(w.saveTo(path));
    const Design saved = w.document()->design();
    makeAnEdit(w);
    QVERIFY(w.revert());
    QVERIFY(w.document()->design() == saved);
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::titleShowsTheNameAndUnsavedState()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("active-passive")));
    QVERIFY(w.windowTitle().contains(w.document()->design().name));
    QVERIFY(w.windowTitle().contains(QLatin1String("[*]")));
    QVERIFY(!w.isWindowModified());
    makeAnEdit(w);
    QVERIFY(w.isWindowModified());
    w.document()->undoStack()->undo();
    QVERIFY(!w.isWindowModified());
    w.document()->setDesignName(QStringLiteral("Renamed plan"));
    QVERIFY(w.windowTitle().contains(QLatin1String("Renamed plan")));
}

void TestMainWindow::deploymentModelComboPushesAnUndoableCommand()
{
    TestWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("active-passive")));
    QComboBox *box = w.deploymentModelBox();
    box->setCurrentIndex(box->findData(int(DeploymentModel::ActiveActive)));
    QCOMPARE(toString(w.document()->deploymentModel()), toString(DeploymentModel::ActiveActive));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(w.document()->isModified());

    w.document()->undoStack()->undo();
    QCOMPARE(toString(w.document()->deploymentModel()), toString(DeploymentModel::ActivePassive));
    QCOMPARE(box->currentData().toInt(), int(DeploymentModel::ActivePassive));
    QCOMPARE(w.document()->undoStack()->count(), 1);  // undo does not push
}

namespace {

// A cluster outside any region and a region: the cluster breaks a structure rule whatever
// the model.
void openDesignWithFindings(TestWindow &w)
{
    Design d;
    d.deploymentModel = DeploymentModel::ActiveActive;
    Component region;
    region.id = QStringLiteral("r1");
    region.kind = ComponentKind::Region;
    region.pos = QPointF(0, 0);
    region.size = QSizeF(560, 400);
    region.properties = {{"location", "eastus2"}};
    d.components[region.id] = region;
    Component orphan;
    orphan.id = QStringLiteral("aks-orphan");
    orphan.kind = ComponentKind::AksCluster;
    orphan.pos = QPointF(900, 0);
    d.components[orphan.id] = orphan;
    w.document()->resetDesign(std::move(d));
}

std::vector<Finding> shownFindings(const FindingsPanel *panel)
{
    std::vector<Finding> out;
    for (int row = 0; row < panel->visibleCount(); ++row)
        out.push_back(panel->findingAt(row));
    return out;
}

}  // namespace

void TestMainWindow::findingsPanelListsTheValidatorsFindings()
{
    TestWindow w;
    openDesignWithFindings(w);
    const std::vector<Finding> &findings = w.validator()->findings();
    QVERIFY(!findings.empty());
    QTRY_VERIFY(shownFindings(w.findingsPanel()) == findings);
}

void TestMainWindow::clickingAFindingSelectsItsSubjects()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    openDesignWithFindings(w);
    FindingsPanel *panel = w.findingsPanel();
    QTRY_VERIFY(shownFindings(panel) == w.validator()->findings());
    int row = -1;
    for (int r = 0; r < panel->visibleCount(); ++r) {
        if (panel->findingAt(r).subjects.contains(QStringLiteral("aks-orphan")))
            row = r;
    }
    QVERIFY(row >= 0);
    QTreeView *view = panel->view();
    const QRect rect = view->visualRect(view->model()->index(row, 1));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());

    QStringList expected;
    for (const QString &id : panel->findingAt(row).subjects) {
        if (w.document()->design().contains(id))
            expected << id;
    }
    expected.sort();
    QCOMPARE(w.document()->selectedIds(), expected);
    QVERIFY(w.document()->selection().contains(QStringLiteral("aks-orphan")));
}

void TestMainWindow::severityButtonsFilterTheFindings()
{
    TestWindow w;
    openDesignWithFindings(w);
    FindingsPanel *panel = w.findingsPanel();
    const FindingCounts counts = w.validator()->counts();
    QVERIFY(counts.errors > 0);
    QTRY_VERIFY(shownFindings(panel) == w.validator()->findings());

    auto *errors = panel->findChild<QToolButton *>(QStringLiteral("show-error"));
    QVERIFY(errors);
    QVERIFY(errors->text().contains(QString::number(counts.errors)));
    errors->click();
    QCOMPARE(panel->visibleCount(), counts.warnings + counts.infos);
    for (int row = 0; row < panel->visibleCount(); ++row)
        QVERIFY(panel->findingAt(row).severity != Severity::Error);
    errors->click();
    QCOMPARE(panel->visibleCount(), counts.errors + counts.warnings + counts.infos);
}

void TestMainWindow::statusBarSummarisesTheFindings()
{
    TestWindow w;
    openDesignWithFindings(w);
    auto *summary = w.findChild<QToolButton *>(QStringLiteral("findingsSummary"));
    QVERIFY(summary);
    const FindingCounts counts = w.validator()->counts();
    const QString errors = plural(MainWindow::tr("%n error(s)", nullptr, counts.errors),
                                  counts.errors);
    QTRY_VERIFY2(summary->text().contains(errors), qPrintable(summary->text()));

    w.document()->resetDesign(Design{});
    QTRY_VERIFY(!summary->text().contains(QString::number(counts.errors) + QLatin1Char(' ')));
}

void TestMainWindow::enterOnAPaletteEntryAddsItInTheView()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    PaletteWidget *palette = w.paletteWidget();
    QListWidget *list = palette->list();
    list->setFocus();
    list->setCurrentItem(palette->entry(ComponentKind::FrontDoor));
    QTest::keyClick(list, Qt::Key_Return);

    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->design().components.size(), std::size_t(1));
    const Component &added = w.document()->design().components.begin()->second;
    QCOMPARE(toString(added.kind), toString(ComponentKind::FrontDoor));
    QCOMPARE(w.document()->selectedIds(), QStringList{added.id});
}

void TestMainWindow::templateDialogShowsEveryTemplateWithAPreview()
{
    TemplateDialog dialog;
    QCOMPARE(dialog.list()->count(), TemplateDialog::templateNames().size());
    QCOMPARE(dialog.list()->count(), 4);
    for (int i = 0; i < dialog.list()->count(); ++i) {
        const QPixmap preview = dialog.list()->item(i)->data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!preview.isNull());
        // Something was drawn: the preview is not a blank fill.
        const QImage image = preview.toImage();
        const QRgb background = image.pixel(0, 0);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 3) {
            for (int x = 0; x < image.width() && !drawn; x += 3)
                drawn = image.pixel(x, y) != background;
        }
        QVERIFY2(drawn, qPrintable(dialog.list()->item(i)->text()));
    }
    dialog.setSelectedTemplate(QStringLiteral("passive-cold"));
    QCOMPARE(dialog.selectedTemplate(), QStringLiteral("passive-cold"));
}

void TestMainWindow::windowGeometryIsRemembered()
{
    {
        TestWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(1010, 707);
        QVERIFY(w.close());
    }
    QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    TestWindow again;
    QCOMPARE(again.size(), QSize(1010, 707));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
