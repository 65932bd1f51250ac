// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/exportdialog.h"

#include "model/document.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/export/reportwriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace continuity {

ExportDialog::ExportDialog(DiagramFormat format, bool hasSelection, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
{
    setWindowTitle(tr("Export Diagram as %1").arg(diagramFormatSuffix(format).toUpper()));
    auto *form = new QFormLayout;

    if (format == DiagramFormat::Png) {
        m_scale = new QDoubleSpinBox(this);
        m_scale->setRange(0.25, 4.0);
        m_scale->setSingleStep(0.25);
        m_scale->setDecimals(2);
        m_scale->setValue(1.0);
        m_scale->setSuffix(QStringLiteral("×"));
        m_scale->setToolTip(tr("Pixels per canvas unit: 1× is the canvas at 100%, 2× for "
                               "high-density screens and print"));
        form->addRow(tr("&Scale:"), m_scale);
    }
    if (format != DiagramFormat::Pdf) {
        m_background = new QComboBox(this);
        m_background->addItem(tr("Canvas colour"));
        m_background->addItem(tr("Transparent"));
        form->addRow(tr("&Background:"), m_background);
    }
    m_badges = new QCheckBox(tr("Show finding &badges"), this);
    m_badges->setChecked(true);
    form->addRow(QString(), m_badges);

    m_whole = new QRadioButton(tr("The &whole design"), this);
    m_selection = new QRadioButton(tr("The se&lection only"), this);
    m_whole->setChecked(true);
    m_selection->setEnabled(hasSelection);
    if (!hasSelection)
        m_selection->setToolTip(tr("Nothing is selected"));
    auto *range = new QButtonGroup(this);
    range->addButton(m_whole);
    range->addButton(m_selection);
    auto *rangeBox = new QVBoxLayout;
    rangeBox->addWidget(m_whole);
    rangeBox->addWidget(m_selection);
    form->addRow(tr("Export:"), rangeBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

DiagramExportOptions ExportDialog::options() const
{
    DiagramExportOptions o;
    o.format = m_format;
    if (m_scale)
        o.scale = m_scale->value();
    o.transparent = m_background && m_background->currentIndex() == 1;
    o.showFindings = m_badges->isChecked();
    o.selectionOnly = m_selection->isEnabled() && m_selection->isChecked();
    return o;
}

void ExportDialog::setOptions(const DiagramExportOptions &options)
{
    if (m_scale)
        m_scale->setValue(options.scale);
    if (m_background)
        m_background->setCurrentIndex(options.transparent ? 1 : 0);
    m_badges->setChecked(options.showFindings);
    if (options.selectionOnly && m_selection->isEnabled())
        m_selection->setChecked(true);
    else
        m_whole->setChecked(true);
}

namespace {

QString suggestedPath(const Document *document, const QString &suffix)
{
    QString dir = QSettings().value(QStringLiteral("export/lastDir")).toString();
    QString base;
    if (!document->fileName().isEmpty()) {
        const QFileInfo file(document->fileName());
        if (dir.isEmpty())
            dir = file.absolutePath();
        base = file.fileName();
        base.remove(QRegularExpression(QStringLiteral("(\\.continuity)?\\.json$")));
    } else {
        // A name typed by the user becomes a file name: keep what every file system takes.
        base = document->design().name;
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
        base = base.simplified();
    }
    if (base.isEmpty())
        base = QStringLiteral("diagram");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file dialog given a folder that does not exist loses the path: fall back home.
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix);
}

QString filterOf(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Png: return ExportDialog::tr("PNG image (*.png)");
    case DiagramFormat::Svg: return ExportDialog::tr("SVG drawing (*.svg)");
    case DiagramFormat::Pdf: return ExportDialog::tr("PDF document (*.pdf)");
    }
    return {};
}

}  // namespace

bool exportDiagramInteractively(QWidget *parent, const CanvasScene *scene, DiagramFormat format)
{
    const QString suffix = diagramFormatSuffix(format);
    QString path = QFileDialog::getSaveFileName(
        parent, ExportDialog::tr("Export Diagram as %1").arg(suffix.toUpper()),
        suggestedPath(scene->document(), suffix), filterOf(format));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;

    DiagramExporter exporter(scene);
    ExportDialog dialog(format, exporter.hasSelection(), parent);
    QSettings settings;
    DiagramExportOptions remembered;
    remembered.scale = settings.value(QStringLiteral("export/scale"), 1.0).toDouble();
    remembered.transparent = settings.value(QStringLiteral("export/transparent")).toBool();
    remembered.showFindings = settings.value(QStringLiteral("export/badges"), true).toBool();
    dialog.setOptions(remembered);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const DiagramExportOptions options = dialog.options();
    if (format == DiagramFormat::Png)
        settings.setValue(QStringLiteral("export/scale"), options.scale);
    if (format != DiagramFormat::Pdf)
        settings.setValue(QStringLiteral("export/transparent"), options.transparent);
    settings.setValue(QStringLiteral("export/badges"), options.showFindings);
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());

    // Small designs export in a blink; the dialog shows itself only for the long ones.
    QProgressDialog progress(ExportDialog::tr("Exporting the diagram…"),
                             ExportDialog::tr("Cancel"), 0, 1, parent);
    progress.setWindowTitle(ExportDialog::tr("Export Diagram"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    exporter.setProgressHandler([&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const bool written = exporter.exportToFile(path, options);
    progress.close();
    if (!written) {
        if (!exporter.wasCanceled()) {
            QMessageBox box(QMessageBox::Warning, ExportDialog::tr("Export Failed"),
                            ExportDialog::tr("The diagram could not be exported."),
                            QMessageBox::Ok, parent);
            box.setInformativeText(exporter.errorString());
            box.exec();
        }
        return false;
    }
    if (format == DiagramFormat::Png && exporter.effectiveScale() < options.scale) {
        const QSize size = exporter.imageSize(options);
        QMessageBox::information(
            parent, ExportDialog::tr("Diagram Exported"),
            ExportDialog::tr("The design is too large for a PNG at %1×: it was drawn at %2× "
                             "(%3 × %4 pixels). SVG and PDF keep every detail at any size.")
                .arg(options.scale)
                .arg(exporter.effectiveScale(), 0, 'f', 2)
                .arg(size.width())
                .arg(size.height()));
    }
    return true;
}

bool exportReportInteractively(QWidget *parent, const CanvasScene *scene)
{
    QString selectedFilter;
    const QString html = ExportDialog::tr("HTML page (*.html)");
    const QString pdf = ExportDialog::tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        parent, ExportDialog::tr("Export Review Report"),
        suggestedPath(scene->document(),
                      QSettings().value(QStringLiteral("report/format"), QStringLiteral("html"))
                          .toString()),
        html + QStringLiteral(";;") + pdf, &selectedFilter);
    if (path.isEmpty())
        return false;
    std::optional<ReportFormat> format = reportFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        format = selectedFilter == pdf ? ReportFormat::Pdf : ReportFormat::Html;
        path += *format == ReportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    }
    QSettings settings;
    settings.setValue(QStringLiteral("report/format"),
                      *format == ReportFormat::Pdf ? QStringLiteral("pdf")
                                                   : QStringLiteral("html"));
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());

    ReportWriter writer(scene->document(), scene->validator());
    QProgressDialog progress(ExportDialog::tr("Writing the review report…"),
                             ExportDialog::tr("Cancel"), 0, 1, parent);
    progress.setWindowTitle(ExportDialog::tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    writer.setProgressHandler([&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    ReportOptions options;
    options.format = *format;
    const bool written = writer.exportToFile(path, options);
    progress.close();
    if (!written && !writer.wasCanceled()) {
        QMessageBox box(QMessageBox::Warning, ExportDialog::tr("Export Failed"),
                        ExportDialog::tr("The review report could not be written."),
                        QMessageBox::Ok, parent);
        box.setInformativeText(writer.errorString());
        box.exec();
    }
    return written;
}

}  // namespace continuity
