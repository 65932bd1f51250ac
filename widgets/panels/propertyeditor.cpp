// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/propertyeditor.h"

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "widgets/canvas/icons.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace continuity {

using nlohmann::json;

struct PropertyEditor::Field {
    QString key;
    QWidget *editor = nullptr;
    std::function<void()> load;    ///< document → widget
    std::function<void()> commit;  ///< widget → document, when the user changed something
};

namespace {

// Step arrows and wheel steps are committed after this pause, so that a burst of clicks is one
// undo entry rather than one per click.
constexpr int StepCommitDelayMs = 600;

constexpr const char *DirtyProperty = "continuityDirty";
constexpr const char *RealMinimumProperty = "continuityMinimum";

bool isDirty(const QObject *o)
{
    return o->property(DirtyProperty).toBool();
}

void setDirty(QObject *o, bool dirty)
{
    o->setProperty(DirtyProperty, dirty);
}

// A wheel turned over a spin box or combo box that does not have the focus scrolls the panel
// instead of changing the value under the pointer.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                event->ignore();
                return true;
            }
        }
        return false;
    }
};

WheelGuard *wheelGuard()
{
    static WheelGuard guard;
    return &guard;
}

template <typename W>
W *guarded(W *w)
{
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(wheelGuard());
    return w;
}

QLabel *plainLabel(const QString &text, QWidget *parent = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *mutedLabel(const QString &text)
{
    QLabel *label = plainLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *sectionTitle(const QString &text)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 10, 0, 2);
    QLabel *label = plainLabel(text.toUpper());
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    row->addWidget(label);
    row->addWidget(line, 1);
    return box;
}

// The forms of a page share one label column, so that their fields line up.
void alignFormLabels(QWidget *page)
{
    QList<QWidget *> labels;
    for (QFormLayout *form : page->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget())
                labels << item->widget();
        }
    }
    int width = 0;
    for (QWidget *label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    return form;
}

int clampToInt(double v)
{
    if (!std::isfinite(v))
        return v > 0 ? INT_MAX : INT_MIN;
    return static_cast<int>(std::clamp(v, double(INT_MIN), double(INT_MAX)));
}

std::optional<int> jsonInt(const json &v)
{
    if (v.is_number_integer())
        return clampToInt(static_cast<double>(v.get<std::int64_t>()));
    if (v.is_number_float() && std::isfinite(v.get<double>()))
        return clampToInt(std::round(v.get<double>()));
    return std::nullopt;
}

QString jsonString(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QSet<int> zonesOf(const json &v)
{
    QSet<int> zones;
    if (v.is_array()) {
        for (const json &z : v) {
            if (const std::optional<int> n = jsonInt(z))
                zones.insert(*n);
        }
    }
    return zones;
}

json zonesToJson(const QSet<int> &zones)
{
    QList<int> sorted(zones.cbegin(), zones.cend());
    std::sort(sorted.begin(), sorted.end());
    json out = json::array();
    for (int z : sorted)
        out.push_back(z);
    return out;
}

QStringList stringsOf(const json &v)
{
    QStringList out;
    if (v.is_array()) {
        for (const json &s : v) {
            if (s.is_string())
                out << QString::fromStdString(s.get<std::string>());
        }
    }
    return out;
}

json stringsToJson(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

bool wouldChange(const Component &c, const std::string &key, const json &value)
{
    const auto it = c.properties.find(key);
    if (value.is_null())
        return it != c.properties.end();
    return it == c.properties.end() || *it != value;
}

// Shows a spin box's value, or "Mixed" through a sentinel one below its real minimum.
void showSpinValue(QSpinBox *spin, std::optional<int> value)
{
    const int min = spin->property(RealMinimumProperty).toInt();
    if (value) {
        spin->setSpecialValueText(QString());
        spin->setMinimum(min);
        spin->setValue(*value);
    } else {
        spin->setMinimum(min - 1);
        spin->setSpecialValueText(PropertyEditor::tr("Mixed"));
        spin->setValue(min - 1);
    }
}

std::optional<int> spinValue(const QSpinBox *spin)
{
    if (spin->value() < spin->property(RealMinimumProperty).toInt())
        return std::nullopt;
    return spin->value();
}

QSpinBox *newSpinBox(int min, int max)
{
    auto *spin = guarded(new QSpinBox);
    spin->setProperty(RealMinimumProperty, min);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

// Calls `commit` once the user has finished with the spin box: at once for Enter and leaving
// the field, after a pause for the arrows and the wheel.
void connectSpinCommit(QSpinBox *spin, const bool *loading, std::function<void()> commit)
{
    auto *timer = new QTimer(spin);
    timer->setSingleShot(true);
    timer->setInterval(StepCommitDelayMs);
    QObject::connect(timer, &QTimer::timeout, spin, commit);
    QObject::connect(spin, &QSpinBox::valueChanged, spin, [spin, timer, loading] {
        if (*loading)
            return;
        setDirty(spin, true);
        timer->start();
    });
    QObject::connect(spin, &QSpinBox::editingFinished, spin, [timer, commit] {
        timer->stop();
        commit();
    });
}

void setChecked(QCheckBox *box, std::optional<bool> checked)
{
    box->setTristate(!checked.has_value());
    box->setCheckState(!checked ? Qt::PartiallyChecked
                                : *checked ? Qt::Checked
                                           : Qt::Unchecked);
}

// A tristate box the user clicks leaves the mixed state for a definite one.
bool takeUserCheck(QCheckBox *box)
{
    if (box->checkState() == Qt::PartiallyChecked)
        box->setCheckState(Qt::Checked);
    box->setTristate(false);
    return box->checkState() == Qt::Checked;
}

QString htmlTooltip(const QString &title, const QString &body)
{
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b>")
                       .arg(title.toHtmlEscaped());
    if (!body.isEmpty())
        html += QStringLiteral("<br>%1").arg(body.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

}  // namespace

PropertyEditor::PropertyEditor(Document *document, const Catalog *catalog,
                               LiveValidator *validator, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
    , m_validator(validator)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("propertyEditor"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Properties of the selection"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_document, &Document::selectionChanged, this, &PropertyEditor::scheduleRebuild);
    connect(m_document, &Document::designReset, this, [this] {
        // The fields belong to the old design: drop their pending edits instead of committing
        // them to ids that may mean something else now.
        m_fields.clear();
        rebuild();
    });
    connect(m_document, &Document::componentsChanged, this,
            [this](const QStringList &ids) { onComponentsChanged(ids); });
    connect(m_document, &Document::connectionsChanged, this,
            [this](const QStringList &ids) { onComponentsChanged(ids); });
    // The design page shows the name, the model, the file and the counts.
    auto reloadDesignPage = [this] {
        if (m_page == Page::Design)
            reload();
    };
    connect(m_document, &Document::nameChanged, this, reloadDesignPage);
    connect(m_document, &Document::deploymentModelChanged, this, reloadDesignPage);
    connect(m_document, &Document::fileNameChanged, this, reloadDesignPage);
    connect(m_document, &Document::componentsAdded, this, reloadDesignPage);
    connect(m_document, &Document::componentsRemoved, this, reloadDesignPage);
    connect(m_document, &Document::connectionsAdded, this, reloadDesignPage);
    connect(m_document, &Document::connectionsRemoved, this, reloadDesignPage);
    if (m_validator) {
        connect(m_validator, &LiveValidator::findingsChanged, this, [this] {
            for (const auto &load : m_findingsLoaders)
                load();
        });
    }
    rebuild();
}

PropertyEditor::~PropertyEditor() = default;

QWidget *PropertyEditor::editorFor(const QString &key) const
{
    for (const auto &field : m_fields) {
        if (field->key == key)
            return field->editor;
    }
    return nullptr;
}

void PropertyEditor::focusName()
{
    // The selection may have changed in this same event-loop turn (Design ▸ Properties clears
    // it): the name field to focus is the new page's.
    if (m_rebuildPending)
        rebuild();
    QWidget *w = editorFor(m_page == Page::Design ? QStringLiteral("designName")
                                                  : QStringLiteral("name"));
    if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->isEnabled()) {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    }
}

// ---- Reading the shown items -------------------------------------------------------------------

std::vector<const Component *> PropertyEditor::components() const
{
    std::vector<const Component *> out;
    for (const QString &id : m_ids) {
        if (const Component *c = m_document->component(id))
            out.push_back(c);
    }
    return out;
}

std::vector<const Connection *> PropertyEditor::connections() const
{
    std::vector<const Connection *> out;
    for (const QString &id : m_ids) {
        if (const Connection *c = m_document->connection(id))
            out.push_back(c);
    }
    return out;
}

bool PropertyEditor::regionHasZones(const Component &c) const
{
    const Component *region = m_document->component(c.parent);
    if (!region)
        return true;  // the format's default where the region is unknown
    return m_catalog->regionHasZones(stringProperty(*region, "location"));
}

json PropertyEditor::valueOf(const Component &c, const std::string &key) const
{
    return propertyValue(c, key, regionHasZones(c));
}

json PropertyEditor::sharedValue(const std::string &key, bool *mixed) const
{
    const std::vector<const Component *> cs = components();
    *mixed = false;
    if (cs.empty())
        return json();
    const json first = valueOf(*cs.front(), key);
    for (std::size_t i = 1; i < cs.size(); ++i) {
        if (valueOf(*cs[i], key) != first) {
            *mixed = true;
            return json();
        }
    }
    return first;
}

void PropertyEditor::setOnAll(const std::string &key, const json &value)
{
    QStringList ids;
    for (const Component *c : components())
        ids << c->id;
    m_document->setComponentProperty(ids, key, value);
}

void PropertyEditor::setEach(const std::string &key,
                             const std::function<json(const Component &)> &f)
{
    std::vector<std::pair<QString, json>> changes;
    bool same = true;
    for (const Component *c : components()) {
        json v = f(*c);
        if (!changes.empty() && v != changes.front().second)
            same = false;
        if (wouldChange(*c, key, v))
            changes.emplace_back(c->id, std::move(v));
    }
    if (changes.empty())
        return;
    if (same || changes.size() == 1) {
        QStringList ids;
        for (const auto &[id, v] : changes)
            ids << id;
        m_document->setComponentProperty(ids, key, changes.front().second);
        return;
    }
    const PropertySpec *spec = propertySpec(m_kind, key);
    m_document->undoStack()->beginMacro(
        tr("Set %1").arg(spec ? propertyLabel(spec->label) : QString::fromStdString(key)));
    for (const auto &[id, v] : changes)
        m_document->setComponentProperty({id}, key, v);
    m_document->undoStack()->endMacro();
}

// ---- Building and refreshing -------------------------------------------------------------------

void PropertyEditor::commitPending()
{
    // Commit an edit still in progress (a number typed without Enter) before its field goes.
    for (const auto &field : m_fields) {
        if (field->commit && field->editor && isDirty(field->editor))
            field->commit();
    }
}

void PropertyEditor::scheduleRebuild()
{
    // A rubber band changes the selection at every step: build the page once it settles, when
    // control is back in the event loop.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void PropertyEditor::rebuild()
{
    m_rebuildPending = false;
    commitPending();

    QStringList ids = m_document->selectedIds();
    Page page = Page::Design;
    ComponentKind kind = ComponentKind::Region;
    if (!ids.isEmpty()) {
        std::optional<ComponentKind> common;
        bool sameKind = true;
        int componentCount = 0;
        int connectionCount = 0;
        for (const QString &id : ids) {
            if (const Component *c = m_document->component(id)) {
                ++componentCount;
                if (common && *common != c->kind)
                    sameKind = false;
                common = c->kind;
            } else if (m_document->connection(id)) {
                ++connectionCount;
            }
        }
        if (componentCount > 0 && connectionCount == 0 && sameKind) {
            page = Page::Components;
            kind = *common;
        } else if (connectionCount > 0 && componentCount == 0) {
            page = Page::Connections;
        } else {
            page = Page::Mixed;
        }
    }

    m_fields.clear();
    m_findingsLoaders.clear();
    m_page = page;
    m_kind = kind;
    m_ids = ids;
    m_watched = ids;

    QWidget *content = nullptr;
    switch (page) {
    case Page::Design: content = buildDesignPage(); break;
    case Page::Components: content = buildComponentPage(kind); break;
    case Page::Connections: content = buildConnectionPage(); break;
    case Page::Mixed: content = buildMixedPage(); break;
    }
    // The old page may be the sender of the signal that led here (a click in its findings
    // list): it goes once control is back in the event loop.
    alignFormLabels(content);
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
    reload();
}

void PropertyEditor::reload()
{
    m_loading = true;
    for (const auto &field : m_fields) {
        if (field->load)
            field->load();
        if (field->editor)
            setDirty(field->editor, false);
    }
    m_loading = false;
    for (const auto &load : m_findingsLoaders)
        load();
}

void PropertyEditor::onComponentsChanged(const QStringList &ids)
{
    if (m_page == Page::Design || m_page == Page::Mixed)
        return;
    for (const QString &id : ids) {
        if (m_watched.contains(id)) {
            reload();
            return;
        }
    }
}

QWidget *PropertyEditor::header(const QIcon &icon, std::function<QString()> title,
                                std::function<QString()> subtitle)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 4);
    row->setSpacing(10);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon.pixmap(QSize(36, 36), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);
    row->addWidget(iconLabel);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(0);
    QLabel *titleLabel = plainLabel(QString());
    QFont f = titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    titleLabel->setFont(f);
    titleLabel->setWordWrap(true);
    QLabel *subtitleLabel = mutedLabel(QString());
    subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(titleLabel);
    texts->addWidget(subtitleLabel);
    row->addLayout(texts, 1);

    auto field = std::make_unique<Field>();
    field->load = [titleLabel, subtitleLabel, title, subtitle] {
        titleLabel->setText(title());
        const QString sub = subtitle();
        subtitleLabel->setText(sub);
        subtitleLabel->setVisible(!sub.isEmpty());
    };
    m_fields.push_back(std::move(field));
    return box;
}

namespace {

QWidget *pageWidget(QVBoxLayout **layout)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("propertyPage"));
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(10, 10, 10, 10);
    l->setSpacing(4);
    *layout = l;
    return page;
}

}  // namespace

QWidget *PropertyEditor::buildDesignPage()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    layout->addWidget(header(
        actionIcon(ActionIcon::Template), [] { return tr("Design"); },
        [this] {
            return m_document->fileName().isEmpty() ? tr("Not saved yet")
                                                    : m_document->fileName();
        }));

    layout->addWidget(sectionTitle(tr("General")));
    QFormLayout *form = newForm();
    layout->addLayout(form);

    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("Untitled"));
    name->setMaxLength(200);
    name->setAccessibleName(tr("Design name"));
    form->addRow(tr("Name"), name);
    {
        auto field = std::make_unique<Field>();
        field->key = QStringLiteral("designName");
        field->editor = name;
        field->load = [this, name] {
            if (name->text() != m_document->design().name) {
                name->setText(m_document->design().name);
                name->setCursorPosition(0);
            }
            name->setModified(false);
        };
        field->commit = [this, name] {
            setDirty(name, false);
            name->setModified(false);
            m_document->setDesignName(name->text().trimmed());
        };
        connect(name, &QLineEdit::textEdited, name, [name] { setDirty(name, true); });
        connect(name, &QLineEdit::editingFinished, this, [fieldCommit = field->commit, name] {
            if (isDirty(name))
                fieldCommit();
        });
        m_fields.push_back(std::move(field));
    }

    auto *model = guarded(new QComboBox);
    model->setAccessibleName(tr("Deployment model"));
    for (int i = 0; i < DeploymentModelCount; ++i) {
        const auto m = static_cast<DeploymentModel>(i);
        model->addItem(deploymentModelLabel(m), i);
        model->setItemData(i, deploymentModelDescription(m), Qt::ToolTipRole);
    }
    form->addRow(tr("Deployment model"), model);
    QLabel *modelText = mutedLabel(QString());
    form->addRow(QString(), modelText);
    {
        auto field = std::make_unique<Field>();
        field->key = QStringLiteral("deploymentModel");
        field->editor = model;
        field->load = [this, model, modelText] {
            const DeploymentModel m = m_document->deploymentModel();
            model->setCurrentIndex(static_cast<int>(m));
            modelText->setText(deploymentModelDescription(m));
        };
        connect(model, &QComboBox::currentIndexChanged, this, [this, model](int index) {
            if (m_loading || index < 0)
                return;
            m_document->setDeploymentModel(
                static_cast<DeploymentModel>(model->itemData(index).toInt()));
        });
        m_fields.push_back(std::move(field));
    }

    layout->addWidget(sectionTitle(tr("Contents")));
    QLabel *counts = mutedLabel(QString());
    layout->addWidget(counts);
    {
        auto field = std::make_unique<Field>();
        field->load = [this, counts] {
            const Design &d = m_document->design();
            QMap<QString, int> byKind;
            for (const auto &[id, c] : d.components)
                byKind[kindLabel(c.kind)] += 1;
            QStringList lines;
            const int nComponents = int(d.components.size());
            const int nConnections = int(d.connections.size());
            lines << plural(tr("%n component(s), ", nullptr, nComponents), nComponents)
                         + plural(tr("%n connection(s)", nullptr, nConnections), nConnections);
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                lines << QStringLiteral("   %1 × %2").arg(it.value()).arg(it.key());
            counts->setText(lines.join(QLatin1Char('\n')));
        };
        m_fields.push_back(std::move(field));
    }
    layout->addSpacing(12);
    layout->addWidget(mutedLabel(tr("Select a component or a connection on the canvas to edit "
                                    "its properties.")));
    layout->addStretch(1);
    return page;
}

QWidget *PropertyEditor::buildComponentPage(ComponentKind kind)
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    const bool single = m_ids.size() == 1;
    layout->addWidget(header(
        kindIcon(kind),
        [this, kind, single] {
            if (single) {
                const Component *c = m_document->component(m_ids.front());
                return c ? componentDisplayName(*c) : kindLabel(kind);
            }
            return tr("%1 × %2").arg(m_ids.size()).arg(kindLabel(kind));
        },
        [this, kind, single] {
            if (!single)
                return plural(tr("Editing %n component(s) together", nullptr, int(m_ids.size())),
                              int(m_ids.size()));
            const Component *c = m_document->component(m_ids.front());
            return c ? tr("%1 · %2").arg(kindLabel(kind), c->id) : kindLabel(kind);
        }));

    layout->addWidget(sectionTitle(tr("General")));
    QFormLayout *general = newForm();
    layout->addLayout(general);

    auto *name = new QLineEdit;
    name->setMaxLength(200);
    name->setAccessibleName(tr("Name"));
    general->addRow(tr("Name"), name);
    {
        auto field = std::make_unique<Field>();
        field->key = QStringLiteral("name");
        field->editor = name;
        field->load = [this, name, single] {
            name->setEnabled(single);
            if (!single) {
                name->clear();
                name->setPlaceholderText(tr("Several names"));
                return;
            }
            const Component *c = m_document->component(m_ids.front());
            const QString text = c ? c->name : QString();
            if (name->text() != text) {
                name->setText(text);
                name->setCursorPosition(0);
            }
            name->setPlaceholderText(c ? c->id : QString());
            name->setModified(false);
        };
        field->commit = [this, name] {
            setDirty(name, false);
            if (m_ids.size() == 1)
                m_document->renameComponent(m_ids.front(), name->text().trimmed());
        };
        connect(name, &QLineEdit::textEdited, name, [name] { setDirty(name, true); });
        connect(name, &QLineEdit::editingFinished, this, [commit = field->commit, name] {
            if (isDirty(name))
                commit();
        });
        m_fields.push_back(std::move(field));
    }

    if (kindInfo(kind).regional) {
        QLabel *region = plainLabel(QString());
        region->setTextInteractionFlags(Qt::TextSelectableByMouse);
        region->setWordWrap(true);
        general->addRow(tr("Region"), region);
        auto field = std::make_unique<Field>();
        field->load = [this, region] {
            QSet<QString> parents;
            for (const Component *c : components())
                parents.insert(c->parent);
            if (parents.size() > 1) {
                region->setText(tr("Several regions"));
                return;
            }
            const QString parentId = parents.isEmpty() ? QString() : *parents.cbegin();
            const Component *parent = m_document->component(parentId);
            if (parentId.isEmpty())
                region->setText(tr("None: drag it into a region"));
            else if (!parent)
                region->setText(tr("%1 (missing)").arg(parentId));
            else
                region->setText(componentDisplayName(*parent));
        };
        m_fields.push_back(std::move(field));
        for (const Component *c : components()) {
            if (!c->parent.isEmpty())
                m_watched << c->parent;
        }
    }

    const std::vector<PropertySpec> &specs = kindInfo(kind).properties;
    if (!specs.empty()) {
        layout->addWidget(sectionTitle(tr("Properties")));
        QFormLayout *form = newForm();
        layout->addLayout(form);
        for (const PropertySpec &spec : specs)
            addPropertyRow(form, kind, spec);
    }

    // Keys the kinds table does not know are kept and written back; show them so that the user
    // knows they are there.
    QLabel *others = mutedLabel(QString());
    others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QWidget *othersTitle = sectionTitle(tr("Other properties"));
    layout->addWidget(othersTitle);
    layout->addWidget(others);
    {
        auto field = std::make_unique<Field>();
        field->load = [this, kind, others, othersTitle] {
            QStringList lines;
            QSet<QString> seen;
            for (const Component *c : components()) {
                if (!c->properties.is_object())
                    continue;
                for (auto it = c->properties.begin(); it != c->properties.end(); ++it) {
                    const QString key = QString::fromStdString(it.key());
                    if (propertySpec(kind, it.key()) || seen.contains(key))
                        continue;
                    seen.insert(key);
                    QString value = QString::fromStdString(it.value().dump());
                    if (value.size() > 80)
                        value = value.left(79) + QChar(0x2026);
                    lines << QStringLiteral("%1: %2").arg(key, value);
                }
            }
            others->setText(lines.join(QLatin1Char('\n')));
            others->setVisible(!lines.isEmpty());
            othersTitle->setVisible(!lines.isEmpty());
        };
        m_fields.push_back(std::move(field));
    }

    addFindingsSection(layout);
    layout->addStretch(1);
    return page;
}

void PropertyEditor::addFindingsSection(QVBoxLayout *layout)
{
    if (!m_validator)
        return;
    QWidget *title = sectionTitle(tr("Findings"));
    auto *list = new QWidget;
    auto *rows = new QVBoxLayout(list);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(list);
    m_findingsLoaders.push_back([this, title, list, rows] {
        while (QLayoutItem *item = rows->takeAt(0)) {
            if (QWidget *w = item->widget())
                w->deleteLater();
            delete item;
        }
        std::vector<Finding> findings;
        for (const Finding &f : m_validator->findings()) {
            for (const QString &id : m_ids) {
                if (f.subjects.contains(id)) {
                    findings.push_back(f);
                    break;
                }
            }
        }
        title->setVisible(!findings.empty());
        list->setVisible(!findings.empty());
        const int iconSide = fontMetrics().height();
        for (const Finding &f : findings) {
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->setSpacing(6);
            auto *icon = new QLabel;
            icon->setPixmap(severityIcon(f.severity).pixmap(QSize(iconSide, iconSide),
                                                            devicePixelRatioF()));
            icon->setAlignment(Qt::AlignTop);
            QLabel *text = plainLabel(f.message);
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            row->setToolTip(
                htmlTooltip(f.ruleId + QStringLiteral(" · ") + severityLabel(f.severity), f.hint));
            h->addWidget(icon);
            h->addWidget(text, 1);
            rows->addWidget(row);
        }
    });
}

void PropertyEditor::addPropertyRow(QFormLayout *form, ComponentKind kind, const PropertySpec &spec)
{
    const QString label = propertyLabel(spec.label);
    const std::string key = spec.key;
    const QString qkey = QString::fromLatin1(spec.key);

    if (kind == ComponentKind::Region && key == "location") {
        addLocationRow(form, label);
        return;
    }
    if (kind == ComponentKind::AksCluster && key == "vmSize") {
        addVmSizeRow(form, label);
        return;
    }

    switch (spec.type) {
    case PropertyType::Enum:
    case PropertyType::IntChoice: {
        auto *combo = guarded(new QComboBox);
        combo->setAccessibleName(label);
        combo->setPlaceholderText(tr("Mixed"));
        std::vector<json> values;
        if (spec.type == PropertyType::Enum) {
            for (const QString &choice : spec.choices) {
                combo->addItem(choiceLabel(choice));
                values.push_back(choice.toStdString());
            }
        } else {
            for (int n : spec.intChoices) {
                combo->addItem(key == "frequencyHours"
                                   ? plural(tr("Every %n hour(s)", nullptr, n), n)
                                   : QLocale().toString(n));
                values.push_back(n);
            }
        }
        form->addRow(label, combo);
        auto field = std::make_unique<Field>();
        field->key = qkey;
        field->editor = combo;
        field->load = [this, combo, key, values] {
            bool mixed = false;
            const json v = sharedValue(key, &mixed);
            const auto it = std::find(values.begin(), values.end(), v);
            // A value the format does not allow (the validator reports it) shows as its text.
            while (combo->count() > int(values.size()))
                combo->removeItem(combo->count() - 1);
            if (mixed) {
                combo->setCurrentIndex(-1);
            } else if (it != values.end()) {
                combo->setCurrentIndex(int(it - values.begin()));
            } else {
                combo->addItem(tr("%1 (not allowed)").arg(QString::fromStdString(v.dump())));
                combo->setCurrentIndex(combo->count() - 1);
            }
        };
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, values](int index) {
            if (m_loading || index < 0 || index >= int(values.size()))
                return;
            setOnAll(key, values[std::size_t(index)]);
        });
        m_fields.push_back(std::move(field));
        return;
    }
    case PropertyType::Integer: {
        int min = clampToInt(spec.min);
        int max = spec.max == 0 && spec.min == 0 ? INT_MAX : clampToInt(spec.max);
        QString tip;
        // Azure's own limits come from the catalog, with their source.
        const Fact *limit = nullptr;
        std::optional<FactRange> range;
        if (kind == ComponentKind::AksCluster && key == "nodeCount")
            limit = &m_catalog->aksLimit(AksLimit::NodesPerCluster);
        else if (kind == ComponentKind::AksCluster && key == "nodePools")
            limit = &m_catalog->aksLimit(AksLimit::NodePoolsPerCluster);
        else if (kind == ComponentKind::AksCluster && key == "maxPodsPerNode")
            limit = &m_catalog->aksLimit(AksLimit::PodsPerNode);
        else if (kind == ComponentKind::TrafficManager && key == "ttlSeconds")
            range.emplace(m_catalog->trafficManagerTtlRange());
        else if (kind == ComponentKind::TrafficManager && key == "toleratedFailures")
            range.emplace(m_catalog->trafficManagerToleratedFailuresRange());
        if (limit && limit->value) {
            max = clampToInt(*limit->value);
            tip = tr("At most %1 (Azure limit; %2, %3)")
                      .arg(QLocale().toString(max), limit->source, limit->asOf);
        }
        if (range && range->min.value && range->max.value) {
            min = clampToInt(*range->min.value);
            max = clampToInt(*range->max.value);
            tip = tr("%1 to %2 (Azure limits; %3)")
                      .arg(QLocale().toString(min), QLocale().toString(max), range->max.source);
        }
        if (kind == ComponentKind::TrafficManager && key == "probeIntervalSeconds") {
            // Traffic Manager offers a fixed set of intervals: a choice, not a number.
            auto *combo = guarded(new QComboBox);
            combo->setAccessibleName(label);
            combo->setPlaceholderText(tr("Mixed"));
            std::vector<json> values;
            for (const Fact *f : m_catalog->trafficManagerProbeIntervals()) {
                if (!f->value)
                    continue;
                const int seconds = clampToInt(*f->value);
                combo->addItem(plural(tr("%n second(s)", nullptr, seconds), seconds));
                values.push_back(seconds);
            }
            form->addRow(label, combo);
            auto field = std::make_unique<Field>();
            field->key = qkey;
            field->editor = combo;
            field->load = [this, combo, key, values] {
                bool mixed = false;
                const json v = sharedValue(key, &mixed);
                const auto it = std::find(values.begin(), values.end(), v);
                combo->setCurrentIndex(mixed || it == values.end() ? -1
                                                                    : int(it - values.begin()));
            };
            connect(combo, &QComboBox::currentIndexChanged, this, [this, key, values](int i) {
                if (!m_loading && i >= 0 && i < int(values.size()))
                    setOnAll(key, values[std::size_t(i)]);
            });
            m_fields.push_back(std::move(field));
            return;
        }
        addIntegerRow(form, label, key, min, max, tip,
                      [this](const std::string &k, const json &v) { setOnAll(k, v); });
        return;
    }
    case PropertyType::Boolean: {
        auto *box = new QCheckBox;
        box->setAccessibleName(label);
        form->addRow(label, box);
        auto field = std::make_unique<Field>();
        field->key = qkey;
        field->editor = box;
        field->load = [this, box, key] {
            bool mixed = false;
            const json v = sharedValue(key, &mixed);
            setChecked(box, mixed ? std::nullopt
                                  : std::optional<bool>(v.is_boolean() && v.get<bool>()));
        };
        connect(box, &QCheckBox::clicked, this, [this, box, key] {
            setOnAll(key, takeUserCheck(box));
        });
        m_fields.push_back(std::move(field));
        return;
    }
    case PropertyType::String: {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        auto field = std::make_unique<Field>();
        field->key = qkey;
        field->editor = edit;
        field->load = [this, edit, key] {
            bool mixed = false;
            const json v = sharedValue(key, &mixed);
            edit->setPlaceholderText(mixed ? tr("Mixed") : QString());
            edit->setText(mixed ? QString() : jsonString(v));
            edit->setCursorPosition(0);
        };
        field->commit = [this, edit, key] {
            setDirty(edit, false);
            const QString text = edit->text().trimmed();
            setOnAll(key, text.isEmpty() ? json() : json(text.toStdString()));
        };
        connect(edit, &QLineEdit::textEdited, edit, [edit] { setDirty(edit, true); });
        connect(edit, &QLineEdit::editingFinished, this, [commit = field->commit, edit] {
            if (isDirty(edit))
                commit();
        });
        m_fields.push_back(std::move(field));
        return;
    }
    case PropertyType::Zones:
        addZonesRow(form, label);
        return;
    case PropertyType::Regions:
        addRegionListRow(form, label);
        return;
    case PropertyType::Autoscale:
        addAutoscaleRow(form, label);
        return;
    }
}

void PropertyEditor::addIntegerRow(
    QFormLayout *form, const QString &label, const std::string &key, int min, int max,
    const QString &tip, std::function<void(const std::string &, const json &)> set)
{
    QSpinBox *spin = newSpinBox(min, max);
    spin->setAccessibleName(label);
    spin->setToolTip(tip);
    form->addRow(label, spin);
    auto field = std::make_unique<Field>();
    field->key = QString::fromStdString(key);
    field->editor = spin;
    const bool forConnections = m_page == Page::Connections;
    field->load = [this, spin, key, forConnections] {
        std::optional<int> shown;
        if (forConnections) {
            // Every shown connection has the property (the page checked); mixed when they differ.
            std::optional<json> common;
            bool mixed = false;
            for (const Connection *c : connections()) {
                json v = c->properties.contains(key) ? c->properties[key] : json();
                if (v.is_null() && key == "weight")
                    v = clampToInt(m_catalog->frontDoorDefaultWeight().value.value_or(0));
                if (v.is_null() && key == "priority")
                    v = clampToInt(m_catalog->frontDoorPriorityRange().min.value.value_or(1));
                if (common && *common != v)
                    mixed = true;
                common = v;
            }
            if (!mixed && common)
                shown = jsonInt(*common);
        } else {
            bool mixed = false;
            const json v = sharedValue(key, &mixed);
            if (!mixed)
                shown = jsonInt(v);
        }
        showSpinValue(spin, shown);
    };
    field->commit = [spin, key, set] {
        // Leaving the field untouched must not write the default into the file.
        if (!isDirty(spin))
            return;
        setDirty(spin, false);
        if (const std::optional<int> v = spinValue(spin))
            set(key, *v);
    };
    connectSpinCommit(spin, &m_loading, field->commit);
    m_fields.push_back(std::move(field));
}

void PropertyEditor::addAutoscaleRow(QFormLayout *form, const QString &label)
{
    const Fact &limit = m_catalog->aksLimit(AksLimit::NodesPerCluster);
    const int max = clampToInt(limit.value.value_or(INT_MAX));
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto *enabled = new QCheckBox(tr("On"));
    enabled->setAccessibleName(label);
    QSpinBox *minSpin = newSpinBox(0, max);
    QSpinBox *maxSpin = newSpinBox(0, max);
    minSpin->setAccessibleName(tr("Autoscale minimum"));
    maxSpin->setAccessibleName(tr("Autoscale maximum"));
    minSpin->setToolTip(tr("The fewest nodes the autoscaler keeps"));
    maxSpin->setToolTip(tr("The most nodes the autoscaler adds; at most %1 (Azure limit)")
                            .arg(QLocale().toString(max)));
    row->addWidget(enabled);
    row->addWidget(minSpin, 1);
    row->addWidget(plainLabel(QStringLiteral("–")));
    row->addWidget(maxSpin, 1);
    form->addRow(label, box);

    auto countOf = [](const json &autoscale, const char *k) -> std::optional<int> {
        if (!autoscale.is_object() || !autoscale.contains(k))
            return std::nullopt;
        return jsonInt(autoscale[k]);
    };

    auto field = std::make_unique<Field>();
    field->key = QStringLiteral("autoscale");
    field->editor = box;
    field->load = [this, enabled, minSpin, maxSpin, countOf] {
        std::optional<bool> on;
        std::optional<std::optional<int>> low, high;
        bool lowMixed = false, highMixed = false, onMixed = false;
        for (const Component *c : components()) {
            const json a = valueOf(*c, "autoscale");
            const bool isOn = a.is_object();
            if (on && *on != isOn)
                onMixed = true;
            on = isOn;
            // An autoscaler that is off shows what turning it on would start from.
            const int nodes = intProperty(*c, "nodeCount");
            const std::optional<int> l = isOn ? countOf(a, "minCount") : nodes;
            const std::optional<int> h = isOn ? countOf(a, "maxCount") : std::max(nodes, 1) * 2;
            if (low && *low != l)
                lowMixed = true;
            if (high && *high != h)
                highMixed = true;
            low = l;
            high = h;
        }
        setChecked(enabled, onMixed ? std::nullopt : on);
        showSpinValue(minSpin, lowMixed || !low ? std::nullopt : *low);
        showSpinValue(maxSpin, highMixed || !high ? std::nullopt : *high);
        const bool spinsOn = onMixed || (on && *on);
        minSpin->setEnabled(spinsOn);
        maxSpin->setEnabled(spinsOn);
    };

    // Builds the new autoscale object of one cluster from what the widgets hold; a spin box
    // showing "Mixed" keeps the cluster's own value. Min and max are kept in order.
    auto autoscaleFor = [this, minSpin, maxSpin, countOf](const Component &c, bool changedMax) {
        const json a = valueOf(c, "autoscale");
        const int nodes = intProperty(c, "nodeCount");
        int low = spinValue(minSpin).value_or(countOf(a, "minCount").value_or(nodes));
        int high = spinValue(maxSpin).value_or(countOf(a, "maxCount").value_or(nodes * 2));
        if (low > high) {
            if (changedMax)
                low = high;
            else
                high = low;
        }
        return json{{"minCount", low}, {"maxCount", high}};
    };

    connect(enabled, &QCheckBox::clicked, this, [this, enabled, autoscaleFor] {
        if (takeUserCheck(enabled))
            setEach("autoscale", [&](const Component &c) { return autoscaleFor(c, false); });
        else
            setOnAll("autoscale", json());
    });
    auto commitFrom = [this, enabled, autoscaleFor](QSpinBox *spin, bool isMax) {
        return [this, enabled, autoscaleFor, spin, isMax] {
            if (!isDirty(spin))
                return;
            setDirty(spin, false);
            if (!spinValue(spin))
                return;
            // Only clusters whose autoscaler is on change; "Mixed" clusters with it off stay off.
            setEach("autoscale", [&](const Component &c) {
                const json a = valueOf(c, "autoscale");
                if (!a.is_object() && enabled->checkState() != Qt::Checked)
                    return a;
                return autoscaleFor(c, isMax);
            });
        };
    };
    connectSpinCommit(minSpin, &m_loading, commitFrom(minSpin, false));
    connectSpinCommit(maxSpin, &m_loading, commitFrom(maxSpin, true));
    field->commit = [commitMin = commitFrom(minSpin, false),
                     commitMax = commitFrom(maxSpin, true)] {
        commitMin();
        commitMax();
    };
    // The field's editor is the row; its spin boxes carry the pending state.
    connect(minSpin, &QSpinBox::valueChanged, box, [box, this] {
        if (!m_loading)
            setDirty(box, true);
    });
    connect(maxSpin, &QSpinBox::valueChanged, box, [box, this] {
        if (!m_loading)
            setDirty(box, true);
    });
    m_fields.push_back(std::move(field));
}

void PropertyEditor::addZonesRow(QFormLayout *form, const QString &label)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    column->addLayout(row);
    std::vector<QCheckBox *> checks;
    for (int zone = 1; zone <= 3; ++zone) {
        auto *check = new QCheckBox(QString::number(zone));
        check->setAccessibleName(tr("Zone %1").arg(zone));
        check->setObjectName(QStringLiteral("zone%1").arg(zone));
        row->addWidget(check);
        checks.push_back(check);
    }
    row->addStretch(1);
    QLabel *note = mutedLabel(QString());
    column->addWidget(note);
    form->addRow(label, box);

    auto field = std::make_unique<Field>();
    field->key = QStringLiteral("zones");
    field->editor = box;
    field->load = [this, checks, note] {
        const std::vector<const Component *> cs = components();
        for (int zone = 1; zone <= 3; ++zone) {
            int with = 0;
            for (const Component *c : cs)
                with += zonesOf(valueOf(*c, "zones")).contains(zone) ? 1 : 0;
            setChecked(checks[std::size_t(zone - 1)],
                       with == 0 ? std::optional<bool>(false)
                       : with == int(cs.size()) ? std::optional<bool>(true)
                                                : std::nullopt);
        }
        QStringList noZones;
        for (const Component *c : cs) {
            if (!regionHasZones(*c)) {
                if (const Component *region = m_document->component(c->parent))
                    noZones << componentDisplayName(*region);
            }
        }
        noZones.removeDuplicates();
        note->setText(noZones.isEmpty() ? QString()
                                        : tr("%1 has no availability zones.")
                                              .arg(noZones.join(QStringLiteral(", "))));
        note->setVisible(!noZones.isEmpty());
    };
    for (int zone = 1; zone <= 3; ++zone) {
        QCheckBox *check = checks[std::size_t(zone - 1)];
        connect(check, &QCheckBox::clicked, this, [this, check, zone] {
            const bool on = takeUserCheck(check);
            setEach("zones", [&](const Component &c) {
                QSet<int> zones = zonesOf(valueOf(c, "zones"));
                if (on)
                    zones.insert(zone);
                else
                    zones.remove(zone);
                return zonesToJson(zones);
            });
        });
    }
    m_fields.push_back(std::move(field));
}

void PropertyEditor::addRegionListRow(QFormLayout *form, const QString &label)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter regions"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget;
    list->setAccessibleName(label);
    list->setUniformItemSizes(true);
    list->setMinimumHeight(140);
    list->setMaximumHeight(200);
    QLabel *summary = mutedLabel(QString());
    column->addWidget(summary);
    column->addWidget(filter);
    column->addWidget(list);
    form->addRow(label, box);
    for (const RegionInfo &r : m_catalog->regions()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(r.displayName, r.name));
        item->setData(Qt::UserRole, r.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        list->addItem(item);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!text.isEmpty()
                                     && !list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });

    auto field = std::make_unique<Field>();
    field->key = QStringLiteral("geoReplicas");
    field->editor = list;
    field->load = [this, list, summary] {
        const std::vector<const Component *> cs = components();
        QSet<QString> homes;
        for (const Component *c : cs) {
            if (const Component *region = m_document->component(c->parent))
                homes.insert(stringProperty(*region, "location"));
        }
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const QString name = item->data(Qt::UserRole).toString();
            int with = 0;
            for (const Component *c : cs)
                with += stringsOf(valueOf(*c, "geoReplicas")).contains(name) ? 1 : 0;
            item->setCheckState(with == 0 ? Qt::Unchecked
                                : with == int(cs.size()) ? Qt::Checked
                                                         : Qt::PartiallyChecked);
            // A replica in the registry's own region adds nothing.
            const bool home = homes.contains(name) && homes.size() == 1;
            item->setFlags(home ? Qt::ItemIsUserCheckable
                                : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setToolTip(home ? tr("The registry's home region") : QString());
            if (with > 0)
                chosen << item->text().section(QStringLiteral("  ("), 0, 0);
        }
        summary->setText(chosen.isEmpty() ? tr("No geo-replicas")
                                          : chosen.join(QStringLiteral(", ")));
    };
    connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() != Qt::Unchecked;
        setEach("geoReplicas", [&](const Component &c) {
            QStringList replicas = stringsOf(valueOf(c, "geoReplicas"));
            if (on && !replicas.contains(name))
                replicas << name;
            if (!on)
                replicas.removeAll(name);
            return stringsToJson(replicas);
        });
    });
    m_fields.push_back(std::move(field));
}

void PropertyEditor::addLocationRow(QFormLayout *form, const QString &label)
{
    auto *combo = guarded(new QComboBox);
    combo->setAccessibleName(label);
    combo->setPlaceholderText(tr("Mixed"));
    combo->setMaxVisibleItems(20);
    const int catalogCount = int(m_catalog->regions().size());
    for (const RegionInfo &r : m_catalog->regions()) {
        combo->addItem(r.displayName, r.name);
        QString tip = QStringLiteral("%1 · %2, %3").arg(r.name, r.location, r.geography);
        tip += QLatin1Char('\n')
               + (r.hasZones ? tr("Has availability zones") : tr("No availability zones"));
        if (!r.pair.isEmpty()) {
            const RegionInfo *pair = m_catalog->region(r.pair);
            tip += QLatin1Char('\n')
                   + tr("Paired with %1").arg(pair ? pair->displayName : r.pair);
        }
        if (r.restricted)
            tip += QLatin1Char('\n') + tr("Access on request only");
        combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
    }
    QLabel *details = mutedLabel(QString());
    form->addRow(label, combo);
    form->addRow(QString(), details);

    auto field = std::make_unique<Field>();
    field->key = QStringLiteral("location");
    field->editor = combo;
    field->load = [this, combo, details, catalogCount] {
        bool mixed = false;
        const QString name = jsonString(sharedValue("location", &mixed));
        while (combo->count() > catalogCount)
            combo->removeItem(combo->count() - 1);
        if (mixed) {
            combo->setCurrentIndex(-1);
            details->clear();
            details->hide();
            return;
        }
        int index = combo->findData(name);
        if (index < 0) {
            // A location the catalog does not know (the validator reports it) stays visible.
            combo->addItem(name.isEmpty() ? tr("(none)") : tr("%1 (unknown region)").arg(name),
                           name);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        const RegionInfo *r = m_catalog->region(name);
        QStringList facts;
        if (r) {
            facts << r->name;
            facts << (r->hasZones ? tr("availability zones") : tr("no availability zones"));
            if (const RegionInfo *pair = m_catalog->region(r->pair))
                facts << tr("pair: %1").arg(pair->displayName);
        }
        details->setText(facts.join(QStringLiteral(" · ")));
        details->setVisible(!facts.isEmpty());
    };
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
        if (m_loading || index < 0)
            return;
        const QString name = combo->itemData(index).toString();
        const std::vector<const Component *> cs = components();
        // A region still named after its old location takes the new location's name, in the
        // same undo entry.
        std::vector<std::pair<QString, QString>> renames;
        const RegionInfo *target = m_catalog->region(name);
        for (const Component *c : cs) {
            const RegionInfo *old = m_catalog->region(stringProperty(*c, "location"));
            if (target && (c->name.isEmpty() || (old && c->name == old->displayName))
                && c->name != target->displayName)
                renames.emplace_back(c->id, target->displayName);
        }
        if (renames.empty()) {
            setOnAll("location", name.toStdString());
            return;
        }
        m_document->undoStack()->beginMacro(tr("Move region to %1")
                                                .arg(target ? target->displayName : name));
        setOnAll("location", name.toStdString());
        for (const auto &[id, newName] : renames)
            m_document->renameComponent(id, newName);
        m_document->undoStack()->endMacro();
    });
    m_fields.push_back(std::move(field));
}

void PropertyEditor::addVmSizeRow(QFormLayout *form, const QString &label)
{
    auto *combo = guarded(new QComboBox);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setAccessibleName(label);
    combo->lineEdit()->setPlaceholderText(tr("Mixed"));
    auto describe = [](const VmSize &vm) {
        return plural(tr("%n vCPU(s), %1 GiB memory", nullptr, vm.vcpu), vm.vcpu)
            .arg(QLocale().toString(vm.memoryGiB));
    };
    for (const VmSize &vm : m_catalog->vmSizes()) {
        combo->addItem(vm.name, vm.name);
        combo->setItemData(combo->count() - 1, describe(vm), Qt::ToolTipRole);
    }
    QLabel *details = mutedLabel(QString());
    form->addRow(label, combo);
    form->addRow(QString(), details);

    auto showDetails = [this, details, describe](const QString &name) {
        const VmSize *vm = m_catalog->vmSize(name);
        details->setText(vm               ? describe(*vm)
                         : name.isEmpty() ? QString()
                                          : tr("Not in the catalog: no price is known."));
        details->setVisible(!details->text().isEmpty());
    };

    auto field = std::make_unique<Field>();
    field->key = QStringLiteral("vmSize");
    field->editor = combo;
    field->load = [this, combo, showDetails] {
        bool mixed = false;
        const QString name = jsonString(sharedValue("vmSize", &mixed));
        const int index = mixed ? -1 : combo->findData(name);
        combo->setCurrentIndex(index);
        combo->setEditText(mixed ? QString() : name);
        showDetails(mixed ? QString() : name);
    };
    field->commit = [this, combo] {
        setDirty(combo, false);
        const QString text = combo->currentText().trimmed();
        if (!text.isEmpty())
            setOnAll("vmSize", text.toStdString());
    };
    connect(combo->lineEdit(), &QLineEdit::textEdited, combo, [combo] { setDirty(combo, true); });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [commit = field->commit, combo] {
        if (isDirty(combo))
            commit();
    });
    connect(combo, &QComboBox::activated, this, [this, combo](int index) {
        if (m_loading || index < 0)
            return;
        setDirty(combo, false);
        setOnAll("vmSize", combo->itemData(index).toString().toStdString());
    });
    m_fields.push_back(std::move(field));
}

QWidget *PropertyEditor::buildConnectionPage()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    const std::vector<const Connection *> cs = connections();
    for (const Connection *c : cs)
        m_watched << c->from << c->to;

    std::optional<ConnectionKind> common;
    bool sameKind = true;
    bool allFromRouter = true;
    for (const Connection *c : cs) {
        const std::optional<ConnectionKind> k = effectiveConnectionKind(m_document->design(), *c);
        if (common != k && c != cs.front())
            sameKind = false;
        common = k;
        const Component *from = m_document->component(c->from);
        allFromRouter = allFromRouter && from && isGlobalRouter(from->kind);
    }
    const bool single = cs.size() == 1;

    layout->addWidget(header(
        actionIcon(ActionIcon::Connect),
        [this, common, sameKind, single] {
            const QString kind = sameKind && common ? connectionKindLabel(*common)
                                                    : tr("Connection");
            return single ? tr("%1 connection").arg(kind)
                          : tr("%1 × %2").arg(m_ids.size()).arg(kind);
        },
        [this, single] {
            if (!single)
                return plural(tr("Editing %n connection(s) together", nullptr, int(m_ids.size())),
                              int(m_ids.size()));
            const Connection *c = m_document->connection(m_ids.front());
            if (!c)
                return QString();
            auto nameOf = [this](const QString &id) {
                const Component *comp = m_document->component(id);
                return comp ? componentDisplayName(*comp) : tr("%1 (missing)").arg(id);
            };
            return QStringLiteral("%1  →  %2").arg(nameOf(c->from), nameOf(c->to));
        }));

    layout->addWidget(sectionTitle(tr("General")));
    QFormLayout *general = newForm();
    layout->addLayout(general);
    QLabel *kindLabelWidget = plainLabel(QString());
    general->addRow(tr("Kind"), kindLabelWidget);
    {
        auto field = std::make_unique<Field>();
        field->load = [this, kindLabelWidget, sameKind, common] {
            if (!sameKind) {
                kindLabelWidget->setText(tr("Several kinds"));
                return;
            }
            if (!common) {
                kindLabelWidget->setText(tr("None: these ends cannot be connected"));
                return;
            }
            bool written = false;
            for (const Connection *c : connections())
                written = written || c->kind.has_value();
            kindLabelWidget->setText(written ? connectionKindLabel(*common)
                                             : tr("%1 (from its ends)")
                                                   .arg(connectionKindLabel(*common)));
        };
        m_fields.push_back(std::move(field));
    }

    const bool routing = sameKind && common == ConnectionKind::Traffic && allFromRouter;
    const bool replication = sameKind && common == ConnectionKind::Replicates;
    if (routing || replication) {
        layout->addWidget(sectionTitle(tr("Properties")));
        QFormLayout *form = newForm();
        layout->addLayout(form);
        auto setOnConnections = [this](const std::string &key, const json &value) {
            m_document->setConnectionProperty(m_ids, key, value);
        };
        if (routing) {
            const FactRange priority = m_catalog->frontDoorPriorityRange();
            const FactRange weight = m_catalog->frontDoorWeightRange();
            const int pMin = clampToInt(priority.min.value.value_or(1));
            const int pMax = clampToInt(priority.max.value.value_or(pMin));
            const int wMin = clampToInt(weight.min.value.value_or(1));
            const int wMax = clampToInt(weight.max.value.value_or(wMin));
            addIntegerRow(form, tr("Priority"), "priority", pMin, pMax,
                          tr("%1 to %2; the router sends traffic to the best (lowest) priority "
                             "that is healthy")
                              .arg(pMin)
                              .arg(pMax),
                          setOnConnections);
            addIntegerRow(form, tr("Weight"), "weight", wMin, wMax,
                          tr("%1 to %2; shares traffic among origins of the same priority")
                              .arg(wMin)
                              .arg(wMax),
                          setOnConnections);
        } else {
            auto *combo = guarded(new QComboBox);
            combo->setAccessibleName(tr("Replication mode"));
            combo->setPlaceholderText(tr("Mixed"));
            const QStringList modes = {QStringLiteral("async"), QStringLiteral("sync")};
            for (const QString &m : modes)
                combo->addItem(choiceLabel(m), m);
            form->addRow(tr("Mode"), combo);
            auto field = std::make_unique<Field>();
            field->key = QStringLiteral("mode");
            field->editor = combo;
            field->load = [this, combo] {
                std::optional<QString> shared;
                bool mixed = false;
                for (const Connection *c : connections()) {
                    const QString m = c->properties.contains("mode")
                                          ? jsonString(c->properties["mode"])
                                          : QStringLiteral("async");
                    if (shared && *shared != m)
                        mixed = true;
                    shared = m;
                }
                combo->setCurrentIndex(mixed || !shared ? -1 : combo->findData(*shared));
            };
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo, setOnConnections](int index) {
                        if (!m_loading && index >= 0)
                            setOnConnections("mode",
                                             combo->itemData(index).toString().toStdString());
                    });
            m_fields.push_back(std::move(field));
        }
    }
    addFindingsSection(layout);
    layout->addStretch(1);
    return page;
}

QWidget *PropertyEditor::buildMixedPage()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = pageWidget(&layout);
    layout->addWidget(header(
        actionIcon(ActionIcon::Copy),
        [this] {
            return plural(tr("%n item(s) selected", nullptr, int(m_ids.size())), int(m_ids.size()));
        },
        [] { return tr("Select items of one kind to edit them together."); }));
    QMap<QString, int> byKind;
    for (const QString &id : m_ids) {
        if (const Component *c = m_document->component(id))
            byKind[kindLabel(c->kind)] += 1;
        else if (m_document->connection(id))
            byKind[tr("Connection")] += 1;
    }
    QStringList lines;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        lines << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    layout->addWidget(sectionTitle(tr("Selection")));
    layout->addWidget(mutedLabel(lines.join(QLatin1Char('\n'))));
    addFindingsSection(layout);
    layout->addStretch(1);
    return page;
}

}  // namespace continuity
