// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

#include "model/document.h"
#include "model/io/designfile.h"
#include "model/kinds.h"

#include <QListWidget>
#include <QMessageBox>

namespace continuity {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::make_unique<Document>())
    , m_list(new QListWidget(this))
{
    setCentralWidget(m_list);
    resize(1200, 800);
    connect(m_document.get(), &Document::designReset, this, &MainWindow::refresh);
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    LoadResult result = loadDesignFile(path);
    if (!result.design) {
        QMessageBox::warning(this, tr("Cannot open design"), result.error.message);
        return false;
    }
    m_document->resetDesign(std::move(*result.design));
    m_document->setFileName(path);
    refresh();
    return true;
}

void MainWindow::refresh()
{
    setWindowTitle(tr("%1 — Continuity").arg(m_document->displayName()));
    m_list->clear();
    for (const auto &[id, c] : m_document->design().components)
        m_list->addItem(QStringLiteral("%1 (%2)").arg(c.name.isEmpty() ? id : c.name,
                                                      kindLabel(c.kind)));
}

}  // namespace continuity
