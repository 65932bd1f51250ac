// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/preferencesdialog.h"

#include "model/catalog/catalog.h"
#include "widgets/language.h"
#include "widgets/panels/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace continuity {

namespace {

// An overrides file is a small JSON document; anything larger is a mistake.
constexpr qint64 MaxOverridesBytes = 4 * 1024 * 1024;

QLabel *noteLabel(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    note->setFont(small);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

}  // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // --- Appearance ---
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    for (const language::Choice &c : language::available())
        m_language->addItem(c.name, c.code);
    m_language->setAccessibleName(tr("Language"));
    m_languageNote = noteLabel(this);
    m_languageNote->setText(tr("The new language takes effect when Continuity restarts."));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("System"), static_cast<int>(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Preferences::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    m_currency->addItem(english.toString(1234.56, 'f', 2) + QStringLiteral(" USD"),
                        static_cast<int>(Preferences::Currency::Code));
    m_currency->addItem(english.toCurrencyString(1234.56, QStringLiteral("$"), 2),
                        static_cast<int>(Preferences::Currency::Symbol));
    m_currency->addItem(tr("%1 (the language's format)")
                            .arg(QLocale().toCurrencyString(1234.56, QStringLiteral("USD"), 2)),
                        static_cast<int>(Preferences::Currency::Locale));
    m_currency->setAccessibleName(tr("Money"));
    m_currency->setToolTip(tr("How amounts are written; the catalog's prices are in US dollars"));

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(), m_languageNote);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Money:"), m_currency);

    // --- Canvas ---
    m_grid = new QSpinBox(this);
    m_grid->setObjectName(QStringLiteral("gridSizeBox"));
    m_grid->setRange(Preferences::MinGridSize, Preferences::MaxGridSize);
    m_grid->setSuffix(tr(" units"));
    m_grid->setAccessibleName(tr("Grid size"));
    m_snap = new QCheckBox(tr("&Snap components to the grid"), this);
    m_snap->setObjectName(QStringLiteral("snapBox"));
    auto *canvas = new QGroupBox(tr("Canvas"), this);
    auto *canvasForm = new QFormLayout(canvas);
    canvasForm->addRow(tr("&Grid size:"), m_grid);
    canvasForm->addRow(QString(), m_snap);

    // --- Files ---
    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    m_autosave->setRange(0, Preferences::MaxAutosaveSeconds);
    m_autosave->setSingleStep(10);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setAccessibleName(tr("Autosave interval"));
    m_autosave->setToolTip(tr("How often unsaved changes are kept for recovery after a crash; "
                              "they are never written over your file"));
    m_backup = new QCheckBox(tr("Keep the previous version as a &backup (.bak) when saving"),
                             this);
    m_backup->setObjectName(QStringLiteral("backupBox"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("defaultModelBox"));
    for (int i = 0; i < DeploymentModelCount; ++i)
        m_model->addItem(deploymentModelLabel(static_cast<DeploymentModel>(i)), i);
    m_model->setAccessibleName(tr("Deployment model of new designs"));

    m_overrides = new QLineEdit(this);
    m_overrides->setObjectName(QStringLiteral("overridesEdit"));
    m_overrides->setPlaceholderText(tr("None: the built-in prices"));
    m_overrides->setClearButtonEnabled(true);
    m_overrides->setAccessibleName(tr("Price overrides file"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setAccessibleName(tr("Choose a price overrides file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = askOverridesFile();
        if (!path.isEmpty())
            m_overrides->setText(QDir::toNativeSeparators(path));
    });
    auto *overridesRow = new QHBoxLayout;
    overridesRow->addWidget(m_overrides, 1);
    overridesRow->addWidget(browse);
    m_overridesNote = noteLabel(this);
    m_overridesNote->setText(
        tr("A JSON file of catalog facts, {\"facts\": {ID: value}}, that replaces the built-in "
           "prices (docs/catalog.md). It takes effect when Continuity restarts."));

    auto *files = new QGroupBox(tr("Designs and files"), this);
    auto *filesForm = new QFormLayout(files);
    filesForm->addRow(tr("&Autosave every:"), m_autosave);
    filesForm->addRow(QString(), m_backup);
    filesForm->addRow(tr("New designs &use:"), m_model);
    // A row holding a layout gets no buddy from QFormLayout: the label names the field itself,
    // so that its mnemonic works and a screen reader reads it.
    auto *overridesLabel = new QLabel(tr("&Price overrides:"), this);
    overridesLabel->setBuddy(m_overrides);
    filesForm->addRow(overridesLabel, overridesRow);
    filesForm->addRow(QString(), m_overridesNote);

    for (QFormLayout *form : {appearanceForm, canvasForm, filesForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(canvas);
    layout->addWidget(files);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Tab order follows the page, top to bottom.
    setTabOrder(m_language, m_theme);
    setTabOrder(m_theme, m_currency);
    setTabOrder(m_currency, m_grid);
    setTabOrder(m_grid, m_snap);
    setTabOrder(m_snap, m_autosave);
    setTabOrder(m_autosave, m_backup);
    setTabOrder(m_backup, m_model);
    setTabOrder(m_model, m_overrides);
    setTabOrder(m_overrides, browse);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    m_initial = Preferences::load();
    setPreferences(m_initial);
    setMinimumWidth(520);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = static_cast<Preferences::Theme>(m_theme->currentData().toInt());
    p.gridSize = m_grid->value();
    p.snapToGrid = m_snap->isChecked();
    p.autosaveSeconds = m_autosave->value();
    p.keepBackup = m_backup->isChecked();
    p.defaultModel = static_cast<DeploymentModel>(m_model->currentData().toInt());
    p.currency = static_cast<Preferences::Currency>(m_currency->currentData().toInt());
    p.catalogOverrides = QDir::fromNativeSeparators(m_overrides->text().trimmed());
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(p.theme)));
    m_grid->setValue(p.gridSize);
    m_snap->setChecked(p.snapToGrid);
    m_autosave->setValue(p.autosaveSeconds);
    m_backup->setChecked(p.keepBackup);
    m_model->setCurrentIndex(m_model->findData(static_cast<int>(p.defaultModel)));
    m_currency->setCurrentIndex(m_currency->findData(static_cast<int>(p.currency)));
    m_overrides->setText(QDir::toNativeSeparators(p.catalogOverrides));
    updateNotes();
}

void PreferencesDialog::updateNotes()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_initial.language);
}

QString PreferencesDialog::checkOverridesFile(const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return tr("%1 is not a file.").arg(name);
    if (file.size() > MaxOverridesBytes)
        return tr("%1 is larger than %2 MiB.").arg(name).arg(MaxOverridesBytes / (1024 * 1024));
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(name, file.errorString());
    const QByteArray overrides = file.readAll();
    // A fresh copy of the built-in catalog takes the overrides; the one in use stays as it is.
    QFile builtin(QStringLiteral(":/catalog/azure.json"));
    if (!builtin.open(QIODevice::ReadOnly))
        return tr("The built-in catalog cannot be read.");
    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::fromJson(builtin.readAll(), &error);
    if (catalog && !catalog->applyOverrides(overrides, &error))
        return tr("%1: %2").arg(name, error);
    return catalog ? QString() : error;
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    if (!p.catalogOverrides.isEmpty()) {
        const QString problem = checkOverridesFile(p.catalogOverrides);
        if (!problem.isEmpty()) {
            reportOverridesError(problem);
            m_overrides->setFocus();
            return;
        }
    }
    p.save();
    applyTheme(p.theme);
    emit applied(p);
    QDialog::accept();
}

QString PreferencesDialog::askOverridesFile()
{
    return QFileDialog::getOpenFileName(this, tr("Price Overrides"),
                                        QFileInfo(m_overrides->text()).absolutePath(),
                                        tr("JSON files (*.json);;All files (*)"));
}

void PreferencesDialog::reportOverridesError(const QString &message)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Price Overrides"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("The price overrides file cannot be used."));
    box.setInformativeText(message);
    box.exec();
}

}  // namespace continuity
