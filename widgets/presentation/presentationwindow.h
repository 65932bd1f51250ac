// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/simulation/drill.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QGraphicsView;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace continuity {

class CanvasScene;
class Catalog;
class Document;
class LiveValidator;
class TradeoffChart;

/// Presentation mode, for design reviews: a full-screen window in large type that steps through
/// the design (its diagram and key figures), its findings, the trade-off of the deployment
/// models, and the loss of each region, replayed step by step on the canvas as the drill panel
/// shows it, then the single points of failure.
///
/// Right, Space and Page Down go forward; Left, Backspace and Page Up back; Home and End to
/// the ends; Escape leaves. The window draws from a scene of its own: the designer's canvas,
/// selection and drill are left as they were. It reads the design when it is made and never
/// changes it.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    /// The kinds of slide, in the order they come.
    enum class SlideKind { Design, Findings, Tradeoff, Drill, SinglePoints };

    PresentationWindow(Document *document, LiveValidator *validator,
                       const Catalog *catalog = nullptr, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    void setCurrentSlide(int index);
    SlideKind slideKind(int index) const;
    /// The heading of the slide shown.
    QString heading() const;
    /// The caption under the canvas or chart (a drill step's event).
    QString caption() const;
    /// The drill view the canvas shows (empty outside drill slides).
    DrillView drillView() const;
    /// The scene the presentation draws the design with.
    CanvasScene *scene() const { return m_scene.get(); }

    /// Shows the presentation full screen on the screen of `over`, on its first slide.
    void start(QWidget *over);

public slots:
    void next();
    void previous();

signals:
    /// The presentation was left (Escape, or closed).
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Slide {
        SlideKind kind;
        int drill = -1;  ///< the region drill shown
        int step = 0;    ///< its step
    };
    struct RegionDrill {
        QString label;
        DrillResult result;
    };

    void buildSlides(const Catalog &catalog);
    void buildPages();
    void showSlide();
    void fitCanvas();
    void applyTypeScale();

    Document *m_document;
    LiveValidator *m_validator;
    std::unique_ptr<CanvasScene> m_scene;
    std::vector<Slide> m_slides;
    std::vector<RegionDrill> m_drills;
    QStringList m_singlePoints;
    QString m_designFigures;
    bool m_servesBefore = false;
    int m_current = 0;
    bool m_finished = false;

    QLabel *m_heading = nullptr;
    QLabel *m_position = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_canvasPage = nullptr;
    QGraphicsView *m_view = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_caption = nullptr;
    QListWidget *m_findings = nullptr;
    QWidget *m_tradeoffPage = nullptr;
    TradeoffChart *m_chart = nullptr;
    QLabel *m_tradeoffText = nullptr;
    QLabel *m_summary = nullptr;
};

/// View ▸ Present (F5): an action that starts presentation mode on `window`'s design.
QAction *createPresentAction(QWidget *window, Document *document, LiveValidator *validator);

}  // namespace continuity
