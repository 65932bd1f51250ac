// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;

namespace continuity {

class Document;

/// The designer's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    /// Opens a design file; on failure shows the loader's message and keeps the open design.
    bool openFile(const QString &path);

private:
    void refresh();

    std::unique_ptr<Document> m_document;
    QListWidget *m_list = nullptr;
};

}  // namespace continuity
