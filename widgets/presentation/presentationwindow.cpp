// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/presentation/presentationwindow.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/estimate.h"
#include "model/graph.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/charts/tradeoffchart.h"
#include "widgets/panels/drillpanel.h"
#include "widgets/panels/labels.h"

#include <QAction>
#include <QCloseEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace continuity {

namespace {

QString money(double usd)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
               .toString(std::abs(usd) < 0.005 ? 0.0 : usd, 'f', 0)
        + QStringLiteral(" USD");
}

QString duration(const std::optional<double> &seconds, const QString &none)
{
    if (!seconds)
        return none;
    return formatSeconds(*seconds);
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xdc, 0x26, 0x26);
    case Severity::Warning: return QColor(0xd9, 0x77, 0x06);
    case Severity::Info: return QColor(0x25, 0x63, 0xeb);
    }
    return {};
}

// Every label shows the design's strings as they are, never as markup.
QLabel *plainLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

}  // namespace

PresentationWindow::PresentationWindow(Document *document, LiveValidator *validator,
                                       const Catalog *catalog, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_validator(validator)
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Presentation — %1").arg(document->design().name));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setFocusPolicy(Qt::StrongFocus);
    // A dark stage with a light canvas: reads well on projectors.
    setAutoFillBackground(true);
    QPalette stage = palette();
    stage.setColor(QPalette::Window, QColor(0x11, 0x18, 0x27));
    stage.setColor(QPalette::WindowText, QColor(0xf9, 0xfa, 0xfb));
    stage.setColor(QPalette::Base, QColor(0x1f, 0x29, 0x37));
    stage.setColor(QPalette::Text, QColor(0xf9, 0xfa, 0xfb));
    setPalette(stage);

    // A scene of its own, in the light appearance of exports; it must not talk back to the
    // document (its selection stays out of it).
    m_scene = std::make_unique<CanvasScene>(document, validator);
    m_scene->blockSignals(true);
    QPalette light(QColor(0xe5, 0xe7, 0xeb), QColor(0xf6, 0xf7, 0xf9));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
    light.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    light.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    m_scene->setPalette(light);
    m_scene->clearSelection();

    buildSlides(catalog ? *catalog : Catalog::builtin());
    buildPages();
    showSlide();
}

PresentationWindow::~PresentationWindow()
{
    // The view goes before the scene it shows.
    delete m_view;
    m_view = nullptr;
}

void PresentationWindow::buildSlides(const Catalog &catalog)
{
    const Design &design = m_document->design();
    const DesignGraph graph(design, &catalog);
    QStringList locations;
    for (const QString &r : graph.componentsOfKind(ComponentKind::Region)) {
        const QString location = graph.locationOf(r);
        if (!location.isEmpty() && !locations.contains(location))
            locations << location;
    }
    locations.sort();
    for (const QString &location : std::as_const(locations)) {
        const QString target = QStringLiteral("region:%1").arg(location);
        if (const std::optional<DrillFailure> f = parseDrillFailure(graph, target))
            m_drills.push_back({DrillPanel::targetLabel(graph, target), runDrill(graph, {*f})});
    }
    const SinglePointsOfFailure spof = singlePointsOfFailure(graph);
    m_servesBefore = spof.servesBefore;
    for (const QString &t : spof.targets)
        m_singlePoints << DrillPanel::targetLabel(graph, t);

    m_slides.push_back({SlideKind::Design});
    m_slides.push_back({SlideKind::Findings});
    m_slides.push_back({SlideKind::Tradeoff});
    for (int d = 0; d < int(m_drills.size()); ++d) {
        const int steps = std::max(1, int(m_drills[std::size_t(d)].result.steps.size()));
        for (int s = 0; s < steps; ++s)
            m_slides.push_back({SlideKind::Drill, d, s});
    }
    m_slides.push_back({SlideKind::SinglePoints});

    // The figures shown with the design and the trade-off: read once, as the design is now.
    const Estimate e = estimateDesign(design, catalog, EstimateOptions{{}, false});
    const std::vector<Alternative> alts = alternatives(design, catalog);

    m_heading = plainLabel(this, "presentationHeading");
    m_position = plainLabel(this, "presentationPosition");
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_position->setWordWrap(false);
    m_figures = plainLabel(this, "presentationFigures");
    m_caption = plainLabel(this, "presentationCaption");
    m_designFigures = (tr("%1 · %2 a month · recovery %3 · data loss %4 · availability %5")
                           .arg(deploymentModelLabel(design.deploymentModel), money(e.monthlyCostUsd),
                                duration(e.rtoSeconds, tr("none")),
                                duration(e.rpoSeconds, tr("none")),
                                e.availabilityPercent ? formatPercent(*e.availabilityPercent)
                                                      : tr("none")));

    m_chart = new TradeoffChart(this);
    std::vector<TradeoffPoint> points;
    QStringList lines;
    for (const Alternative &a : alts) {
        TradeoffPoint p;
        p.label = deploymentModelLabel(a.deploymentModel);
        p.monthlyCostUsd = a.monthlyCostUsd;
        p.value = a.rtoSeconds;
        p.highlighted = a.asDesigned;
        points.push_back(std::move(p));
        lines << tr("%1%2: %3 a month, recovery %4, data loss %5")
                     .arg(deploymentModelLabel(a.deploymentModel),
                          a.asDesigned ? tr(" (as designed)") : QString(),
                          money(a.monthlyCostUsd), duration(a.rtoSeconds, tr("none")),
                          duration(a.rpoSeconds, tr("none")));
    }
    m_chart->setPoints(std::move(points));
    m_tradeoffText = plainLabel(this, "presentationTradeoff");
    m_tradeoffText->setText(lines.join(QLatin1Char('\n')));
}

void PresentationWindow::buildPages()
{
    m_pages = new QStackedWidget(this);

    m_canvasPage = new QWidget(m_pages);
    auto *canvasLayout = new QVBoxLayout(m_canvasPage);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QGraphicsView(m_scene.get(), m_canvasPage);
    m_view->setObjectName(QStringLiteral("presentationCanvas"));
    m_view->setInteractive(false);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(m_scene->theme().canvas);
    // The design fills the view whatever size the layout gives it.
    m_view->installEventFilter(this);
    canvasLayout->addWidget(m_figures);
    canvasLayout->addWidget(m_view, 1);
    canvasLayout->addWidget(m_caption);
    m_pages->addWidget(m_canvasPage);

    m_findings = new QListWidget(m_pages);
    m_findings->setObjectName(QStringLiteral("presentationFindings"));
    m_findings->setFocusPolicy(Qt::NoFocus);
    m_findings->setWordWrap(true);
    m_findings->setFrameShape(QFrame::NoFrame);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setSpacing(6);
    const std::vector<Finding> findings =
        m_validator ? m_validator->findings() : validateDesign(m_document->design());
    if (findings.empty()) {
        m_findings->addItem(tr("No findings: the design meets every rule of its deployment "
                               "model."));
    }
    for (const Finding &f : findings) {
        // QListWidgetItem text is plain: names holding markup show as they are.
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3\n→ %4")
                .arg(severityLabel(f.severity), f.ruleId, f.message, f.hint),
            m_findings);
        item->setForeground(f.severity == Severity::Error ? QColor(0xfc, 0xa5, 0xa5)
                                                          : palette().color(QPalette::Text));
        item->setData(Qt::DecorationRole, severityColor(f.severity));
    }
    m_pages->addWidget(m_findings);

    m_tradeoffPage = new QWidget(m_pages);
    auto *tradeoffLayout = new QVBoxLayout(m_tradeoffPage);
    tradeoffLayout->setContentsMargins(0, 0, 0, 0);
    m_chart->setParent(m_tradeoffPage);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->setPalette(m_scene->palette());
    tradeoffLayout->addWidget(m_chart, 1);
    m_tradeoffText->setParent(m_tradeoffPage);
    tradeoffLayout->addWidget(m_tradeoffText);
    m_pages->addWidget(m_tradeoffPage);

    m_summary = plainLabel(m_pages, "presentationSummary");
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (!m_servesBefore)
        m_summary->setText(tr("Nothing serves traffic even before a failure."));
    else if (m_singlePoints.isEmpty())
        m_summary->setText(tr("None: the service survives the loss of any one component, zone "
                              "or region."));
    else
        m_summary->setText(tr("The loss of any one of these alone stops the service:\n\n• %1")
                               .arg(m_singlePoints.join(QStringLiteral("\n• "))));
    m_pages->addWidget(m_summary);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    for (QWidget *w : findChildren<QWidget *>())
        w->setFocusPolicy(Qt::NoFocus);
    applyTypeScale();
}

void PresentationWindow::applyTypeScale()
{
    // Large type, in proportion to the screen: legible from the back of a meeting room.
    const int base = std::max(16, height() / 38);
    QFont body = font();
    body.setPixelSize(base);
    for (QWidget *w : {static_cast<QWidget *>(m_figures), static_cast<QWidget *>(m_caption),
                       static_cast<QWidget *>(m_findings),
                       static_cast<QWidget *>(m_tradeoffText),
                       static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_position)})
        w->setFont(body);
    QFont heading = body;
    heading.setPixelSize(base * 8 / 5);
    heading.setBold(true);
    m_heading->setFont(heading);
    QFont summary = body;
    summary.setPixelSize(base * 5 / 4);
    m_summary->setFont(summary);
    m_findings->setIconSize(QSize(base, base));
}

PresentationWindow::SlideKind PresentationWindow::slideKind(int index) const
{
    return m_slides.at(std::size_t(std::clamp(index, 0, slideCount() - 1))).kind;
}

QString PresentationWindow::heading() const
{
    return m_heading->text();
}

QString PresentationWindow::caption() const
{
    return m_caption->text();
}

DrillView PresentationWindow::drillView() const
{
    const Slide &s = m_slides.at(std::size_t(m_current));
    if (s.kind != SlideKind::Drill)
        return {};
    return m_drills.at(std::size_t(s.drill)).result.viewAt(s.step);
}

void PresentationWindow::setCurrentSlide(int index)
{
    index = std::clamp(index, 0, slideCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    showSlide();
}

void PresentationWindow::next()
{
    setCurrentSlide(m_current + 1);
}

void PresentationWindow::previous()
{
    setCurrentSlide(m_current - 1);
}

void PresentationWindow::showSlide()
{
    const Slide &s = m_slides.at(std::size_t(m_current));
    m_position->setText(tr("%1 / %2").arg(m_current + 1).arg(slideCount()));
    const QString name = m_document->design().name.isEmpty() ? tr("Untitled design")
                                                              : m_document->design().name;
    switch (s.kind) {
    case SlideKind::Design: {
        m_scene->clearDrillOverlay();
        m_heading->setText(name);
        const FindingCounts counts = m_validator ? m_validator->counts()
                                                 : countFindings(validateDesign(
                                                       m_document->design()));
        m_caption->setText(tr("%1 components, %2 connections · %3 errors, %4 warnings")
                               .arg(m_document->design().components.size())
                               .arg(m_document->design().connections.size())
                               .arg(counts.errors)
                               .arg(counts.warnings));
        m_figures->setText(m_designFigures);
        m_pages->setCurrentWidget(m_canvasPage);
        break;
    }
    case SlideKind::Findings:
        m_heading->setText(tr("Findings"));
        m_pages->setCurrentWidget(m_findings);
        break;
    case SlideKind::Tradeoff:
        m_heading->setText(tr("Trade-off: cost against recovery time"));
        m_pages->setCurrentWidget(m_tradeoffPage);
        break;
    case SlideKind::Drill: {
        const RegionDrill &d = m_drills.at(std::size_t(s.drill));
        const DrillResult &r = d.result;
        m_heading->setText(tr("Loss of %1").arg(d.label));
        m_scene->setDrillOverlay(r.viewAt(s.step));
        QString line = r.survives ? tr("Survives") : tr("Does not survive");
        line += tr(" · downtime %1 · data loss %2 · capacity %3 %")
                    .arg(duration(r.downtimeSeconds, tr("no recovery")),
                         duration(r.dataLossSeconds, tr("lost for good")),
                         QString::number(r.capacityPercent, 'f', 0));
        m_figures->setText(line);
        if (r.steps.empty()) {
            m_caption->setText(r.verdict);
        } else {
            const DrillStep &step = r.steps.at(std::size_t(s.step));
            m_caption->setText(tr("Step %1 of %2 · at %3: %4")
                                   .arg(s.step + 1)
                                   .arg(r.steps.size())
                                   .arg(formatDuration(step.atSeconds), step.event));
        }
        m_pages->setCurrentWidget(m_canvasPage);
        break;
    }
    case SlideKind::SinglePoints:
        m_heading->setText(tr("Single points of failure"));
        m_pages->setCurrentWidget(m_summary);
        break;
    }
    if (s.kind != SlideKind::Drill && s.kind != SlideKind::Design)
        m_scene->clearDrillOverlay();
    fitCanvas();
}

void PresentationWindow::fitCanvas()
{
    if (!m_view || m_pages->currentWidget() != m_canvasPage)
        return;
    const QRectF bounds = m_scene->itemsBoundingRect();
    if (!bounds.isEmpty())
        m_view->fitInView(bounds.adjusted(-24, -24, 24, 24), Qt::KeepAspectRatio);
}

void PresentationWindow::start(QWidget *over)
{
    if (over && over->window()->windowHandle()) {
        if (QScreen *screen = over->window()->windowHandle()->screen()) {
            setScreen(screen);
            setGeometry(screen->geometry());
        }
    }
    setCurrentSlide(0);
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentSlide(0);
        break;
    case Qt::Key_End:
        setCurrentSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    if (!m_finished) {
        m_finished = true;
        emit finished();
    }
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &PresentationWindow::fitCanvas, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTypeScale();
    fitCanvas();
}

QAction *createPresentAction(QWidget *window, Document *document, LiveValidator *validator)
{
    auto *action = new QAction(PresentationWindow::tr("&Present"), window);
    action->setObjectName(QStringLiteral("presentAction"));
    action->setShortcut(QKeySequence(Qt::Key_F5));
    action->setStatusTip(PresentationWindow::tr(
        "Full screen, in large type: the design, its findings, the trade-off and each region's "
        "loss, step by step. Escape leaves."));
    QObject::connect(action, &QAction::triggered, window, [window, document, validator] {
        // The presentation is a window of its own over the designer, which is left exactly as
        // it was: Escape closes it and the designer has the focus again.
        auto *presentation = new PresentationWindow(document, validator, nullptr, window);
        presentation->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(presentation, &PresentationWindow::finished, window, [window] {
            window->activateWindow();
            window->raise();
        });
        presentation->start(window);
    });
    return action;
}

}  // namespace continuity
