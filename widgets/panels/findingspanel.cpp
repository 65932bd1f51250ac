// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/findingspanel.h"

#include "model/document.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/uiicons.h"

#include <QAbstractTableModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>
#include <vector>

namespace continuity {

namespace {

constexpr int SeverityRole = Qt::UserRole + 1;
constexpr int SubjectsRole = Qt::UserRole + 2;

enum Column { RuleColumn, MessageColumn, SubjectsColumn, ColumnCount };

/// Rows as tall as their wrapped message: the view's own size hint does not know the width the
/// text will wrap at, so the delegate asks the header.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != MessageColumn)
            return size;
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QStyle *style = m_view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &o, m_view) + 1;
        const int width = m_view->header()->sectionSize(index.column()) - 2 * margin;
        if (width <= 0)
            return size;
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                      Qt::TextWordWrap, o.text);
        size.setHeight(std::max(size.height(), text.height() + 2 * margin + 2));
        return size;
    }

private:
    QTreeView *m_view;
};

}  // namespace

/// The validator's findings, copied on refresh so that the view never reads a list that the
/// validator is rewriting.
class FindingsModel : public QAbstractTableModel
{
public:
    FindingsModel(Document *document, QObject *parent)
        : QAbstractTableModel(parent)
        , m_document(document)
    {
    }

    void setFindings(std::vector<Finding> findings)
    {
        beginResetModel();
        m_findings = std::move(findings);
        endResetModel();
    }

    void namesChanged()
    {
        if (!m_findings.empty())
            emit dataChanged(index(0, SubjectsColumn), index(rowCount() - 1, SubjectsColumn));
    }

    const Finding &finding(int row) const { return m_findings[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_findings.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case RuleColumn: return FindingsPanel::tr("Rule");
        case MessageColumn: return FindingsPanel::tr("Finding");
        case SubjectsColumn: return FindingsPanel::tr("Components");
        }
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const Finding &f = m_findings[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == RuleColumn)
                return f.ruleId;
            if (index.column() == MessageColumn)
                return f.message;
            return subjectNames(f.subjects);
        case Qt::DecorationRole:
            if (index.column() == RuleColumn)
                return severityIcon(f.severity);
            return {};
        case Qt::ToolTipRole:
            return tooltip(f);
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1 %2: %3").arg(severityLabel(f.severity), f.ruleId, f.message);
        case SeverityRole:
            return int(f.severity);
        case SubjectsRole:
            return f.subjects;
        }
        return {};
    }

private:
    QString subjectName(const QString &id) const
    {
        if (const Component *c = m_document->component(id))
            return componentDisplayName(*c);
        if (const Connection *c = m_document->connection(id)) {
            auto end = [this](const QString &endId) {
                const Component *e = m_document->component(endId);
                return e ? componentDisplayName(*e) : endId;
            };
            return QStringLiteral("%1 → %2").arg(end(c->from), end(c->to));
        }
        return id;
    }

    QString subjectNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names << subjectName(id);
        return names.join(QStringLiteral(", "));
    }

    // Messages name components, and component names come from the file: every piece is
    // escaped, since a tooltip that looks like markup is rendered as such.
    QString tooltip(const Finding &f) const
    {
        QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1 · %2</b><br>%3</p>")
                           .arg(f.ruleId.toHtmlEscaped(), severityLabel(f.severity).toHtmlEscaped(),
                                f.message.toHtmlEscaped());
        if (!f.hint.isEmpty())
            html += QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b> %2</p>")
                        .arg(FindingsPanel::tr("How to fix:").toHtmlEscaped(),
                             f.hint.toHtmlEscaped());
        if (!f.reference.isEmpty())
            html += QStringLiteral("<p style='white-space:pre-wrap'><i>%1</i> %2</p>")
                        .arg(FindingsPanel::tr("Reference:").toHtmlEscaped(),
                             f.reference.toHtmlEscaped());
        return html;
    }

    Document *m_document;
    std::vector<Finding> m_findings;
};

/// Lets through the severities whose button is on and the rows that contain the search text.
class FindingsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool isShown(Severity s) const { return m_shown[std::size_t(s)]; }

    void setShown(Severity s, bool shown)
    {
        if (m_shown[std::size_t(s)] == shown)
            return;
        m_shown[std::size_t(s)] = shown;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const int severity = index.data(SeverityRole).toInt();
        if (severity < 0 || severity > 2 || !m_shown[std::size_t(severity)])
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    std::array<bool, 3> m_shown{true, true, true};
};

FindingsPanel::FindingsPanel(Document *document, LiveValidator *validator, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_validator(validator)
    , m_model(new FindingsModel(document, this))
    , m_filter(new FindingsFilter(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_filter->setSourceModel(m_model);
    m_search->setAccessibleName(tr("Filter findings"));
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    // Messages are whole sentences: they wrap rather than end in "…", which matters most
    // when the panel is docked beside the properties.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Findings"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SubjectsColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(SubjectsColumn, 220);
    // A column that changes width changes how the messages wrap: lay the rows out again, once.
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this] {
        if (m_relayoutPending)
            return;
        m_relayoutPending = true;
        QTimer::singleShot(0, this, [this] {
            m_relayoutPending = false;
            m_view->doItemsLayout();
        });
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->setSpacing(4);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(severityIcon(s));
        button->setObjectName(QStringLiteral("show-%1").arg(toString(s)));
        connect(button, &QToolButton::toggled, this,
                [this, s](bool on) { setSeverityShown(s, on); });
        m_buttons[std::size_t(s)] = button;
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_search->setPlaceholderText(tr("Filter"));
    m_search->setToolTip(tr("Show only the findings whose rule, message or components hold "
                            "this text"));
    m_search->setMinimumWidth(90);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(ActionIcon::Search), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(260);
    bar->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(m_view, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });

    connect(m_validator, &LiveValidator::findingsChanged, this, &FindingsPanel::scheduleRefresh);
    connect(m_document, &Document::designReset, this, &FindingsPanel::scheduleRefresh);
    connect(m_document, &Document::deploymentModelChanged, this, &FindingsPanel::updateButtons);
    connect(m_document, &Document::componentsChanged, this,
            [this](const QStringList &, ComponentChanges what) {
                if (what & ComponentChange::Name)
                    m_model->namesChanged();
            });
    refresh();
}

FindingsPanel::~FindingsPanel() = default;

int FindingsPanel::visibleCount() const
{
    return m_filter->rowCount();
}

Finding FindingsPanel::findingAt(int row) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
    return source.isValid() ? m_model->finding(source.row()) : Finding{};
}

bool FindingsPanel::isSeverityShown(Severity severity) const
{
    return m_filter->isShown(severity);
}

void FindingsPanel::setSeverityShown(Severity severity, bool shown)
{
    m_filter->setShown(severity, shown);
    QToolButton *button = m_buttons[std::size_t(severity)];
    if (button->isChecked() != shown)
        button->setChecked(shown);
    updateButtons();
}

void FindingsPanel::activateNext()
{
    step(+1);
}

void FindingsPanel::activatePrevious()
{
    step(-1);
}

void FindingsPanel::step(int delta)
{
    const int count = visibleCount();
    if (count == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : count - 1);
    row = (row + count) % count;
    activateRow(row);
}

void FindingsPanel::activateRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    if (m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(index);
    QSet<QString> present;
    QStringList ids;
    for (const QString &id : index.data(SubjectsRole).toStringList()) {
        // A finding can name an id that the design lacks (a dangling reference).
        if (m_document->design().contains(id) && !present.contains(id)) {
            present.insert(id);
            ids << id;
        }
    }
    m_document->setSelection(present);
    emit subjectsActivated(ids);
}

void FindingsPanel::scheduleRefresh()
{
    // The validator may publish several times in one edit: rebuild once, when control is back
    // in the event loop.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void FindingsPanel::refresh()
{
    // Keep the row the user is on, identified by what it says, across the rebuild.
    const QModelIndex current = m_view->currentIndex();
    std::optional<Finding> kept;
    if (current.isValid())
        kept = findingAt(current.row());

    m_model->setFindings(m_validator->findings());

    if (kept) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const Finding f = findingAt(row);
            if (f.ruleId == kept->ruleId && f.subjects == kept->subjects) {
                m_view->setCurrentIndex(m_filter->index(row, 0));
                break;
            }
        }
    }
    updateButtons();
}

void FindingsPanel::updateButtons()
{
    const FindingCounts counts = m_validator->counts();
    m_buttons[std::size_t(Severity::Error)]->setText(
        plural(tr("%n error(s)", nullptr, counts.errors), counts.errors));
    m_buttons[std::size_t(Severity::Warning)]->setText(
        plural(tr("%n warning(s)", nullptr, counts.warnings), counts.warnings));
    m_buttons[std::size_t(Severity::Info)]->setText(tr("%n info", nullptr, counts.infos));
    // Whole sentences per severity: a severity's name does not fit every language's sentence.
    static const char *const hide[] = {QT_TR_NOOP("Hide the errors"),
                                       QT_TR_NOOP("Hide the warnings"),
                                       QT_TR_NOOP("Hide the infos")};
    static const char *const show[] = {QT_TR_NOOP("Show the errors"),
                                       QT_TR_NOOP("Show the warnings"),
                                       QT_TR_NOOP("Show the infos")};
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        QToolButton *b = m_buttons[std::size_t(s)];
        b->setToolTip(tr(b->isChecked() ? hide[std::size_t(s)] : show[std::size_t(s)]));
    }

    const int total = counts.errors + counts.warnings + counts.infos;
    if (total == 0) {
        m_empty->setText(tr("No findings: the design meets every rule of the %1 model.")
                             .arg(deploymentModelLabel(m_document->deploymentModel()).toLower()));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setText(plural(tr("The filters hide all %n finding(s).", nullptr, total), total));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
}

void FindingsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrow (docked beside the properties), the message takes the width; the components it
    // names are in the message itself and in the tooltip.
    m_view->setColumnHidden(SubjectsColumn, width() < 560);
}

}  // namespace continuity
