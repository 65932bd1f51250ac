// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/export/diagramexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;

namespace continuity {

class CanvasScene;

/// The options of a diagram export, asked after the file name: the scale (PNG), the
/// background (PNG, SVG), whether finding badges are drawn, and the whole design or the
/// selection (offered only when something is selected).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(DiagramFormat format, bool hasSelection, QWidget *parent = nullptr);

    /// The options as chosen, for this dialog's format.
    DiagramExportOptions options() const;
    /// Presets the controls from `options` (its format is ignored).
    void setOptions(const DiagramExportOptions &options);

    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QComboBox *backgroundBox() const { return m_background; }
    QCheckBox *badgesBox() const { return m_badges; }
    QRadioButton *selectionButton() const { return m_selection; }

private:
    DiagramFormat m_format;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_background = nullptr;
    QCheckBox *m_badges = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_selection = nullptr;
};

/// File ▸ Export ▸ Diagram as …: asks where to save (a file dialog) and how (an
/// ExportDialog), then exports what `scene` shows with a progress dialog for long exports,
/// which may cancel (nothing is written then). Failures are reported in a message box.
/// Returns true when a file was written.
bool exportDiagramInteractively(QWidget *parent, const CanvasScene *scene,
                                DiagramFormat format);

/// File ▸ Export Report…: asks where to save (HTML or PDF, by the name's extension or the
/// chosen filter), then writes the review report of what `scene` shows with a progress dialog,
/// which may cancel (nothing is written then). Failures are reported in a message box.
/// Returns true when a file was written.
bool exportReportInteractively(QWidget *parent, const CanvasScene *scene);

}  // namespace continuity
