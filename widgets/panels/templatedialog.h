// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designjson.h"

#include <QDialog>
#include <QPixmap>

class QListWidget;

namespace continuity {

/// "New from template": the reference architectures built into the application, each shown
/// with a rendered preview, a title and a one-line description. Accepting it leaves the chosen
/// template's name in selectedTemplate(); loadTemplate() reads it.
class TemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateDialog(QWidget *parent = nullptr);
    ~TemplateDialog() override;

    /// The built-in templates, in the order shown: "active-active", "active-passive",
    /// "passive-cold", "single-region".
    static QStringList templateNames();
    /// Reads the built-in template `name` from ":/templates/<name>.continuity.json".
    static LoadResult loadTemplate(const QString &name);
    /// Draws a design as the canvas shows it (without finding badges), fitted into `size`
    /// (device-independent pixels) on the window's base colour.
    static QPixmap renderPreview(const Design &design, const QSize &size,
                                 qreal devicePixelRatio = 1.0);

    QString selectedTemplate() const;
    void setSelectedTemplate(const QString &name);
    /// The list of templates (for keyboard focus and tests).
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

}  // namespace continuity
